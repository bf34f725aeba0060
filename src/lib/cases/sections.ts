/**
 * Splitting a rendered case body into its six fixed sections (see `caseSections`), for pages that
 * show one section at a time (presenter mode). The input is the HTML the Markdown processor made
 * from a validated case body: contributed MDX may not contain raw HTML, so every `<h2>` comes from
 * a `##` heading and a pattern match on the generated markup is reliable.
 */
import { caseSections, type CaseSectionId } from './taxonomy.ts';

const H2 = /<h2\b[^>]*>([\s\S]*?)<\/h2>/g;
// Footnotes are listed after the last section; their references would point nowhere once split.
const FOOTNOTE_LIST = /<section\b[^>]*\bdata-footnotes\b[^>]*>[\s\S]*?<\/section>/g;
const FOOTNOTE_REFERENCE = /<sup><a\b[^>]*\bdata-footnote-ref\b[^>]*>[\s\S]*?<\/a><\/sup>/g;

const sectionByHeading = new Map<string, CaseSectionId>(
  caseSections.flatMap((section) => [
    [section.zh, section.id],
    [section.hant, section.id],
  ]),
);

function headingText(html: string): string {
  return html.replace(/<[^>]*>/g, '').trim();
}

/**
 * The HTML under each of the six section headings, without the heading itself and without footnotes.
 * Other `<h2>`s stay inside the section they appear in; a missing section maps to an empty string.
 */
export function splitCaseSections(html: string): Record<CaseSectionId, string> {
  const body = html.replace(FOOTNOTE_LIST, '').replace(FOOTNOTE_REFERENCE, '');
  const sections = Object.fromEntries(caseSections.map((section) => [section.id, ''])) as Record<CaseSectionId, string>;
  const starts = [...body.matchAll(H2)]
    .map((match) => ({
      id: sectionByHeading.get(headingText(match[1]!)),
      from: match.index,
      to: match.index + match[0].length,
    }))
    .filter((start): start is { id: CaseSectionId; from: number; to: number } => start.id !== undefined);
  starts.forEach((start, position) => {
    sections[start.id] = body.slice(start.to, starts[position + 1]?.from ?? body.length).trim();
  });
  return sections;
}
