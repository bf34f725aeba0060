/**
 * Excerpts built from a page's indexed text: the passage around the first literal match of any query
 * part (in any script form), with every match marked. Returns plain segments; the UI turns them into
 * text nodes and <mark> elements, never HTML.
 */
import { foldForMatch } from './query.ts';

export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

/** Removes Pagefind's invisible word breaks so the text reads as written. */
export function readableText(text: string): string {
  return text.replaceAll('\u200b', '');
}

/**
 * The text a result's excerpt is taken from: the indexed text after the title (and case number) it opens with,
 * since the result already shows them.
 */
export function excerptSource(content: string, title: string): string {
  const text = readableText(content);
  const titleAt = text.indexOf(title);
  return titleAt >= 0 && titleAt < 40 ? text.slice(titleAt + title.length) : text;
}

export function makeExcerpt(content: string, needles: readonly string[], length = 80): ExcerptSegment[] {
  const text = readableText(content).replace(/\s+/g, ' ').trim();
  // Folded characters with the index of the original character they came from (spaces dropped).
  const folded: string[] = [];
  const origin: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const character = foldForMatch(text[index]!);
    for (const piece of character) {
      folded.push(piece);
      origin.push(index);
    }
  }
  const haystack = folded.join('');
  const ranges: [number, number][] = [];
  for (const needle of new Set(needles.map(foldForMatch).filter(Boolean))) {
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
      ranges.push([origin[at]!, origin[at + needle.length - 1]! + 1]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const first = ranges[0]?.[0] ?? 0;
  const start = Math.max(0, Math.min(first - Math.floor(length / 3), text.length - length));
  const end = Math.min(text.length, start + length);
  const segments: ExcerptSegment[] = [];
  let cursor = start;
  for (const [from, to] of ranges) {
    if (to <= cursor || from >= end) continue;
    if (from > cursor) segments.push({ text: text.slice(cursor, from), marked: false });
    segments.push({ text: text.slice(Math.max(from, cursor), Math.min(to, end)), marked: true });
    cursor = Math.min(to, end);
  }
  if (cursor < end) segments.push({ text: text.slice(cursor, end), marked: false });
  if (start > 0) segments.unshift({ text: '…', marked: false });
  if (end < text.length) segments.push({ text: '…', marked: false });
  return segments;
}
