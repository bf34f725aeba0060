/**
 * What a person sees go wrong on a screen, checked in the page itself: elements wider than the screen, tables
 * cut off or scrolling with nothing to say so, and text too small to read at that distance. Each problem names the
 * element (tag, id, classes, first words), so a failure says what to fix. Used by `npm run screenshots` and the
 * layout browser test.
 */
import type { Page } from 'playwright-core';

export type LayoutCheck = 'overflow' | 'clipped-table' | 'table-without-cue' | 'small-text';

export interface LayoutProblem {
  check: LayoutCheck;
  element: string;
  detail: string;
}

export interface LayoutOptions {
  /** Smallest font size allowed for visible text, in CSS pixels. */
  minFontPx: number;
  /** Only text inside this selector is held to `minFontPx` (the deck's current step); default: the whole page. */
  textScope?: string;
}

/** The smallest text on a phone: 12 px. */
export const PHONE_MIN_FONT_PX = 12;
/** The smallest text on a slide: 28 px on a 1080-line screen, the same share of the height on any other. */
export const slideMinFontPx = (screenHeight: number) => Math.floor((28 * screenHeight) / 1080);

export function layoutProblems(page: Page, options: LayoutOptions): Promise<LayoutProblem[]> {
  return page.evaluate(({ minFontPx, textScope }) => {
    const problems: { check: LayoutCheck; element: string; detail: string }[] = [];
    const width = document.documentElement.clientWidth;
    const name = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const classes = [...element.classList]
        .slice(0, 3)
        .map((c) => `.${c}`)
        .join('');
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24);
      return `<${element.tagName.toLowerCase()}${id}${classes}>${text ? ` 「${text}」` : ''}`;
    };
    const hiddenByClip = (element: Element) => {
      const style = getComputedStyle(element);
      return style.clipPath.startsWith('inset(50%') || style.getPropertyValue('clip') === 'rect(0px, 0px, 0px, 0px)';
    };
    const invisible = (element: Element): boolean => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (
          style.display === 'none' ||
          style.visibility === 'hidden' ||
          style.contentVisibility === 'hidden' ||
          hiddenByClip(node)
        )
          return true;
      }
      return false;
    };
    /** An ancestor that scrolls or clips sideways and itself stays on screen: what overflows it is not off the page. */
    const contained = (element: Element) => {
      for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
        const overflow = getComputedStyle(node).overflowX;
        if (overflow !== 'visible') return node.getBoundingClientRect().right <= width + 1;
      }
      return false;
    };

    // Wider than the screen: only the outermost culprit of each branch is named.
    const reported = new Set<Element>();
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(element).position === 'fixed') continue;
      if (box.right <= width + 1 && box.left >= -1) continue;
      if (invisible(element) || contained(element)) continue;
      if ([...reported].some((outer) => outer.contains(element))) continue;
      reported.add(element);
      problems.push({
        check: 'overflow',
        element: name(element),
        detail: `从 ${Math.round(box.left)} 到 ${Math.round(box.right)} px，屏幕宽 ${width} px`,
      });
    }
    if (document.documentElement.scrollWidth > width + 1 && reported.size === 0) {
      problems.push({
        check: 'overflow',
        element: '<html>',
        detail: `页面宽 ${document.documentElement.scrollWidth} px，屏幕宽 ${width} px`,
      });
    }

    // Tables: wider than their box, they must scroll (not clip), and show that they do.
    for (const table of document.querySelectorAll('table')) {
      if (invisible(table)) continue;
      let scroller: Element | null = table;
      while (scroller && scroller !== document.body && getComputedStyle(scroller).overflowX === 'visible')
        scroller = scroller.parentElement;
      if (!scroller || scroller === document.body || scroller.scrollWidth <= scroller.clientWidth + 1) continue;
      const style = getComputedStyle(scroller);
      if (style.overflowX === 'hidden' || style.overflowX === 'clip') {
        problems.push({
          check: 'clipped-table',
          element: name(table),
          detail: `内容宽 ${scroller.scrollWidth} px，只显示 ${scroller.clientWidth} px，无法滚动`,
        });
      } else if (!/gradient/.test(style.backgroundImage)) {
        problems.push({
          check: 'table-without-cue',
          element: name(table),
          detail: `横向滚动（${scroller.scrollWidth} / ${scroller.clientWidth} px），边缘没有提示`,
        });
      }
    }

    // Text smaller than the smallest readable size: one problem per element.
    const scope = textScope ? document.querySelector(textScope) : document.body;
    if (scope) {
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      const seen = new Set<Element>();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || seen.has(element) || !node.textContent?.trim()) continue;
        seen.add(element);
        if (element.closest('script, style, noscript, title, svg')) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (size >= minFontPx - 0.05) continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || invisible(element)) continue;
        problems.push({
          check: 'small-text',
          element: name(element),
          detail: `${size.toFixed(1)} px，至少 ${minFontPx} px`,
        });
      }
    }
    return problems;
  }, options);
}

/** One line per problem: `page · check · element — detail`. */
export function describeProblems(where: string, problems: readonly LayoutProblem[]): string[] {
  return problems.map((problem) => `${where} · ${problem.check} · ${problem.element} — ${problem.detail}`);
}
