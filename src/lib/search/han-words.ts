/**
 * Preparing a page for the search index: an invisible word break (U+200B, the separator Pagefind itself
 * uses for CJK words) between adjacent Han characters, and between Han characters and Latin or digits.
 * Every Han character becomes a word of its own, so a query matches any run of characters, whatever the
 * word segmenter would have made of the text. Only text is changed, never tags or attribute values.
 */
const ZWSP = '\u200b';
const BOUNDARY = /(\p{Script=Han})(?=[\p{Script=Han}\p{L}\p{N}])|([\p{L}\p{N}])(?=\p{Script=Han})/gu;

export function separateHanText(text: string): string {
  return text.replace(BOUNDARY, (_, han: string | undefined, other: string | undefined) => `${han ?? other}${ZWSP}`);
}

/** Applies `separateHanText` to the text between tags of an HTML document (scripts and styles left alone). */
export function separateHanInHtml(html: string): string {
  let inRawText = false;
  return html
    .split(/(<[^>]*>)/)
    .map((piece) => {
      if (piece.startsWith('<')) {
        if (/^<(script|style)\b/i.test(piece)) inRawText = true;
        else if (/^<\/(script|style)\b/i.test(piece)) inRawText = false;
        return piece;
      }
      return inRawText ? piece : separateHanText(piece);
    })
    .join('');
}
