/** Driving the similar-case finder in a page: used by its browser tests and by `npm run bench:similar`. */
import type { Page } from 'playwright-core';

/**
 * Submits a complaint and resolves with the milliseconds from submitting to the results on screen, timed in the page.
 */
export function submitComplaint(page: Page, text: string): Promise<number> {
  return page.evaluate(
    (complaint) =>
      new Promise<number>((resolve) => {
        const finder = document.querySelector('case-finder') as HTMLElement;
        finder.querySelector('textarea')!.value = complaint;
        delete finder.dataset.state;
        const started = performance.now();
        new MutationObserver((_, observer) => {
          if (finder.dataset.state !== 'done') return;
          observer.disconnect();
          resolve(performance.now() - started);
        }).observe(finder, { attributes: true, attributeFilter: ['data-state'] });
        finder.querySelector('form')!.requestSubmit();
      }),
    text,
  );
}
