/**
 * Text with an invisible word break (U+200B) between adjacent Han characters, and between Han characters and
 * Latin or digits. The search oracle (scripts/search/oracle.ts) converts a page's text to Simplified in this
 * form, so OpenCC folds it character by character, as the browser's variant table does, and never joins two
 * characters into a phrase conversion (答覆 → 答复) that no per-character query form could match.
 */
const ZWSP = '\u200b';
const BOUNDARY = /(\p{Script=Han})(?=[\p{Script=Han}\p{L}\p{N}])|([\p{L}\p{N}])(?=\p{Script=Han})/gu;

export function separateHanText(text: string): string {
  return text.replace(BOUNDARY, (_, han: string | undefined, other: string | undefined) => `${han ?? other}${ZWSP}`);
}
