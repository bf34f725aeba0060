/** Copying a line of a service script as an agent does: the first 复制 button of a script page. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Clicks the 复制 button of the first line of `/scripts/<id>/` and waits until it says 已复制 (the clipboard
 * takes the text asynchronously); returns the text the line offers to copy (its `data-text`).
 */
export async function copyFirstLine(
  page: Page,
  siteUrl: string,
  id = 'solution-refund-timeline',
): Promise<string | null> {
  await page.goto(`${siteUrl}/scripts/${id}/`);
  const line = page.locator('copy-line').first();
  const button = line.getByRole('button');
  await expect(button.textContent()).resolves.toBe('复制');
  await expect.poll(() => button.isEnabled()).toBe(true);
  await button.click();
  await expect.poll(() => button.textContent()).toBe('已复制');
  return line.getAttribute('data-text');
}
