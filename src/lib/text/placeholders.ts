/**
 * Placeholders in service-script lines: `{称呼}` in the source, shown marked on the page and
 * copied as 【称呼】 so the agent sees at once what to replace before sending.
 */

export type Segment = { kind: 'text'; text: string } | { kind: 'placeholder'; name: string };

const PLACEHOLDER = /\{([^{}]+)\}/g;

export function splitPlaceholders(line: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of line.matchAll(PLACEHOLDER)) {
    if (match.index > last) segments.push({ kind: 'text', text: line.slice(last, match.index) });
    segments.push({ kind: 'placeholder', name: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < line.length) segments.push({ kind: 'text', text: line.slice(last) });
  return segments;
}

/** The text put on the clipboard: placeholders become 【name】. */
export function copyText(line: string): string {
  return line.replace(PLACEHOLDER, (_, name: string) => `【${name}】`);
}

/** The line with each placeholder's example filled in, to show how it reads. */
export function exampleText(line: string, examples: ReadonlyMap<string, string>): string {
  return line.replace(PLACEHOLDER, (whole, name: string) => examples.get(name) ?? whole);
}
