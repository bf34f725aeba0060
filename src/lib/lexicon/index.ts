/**
 * The synonym lexicon: groups of words that customers, agents and the library use for the same thing
 * (退款 / 退钱 / 钱没退), optionally with narrower words that find the group one way (雪糕 → 冻品). Pure
 * TypeScript, shared by the build (search index, finder data, the lexicon page) and the browser (queries).
 *
 * Every word is compared after `fold`, the caller's text normaliser (Traditional → Simplified through the
 * search's variant table, lower case): a word written once in either script matches both.
 */
import type { Vocabulary } from '../cases/taxonomy.ts';

/**
 * What a group's words name in a complaint. Only a shared problem or request says two texts are about the same
 * thing: a complaint that shares only an object, a person, a place or a channel with a case (套餐, 老人, 营业厅,
 * 手机银行) is often about something else, so the finder weighs those less (`src/lib/similar/confidence.ts`).
 */
export const lexiconRoles = {
  problem: { zh: '问题', en: 'Problem: what went wrong (盗刷, 延误, 态度差)' },
  request: { zh: '诉求与办理', en: 'Request: what the customer asks for or the service does (退款, 改签, 补偿)' },
  object: { zh: '对象', en: 'Object: a product, account, fee or term (套餐, 积分, 信用卡, NPS)' },
  person: { zh: '人员', en: 'Person: a kind of customer or staff (老年客户, 骑手, 柜员)' },
  place: { zh: '地点', en: 'Place: where it happens (营业厅, 代收点, 酒店)' },
  channel: { zh: '渠道', en: 'Channel: how the customer reaches us (热线, App, 手机银行)' },
} as const satisfies Vocabulary;

export type LexiconRole = keyof typeof lexiconRoles;

/** A group written without a role is a problem: it counts fully, as every group did before roles. */
export const DEFAULT_ROLE: LexiconRole = 'problem';

export interface LexiconGroup {
  /** Equivalent words: any of them finds all of them. The first is the library's own term, the group's name. */
  words: string[];
  /** One-way words: each finds the group's `words`; the group's words do not find them. */
  narrower: string[];
  /** What the words name; `DEFAULT_ROLE` when not given. */
  role?: LexiconRole;
  /** Optional explanation shown on the lexicon page. */
  note?: string;
  /** Where the group is written (for messages and the lexicon page). */
  file?: string;
  line?: number;
}

export interface LexiconMatch {
  /** Offsets in the folded text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** The folded lexicon word found (the text between `start` and `end`). */
  word: string;
  /** Index of the word's group in `groups`. */
  group: number;
}

export interface CompiledLexicon {
  /**
   * Words (folded) that a query term should also find: itself first, and for a word or narrower word of a group
   * the group's `words` (a `words` member never expands to the group's `narrower` words).
   */
  expand(term: string): string[];
  /**
   * Longest-match scan of (already folded) text, left to right without overlaps: every lexicon word found, with its
   * group. A word that starts or ends with a Latin letter or digit must not continue a Latin word there.
   * With a `gap` (`LexiconOptions`) a word may also be said with characters inserted.
   */
  find(text: string): LexiconMatch[];
  /**
   * Lexicon words (folded) that begin with `prefix` and are longer, shortest first: an agent types the start of a
   * word (首解 for 首解率).
   */
  complete(prefix: string): string[];
  /** Display name of a group (its first word, as written). */
  label(group: number): string;
  readonly groups: readonly LexiconGroup[];
}

/**
 * Compact JSON for the browser: only what matching needs (`w` words, `n` narrower words, as written; `r` the role,
 * left out for the default).
 */
export interface SerializedLexicon {
  version: 1;
  groups: { w: string[]; n?: string[]; r?: LexiconRole }[];
}

/** Without a caller's fold, words are compared case-insensitively (ETC = etc) and otherwise as written. */
export const defaultFold = (text: string): string => text.toLowerCase();

const LATIN = /[a-z0-9]/i;

/** Shorter words are not found with characters inserted: 停电 would meet 停了两天电, and two say too little. */
export const MIN_GAPPED_LENGTH = 3;
/** Characters that end a clause: inserted characters never cross one (nor a space or a line break). */
const CLAUSE_BREAK = /[\s，,。.！!？?；;：:、…—~～（）()「」“”"'‘’【】《》]/;

/**
 * A Latin word or number is only found whole: App not inside WhatsApp, 12315 not inside 123156 (Han words need no
 * spaces).
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const joined = (inside: string | undefined, outside: string | undefined) =>
    inside !== undefined && outside !== undefined && LATIN.test(inside) && LATIN.test(outside);
  return !joined(text[start], text[start - 1]) && !joined(text[end - 1], text[end]);
}

/**
 * Where `word` ends in `text` when said from `start` with 1 to `gap` characters inserted after its longest part that
 * `text` repeats, inside one clause; undefined when it is not said so.
 */
function gappedEnd(text: string, start: number, word: string, gap: number): number | undefined {
  let head = 0;
  while (head < word.length && text[start + head] === word[head]) head += 1;
  if (head === 0 || head === word.length) return undefined;
  const tail = word.slice(head);
  for (let inserted = 1; inserted <= gap; inserted += 1) {
    const at = start + head + inserted - 1;
    if (at >= text.length || CLAUSE_BREAK.test(text[at]!) || LATIN.test(text[at]!)) return undefined;
    if (text.startsWith(tail, at + 1) && standsAlone(text, start, at + 1 + tail.length)) return at + 1 + tail.length;
  }
  return undefined;
}

export interface LexiconOptions {
  /**
   * Up to this many characters may be inserted at one place in a word of `MIN_GAPPED_LENGTH` or more characters,
   * inside one clause: customers add who did it or how (账号被平台封了 names 账号被封, 没有人理 names 没人理). At a
   * position the longest lexicon word wins, an exact one on a tie; such a match spans the inserted characters.
   * 0 (the default): words are found only as written.
   */
  gap?: number;
}

export function compileLexicon(
  groups: readonly LexiconGroup[],
  fold: (text: string) => string = defaultFold,
  { gap = 0 }: LexiconOptions = {},
): CompiledLexicon {
  // Folded word → the groups it finds (one, unless the same word is listed in several groups).
  const entries = new Map<string, number[]>();
  const foldedWords: string[][] = [];
  groups.forEach((group, index) => {
    const words = [...new Set(group.words.map(fold).filter(Boolean))];
    foldedWords.push(words);
    // A narrower word finds the group as a group word does; only the group's `words` are ever expanded to.
    for (const word of [...words, ...group.narrower.map(fold).filter(Boolean)]) {
      const list = entries.get(word) ?? [];
      if (!list.includes(index)) entries.set(word, [...list, index]);
    }
  });

  // Candidate words by first code unit, longest first, so the scan tries the longest match first.
  const byFirst = new Map<string, string[]>();
  for (const word of entries.keys()) byFirst.set(word[0]!, [...(byFirst.get(word[0]!) ?? []), word]);
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);

  return {
    groups,
    expand(term) {
      const folded = fold(term);
      const found = new Set([folded]);
      for (const group of entries.get(folded) ?? []) for (const word of foldedWords[group]!) found.add(word);
      return [...found];
    },
    find(text) {
      const matches: LexiconMatch[] = [];
      let position = 0;
      while (position < text.length) {
        const candidates = byFirst.get(text[position]!) ?? [];
        const word = candidates.find(
          (candidate) =>
            text.startsWith(candidate, position) && standsAlone(text, position, position + candidate.length),
        );
        let found = word === undefined ? undefined : { word, end: position + word.length };
        if (gap > 0)
          for (const candidate of candidates) {
            // Longest first: nothing later can beat what is found.
            if (candidate.length <= (found?.word.length ?? MIN_GAPPED_LENGTH - 1)) break;
            const end = gappedEnd(text, position, candidate, gap);
            if (end !== undefined) {
              found = { word: candidate, end };
              break;
            }
          }
        if (found === undefined) {
          position += 1;
          continue;
        }
        matches.push({ start: position, end: found.end, word: found.word, group: entries.get(found.word)![0]! });
        position = found.end;
      }
      return matches;
    },
    complete(prefix) {
      const folded = fold(prefix);
      if (!folded) return [];
      return (byFirst.get(folded[0]!) ?? [])
        .filter((word) => word.length > folded.length && word.startsWith(folded))
        .sort((a, b) => a.length - b.length || a.localeCompare(b));
    },
    label: (group) => groups[group]?.words[0] ?? '',
  };
}

export function serializeLexicon(lexicon: CompiledLexicon): SerializedLexicon {
  return {
    version: 1,
    groups: lexicon.groups.map((group) => ({
      w: group.words,
      ...(group.narrower.length ? { n: group.narrower } : {}),
      ...(group.role && group.role !== DEFAULT_ROLE ? { r: group.role } : {}),
    })),
  };
}

export function loadLexicon(
  data: SerializedLexicon,
  fold?: (text: string) => string,
  options?: LexiconOptions,
): CompiledLexicon {
  return compileLexicon(
    data.groups.map((group) => ({ words: group.w, narrower: group.n ?? [], ...(group.r ? { role: group.r } : {}) })),
    fold,
    options,
  );
}
