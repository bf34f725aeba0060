/**
 * How Han text is written into the search index: one word per character, naming that character and the next
 * one in its run (a character bigram), as a string of Latin letters.
 *
 * - Bigrams: a two-character query is one index word, so Pagefind loads one index chunk for it instead of one
 *   per character (a chunk holds about 20,000 positions, some 20 KB, whatever it holds). Longer queries are
 *   phrases of consecutive bigrams; a one-character query is the prefix of its character's words.
 * - Folded: a word names both characters in their folded (Simplified) form, then the first character as
 *   written when that differs. So 延误 and 延誤 are one word (one chunk for a query in either script); 銷戶 and
 *   销户 are two words that sort side by side (one chunk, nearly always); and a one-character query's prefix
 *   covers every script form of that character. The character as written is there for the excerpts: each word
 *   turns back into the character it stands for (`decodeIndexText`).
 * - Latin letters: Pagefind's Chinese word segmentation would split a bigram it does not know as a word;
 *   a run of lower-case letters stays one word (upper case would be split as camelCase).
 *
 * Words are separated by an invisible word break (U+200B, the separator Pagefind itself uses for CJK words),
 * also between Han characters and adjacent Latin letters or digits. Only text is changed, never tags or
 * attribute values. The fragments' text is turned back into the page's own characters at build time
 * (`decodeIndexText`).
 */
const ZWSP = '\u200b';
/** Opens every index word made from Han text; no word of the library's own text looks like one. */
const MARK = 'qz';
const LETTERS = 26;
/** Four letters name any code point below 26⁴ (456,976), which covers every Han block. */
const CODE_LENGTH = 4;
/** Opens the character as written, after the folded ones, when it differs from its folded form. */
const WRITTEN = 'x';

/**
 * A character's folded form (Simplified, see script-variants.ts): the same function at build time and in the browser.
 */
export type Fold = (character: string) => string;
const HAN_RUN = /\p{Script=Han}+/gu;

/** Four letters for a code point. */
function code(character: string): string {
  let value = character.codePointAt(0)!;
  if (value >= LETTERS ** CODE_LENGTH) throw new Error(`code point too large for the search index: ${character}`);
  let letters = '';
  for (let place = 0; place < CODE_LENGTH; place += 1) {
    letters += String.fromCharCode(97 + (value % LETTERS));
    value = Math.floor(value / LETTERS);
  }
  return letters;
}

/** Index word for the character at `index` of a run. */
function word(characters: readonly string[], index: number, fold: Fold): string {
  const written = characters[index]!;
  const folded = fold(written);
  const next = characters[index + 1];
  return MARK + code(folded) + (next ? code(fold(next)) : '') + (folded === written ? '' : WRITTEN + code(written));
}

/** Text as the index holds it: every Han character replaced by its index word. */
export function indexText(text: string, fold: Fold): string {
  return text.replace(HAN_RUN, (run) => {
    const characters = [...run];
    // Breaks around the run too: Han words next to Latin letters or digits of the text stay separate words.
    return ZWSP + characters.map((_, index) => word(characters, index, fold)).join(ZWSP) + ZWSP;
  });
}

/** Applies `indexText` to the text between tags of an HTML document (scripts and styles left alone). */
export function indexTextInHtml(html: string, fold: Fold): string {
  let inRawText = false;
  return html
    .split(/(<[^>]*>)/)
    .map((piece) => {
      if (piece.startsWith('<')) {
        if (/^<(script|style)\b/i.test(piece)) inRawText = true;
        else if (/^<\/(script|style)\b/i.test(piece)) inRawText = false;
        return piece;
      }
      return inRawText ? piece : indexText(piece, fold);
    })
    .join('');
}

/** Characters that end an index word besides the word break: what `\s` matches in a regular expression. */
const SPACE = /\s/;
/** True at the ends of the text (`at` outside it), at a word break and at a space. */
const isBreak = (text: string, at: number) => {
  const unit = text.charCodeAt(at);
  // Letters, the common case, first.
  if (unit > 32 && unit < 128) return false;
  return Number.isNaN(unit) || unit === 0x200b || SPACE.test(text[at]!);
};
const isLetter = (unit: number) => unit >= 97 && unit <= 122;
/** Where the letters naming the character an index word stands for start, or -1 when it is not shaped as one. */
function writtenAt(text: string, start: number, length: number): number {
  // The folded character, maybe the next one…
  if (length === CODE_LENGTH || length === 2 * CODE_LENGTH) return start;
  // …then `x` and the character as written.
  if (
    (length === CODE_LENGTH + 1 + CODE_LENGTH || length === 3 * CODE_LENGTH + 1) &&
    text[start + length - CODE_LENGTH - 1] === WRITTEN
  )
    return start + length - CODE_LENGTH;
  return -1;
}
/** Each code's character when it is a Han character, or '' (the letters are left as they are). */
const hanOfCode = new Map<number, string>();
function hanAt(text: string, start: number): string {
  let value = 0;
  for (let place = CODE_LENGTH - 1; place >= 0; place -= 1)
    value = value * LETTERS + (text.charCodeAt(start + place) - 97);
  let han = hanOfCode.get(value);
  if (han === undefined) {
    const decoded = String.fromCodePoint(value);
    han = /^\p{Script=Han}$/u.test(decoded) ? decoded : '';
    hanOfCode.set(value, han);
  }
  return han;
}

/**
 * The page's own text back from the index's text (index words to characters, word breaks removed). A scan for the
 * mark rather than one regular expression over the text: it runs over every fragment after Pagefind has written
 * them, while the build waits, and the expression's look-behind took twice as long.
 */
export function decodeIndexText(text: string): string {
  let decoded = '';
  let copied = 0;
  for (let at = text.indexOf(MARK); at !== -1; at = text.indexOf(MARK, at + MARK.length)) {
    if (!isBreak(text, at - 1)) continue;
    const start = at + MARK.length;
    let end = start;
    while (end < text.length && isLetter(text.charCodeAt(end))) end += 1;
    if (!isBreak(text, end)) continue;
    const written = writtenAt(text, start, end - start);
    // A word of the page's own text that merely looks like an index word stays as it is.
    const han = written === -1 ? '' : hanAt(text, written);
    if (!han) continue;
    decoded += text.slice(copied, at) + han;
    copied = end;
    at = end - MARK.length;
  }
  return (decoded + text.slice(copied)).replaceAll(ZWSP, '');
}

/**
 * Pagefind query words for one script form of a query part: Han runs as bigram words, Latin and digit
 * runs as they are. Returns the words of the phrase and, when the part ends in a run of one Han character
 * after other words, that character's prefix to be matched on its own (a phrase cannot hold a prefix); the
 * prefix and a run's last character match every script form, the other characters as written.
 */
export function queryWords(folded: string, fold: Fold): { phrase: string[]; prefix?: string } {
  const segments = folded.match(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) ?? [];
  const phrase: string[] = [];
  let prefix: string | undefined;
  segments.forEach((segment, position) => {
    const characters = [...segment];
    if (!/\p{Script=Han}/u.test(segment)) return void phrase.push(segment);
    const last = position === segments.length - 1;
    if (last && characters.length === 1) {
      prefix = MARK + code(fold(characters[0]!));
      return;
    }
    // A run that ends the part may go on in the text: its last character needs no word of its own.
    const count = last ? characters.length - 1 : characters.length;
    for (let index = 0; index < count; index += 1) phrase.push(word(characters, index, fold));
  });
  return prefix === undefined ? { phrase } : { phrase, prefix };
}
