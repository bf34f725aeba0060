/**
 * The text a reader sees, for the rules that look for customers' personal data. A contributor can hide a number
 * from a rule that reads the source (`&#49;3912345678`, `139**1234**5678`, full-width digits, a zero-width space
 * inside it) without hiding it from the reader; these helpers undo each disguise and keep, for every character,
 * where it came from, so a finding still points at its line.
 *
 * - `alignToSource` maps a parsed value (a Markdown text node, a YAML string) back onto the source it was parsed
 *   from, skipping what the parser removed: emphasis markers, backslash escapes, indentation, `>` quote markers,
 *   and character references (`&#49;`, `&amp;`), which stand for one character each.
 * - `foldVisible` folds a text the way it reads: Unicode NFKC (full-width digits and letters, ＠, ①), invisible
 *   characters removed (zero-width space/joiners, word joiner, BOM, soft hyphen), and a line break between two
 *   digits removed, because a number split across two source lines is one number on the page.
 * - `visibleRuns` reads the asterisks of a mask that Markdown paired as emphasis (`138****5678 … 139****1234`,
 *   shown as written by src/mdx/literal-masks.ts) as a space: a gap between what is on either side, so text is not
 *   joined across a mask (`w***@qq.com`), while a number with asterisks only inserted (`139**1234**5678`) still
 *   reads as the number it shows.
 *
 * Pure, and linear in the length of the text.
 */
import type { Root } from 'mdast';
import { maskMarkers } from './masked-values.ts';

/** A folded text, and where each of its UTF-16 code units came from. */
export interface FoldedText {
  text: string;
  /** Offset, in the text it was folded from, of `text[index]`. */
  origin: (index: number) => number;
}

/**
 * Zero-width space, non-joiner, joiner, word joiner, BOM and soft hyphen: nothing on the page, but they split a number.
 */
const isInvisible = (code: number) =>
  code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
/** An ASCII or full-width digit (before or after folding). */
const isDigit = (code: number) => (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
/** A character reference as HTML and Markdown read it: one character (or a surrogate pair) in the parsed text. */
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/**
 * Characters that fold to a digit, a letter, @, +, -, . or a space (as the rules read them), or are invisible:
 * full-width forms, other spaces, super- and subscripts, circled and parenthesised numbers, letterlike symbols,
 * CJK compatibility (㍘ ㏠), small forms (﹫), and every astral character (mathematical letters, enclosed digits).
 * Common Chinese punctuation (，。：（）？！ —…) is not here: the rules accept it as written. Checked against
 * Unicode's own NFKC table by tests/unit/visible-text.test.ts. Also a line break between two digits, which
 * `foldVisible` removes (full-width digits are in the class already).
 */
const MAY_FOLD = new RegExp(
  '[' +
    // Latin-1 to spacing modifiers, Greek tonos, phonetic modifiers, ẚ and Greek spacing accents.
    String.raw`\u00A0-\u02FF\u0370-\u0385\u1D2C-\u1DBF\u1E9A\u1FBD-\u1FFE` +
    // General punctuation (spaces, invisible marks), super- and subscripts, letterlike and number forms.
    String.raw`\u2000-\u200F\u2017\u202F\u203E\u205F-\u2064\u2070-\u209C\u20A8\u2100-\u218F` +
    // Enclosed numbers, Latin modifiers, the ideographic space, kana voicing marks, enclosed CJK and CJK units.
    String.raw`\u2460-\u24FF\u2C7C\u2C7D\u3000\u309B\u309C\u3250-\u33FF\uA7F1-\uA7F4` +
    // Ligatures and presentation forms, small and vertical forms, the byte-order mark.
    String.raw`\uFB00-\uFB4F\uFC5E-\uFC63\uFDFA\uFDFB\uFE10-\uFE7E\uFEFF` +
    // Full-width + - . digits and letters, the full-width macron, and the high half of every astral character.
    String.raw`\uFF0B\uFF0D\uFF0E\uFF10-\uFF19\uFF20-\uFF3A\uFF41-\uFF5A\uFFE3\uD800-\uDBFF` +
    ']' +
    String.raw`|[0-9][ \t]*\n[ \t]*[0-9]`,
);

/** The folded form of each character met so far: a text repeats the same few. */
const folded = new Map<number, string>();
function fold(code: number, character: string): string {
  // ASCII and the unified CJK ideographs are already in NFKC form: most of a Chinese text.
  if (code < 0xa0 || (code >= 0x4e00 && code <= 0x9fff)) return character;
  let form = folded.get(code);
  if (form === undefined) {
    form = MAY_FOLD.test(character) ? character.normalize('NFKC') : character;
    folded.set(code, form);
  }
  return form;
}

const unchanged = (index: number) => index;

/** Whether folding could change what the rules read in `text` (see `MAY_FOLD`). */
export const mayFold = (text: string) => MAY_FOLD.test(text);

/**
 * Folds `text` the way it reads (see the module comment). Most texts have nothing to fold and are returned as they are.
 */
export function foldVisible(text: string): FoldedText {
  if (!mayFold(text)) return { text, origin: unchanged };
  // One code unit per item, joined at the end: reading the end of a string built with `+=` flattens it each
  // time, which made a text with a line break after every run of digits take minutes.
  const out: string[] = [];
  const map: number[] = [];
  for (let index = 0; index < text.length;) {
    const code = text.codePointAt(index)!;
    const width = code > 0xffff ? 2 : 1;
    if (isInvisible(code)) {
      index += width;
      continue;
    }
    if (code === 10) {
      // Spaces around the break go with it: `138 \n  1234` reads as one number.
      let kept = out.length;
      while (kept > 0 && (out[kept - 1] === ' ' || out[kept - 1] === '\t')) kept -= 1;
      let next = index + 1;
      while (text[next] === ' ' || text[next] === '\t') next += 1;
      if (kept > 0 && isDigit(out[kept - 1]!.charCodeAt(0)) && next < text.length && isDigit(text.charCodeAt(next))) {
        out.length = kept;
        map.length = kept;
        index = next;
        continue;
      }
    }
    const form = fold(code, width === 1 ? text[index]! : text.slice(index, index + 2));
    for (let unit = 0; unit < form.length; unit += 1) {
      out.push(form[unit]!);
      map.push(index);
    }
    index += width;
  }
  return { text: out.join(''), origin: (index) => map[index] ?? text.length };
}

/**
 * Offsets in `source` of each code unit of `value`, the parsed form of `source.slice(start, end)`. Characters of
 * the source that the parser dropped are skipped; a character reference gives the one character it stands for.
 */
export function alignToSource(value: string, source: string, start: number, end: number): number[] {
  const map: number[] = [];
  let at = start;
  for (let index = 0; index < value.length;) {
    if (at >= end) {
      map.push(Math.max(start, end - 1));
      index += 1;
      continue;
    }
    if (value[index] === source[at]) {
      map.push(at);
      index += 1;
      at += 1;
      continue;
    }
    if (source[at] === '&') {
      CHARACTER_REFERENCE.lastIndex = at;
      if (CHARACTER_REFERENCE.test(source)) {
        const units = value.codePointAt(index)! > 0xffff ? 2 : 1;
        for (let unit = 0; unit < units; unit += 1) map.push(at);
        index += units;
        at = CHARACTER_REFERENCE.lastIndex;
        continue;
      }
    }
    at += 1;
  }
  return map;
}

/**
 * A stretch of text that reads as one: a paragraph, heading or table cell without its inline markup, or one attribute.
 */
export interface VisibleRun {
  /** The folded text (`foldVisible`). */
  text: string;
  /** Offset in the source of `text[index]`. */
  offset: (index: number) => number;
  /** False for text a waiver cannot cover, such as a waiver's own attributes. */
  waivable: boolean;
}

/** Part of a run: a node's text, or a text of its own (a break, an attribute) over the node's source. */
interface Piece {
  node: TreeNode;
  value: string;
}

/** What a mask's asterisks read as, when Markdown paired them as emphasis. */
const MASK_GAP = ' ';

/** Node types that continue the run of text they sit in; every other node starts and ends one. */
const INLINE = new Set([
  'text',
  'inlineCode',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'break',
  'mdxJsxTextElement',
  'footnoteReference',
]);

/** The fields of an mdast node (MDX included) that hold text a reader sees. */
interface TreeNode {
  type: string;
  value?: string;
  url?: string;
  title?: string | null;
  alt?: string | null;
  attributes?: { type: string; value?: unknown }[];
  children?: TreeNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/**
 * The runs of visible text of a parsed Markdown/MDX body (an mdast tree with positions): the text of each block
 * joined across emphasis, links and inline code, as it reads on the page; code blocks, link and image addresses
 * and titles, image descriptions and tag attributes each on their own. Offsets are worked out only when asked.
 * `wanted` sees each run as written and may skip it before it is folded (a run with nothing a rule looks for).
 */
export function visibleRuns(tree: Root, source: string, wanted: (text: string) => boolean = () => true): VisibleRun[] {
  const runs: VisibleRun[] = [];
  let pieces: Piece[] = [];
  const push = (parts: Piece[], waivable: boolean) => {
    const raw = parts.length === 1 ? parts[0]!.value : parts.map((part) => part.value).join('');
    if (!wanted(raw)) return;
    const visible = foldVisible(raw);
    let offsets: number[] | undefined;
    const offset = (index: number) => {
      offsets ??= parts.flatMap(({ node, value }) => {
        const start = node.position?.start.offset ?? 0;
        // Skip a code block's opening fence line, so its info string (```text) cannot take the first characters.
        const from =
          node.type === 'code' && /^\s*(```|~~~)/.test(source.slice(start, start + 8))
            ? source.indexOf('\n', start) + 1 || start
            : start;
        return alignToSource(value, source, from, node.position?.end.offset ?? 0);
      });
      return offsets[Math.min(visible.origin(index), raw.length - 1)] ?? 0;
    };
    runs.push({ text: visible.text, offset, waivable });
  };
  const flush = () => {
    if (pieces.length > 0) push(pieces, true);
    pieces = [];
  };
  const alone = (value: string | null | undefined, node: TreeNode, waivable = true) => {
    if (value) push([{ node, value }], waivable);
  };

  // Fields are read only on the node types that have them: a parsed node builds each field when it is first read.
  const visit = (node: TreeNode) => {
    const type = node.type;
    if (type === 'text') {
      // Most text nodes are their source as written; reading that slice is cheaper than the parsed value.
      // Character references, escapes and line breaks (with a quote's `>` or indentation) make them differ.
      const written = source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
      pieces.push({ node, value: /[&\\\n]/.test(written) ? (node.value ?? '') : written });
      return;
    }
    if (type === 'inlineCode') {
      pieces.push({ node, value: node.value ?? '' });
      return;
    }
    if (type === 'break') {
      pieces.push({ node, value: '\n' });
      return;
    }
    const inline = INLINE.has(type);
    if (!inline) flush();
    const markers =
      (type === 'emphasis' || type === 'strong') && node.position?.start.offset !== undefined
        ? maskMarkers(node, source)
        : undefined;
    // One gap for a run of asterisks, which nested emphasis (`***`) shares.
    const gap = (from: number, to: number) => {
      if (pieces.at(-1)?.value !== MASK_GAP)
        pieces.push({
          node: { type: 'text', position: { start: { offset: from }, end: { offset: to } } },
          value: MASK_GAP,
        });
    };
    if (markers) gap(node.position!.start.offset!, node.position!.start.offset! + markers[0].length);
    switch (type) {
      case 'code':
      case 'html':
        alone(node.value, node);
        break;
      case 'image':
        alone(node.alt, node);
        alone(node.url, node);
        alone(node.title, node);
        break;
      case 'imageReference':
        alone(node.alt, node);
        break;
      case 'link':
      case 'definition': {
        // A literal address the parser made a link of (wang@qq.com → mailto:wang@qq.com) is read once, as text.
        const text = node.children?.length === 1 ? node.children[0]!.value : undefined;
        if (text === undefined || node.url?.replace(/^mailto:/, '') !== text) alone(node.url, node);
        alone(node.title, node);
        break;
      }
      case 'mdxJsxTextElement':
      case 'mdxJsxFlowElement':
        // What a tag says about itself is published too (a waiver's reason is in the page source): never waived.
        for (const attribute of node.attributes ?? []) {
          if (typeof attribute.value === 'string') alone(attribute.value, node, false);
        }
        break;
    }
    const children = node.children;
    if (children) for (const child of children) visit(child);
    if (markers) gap(node.position!.end.offset! - markers[1].length, node.position!.end.offset!);
    if (!inline) flush();
  };
  visit(tree as TreeNode);
  flush();
  return runs;
}
