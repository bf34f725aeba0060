/**
 * Reasons an agent can check in one look: the whole words a text and a case share (都提到「退款」「到账」), and
 * the lexicon's synonyms they use for one thing (同义：雪糕≈冻品). Never a fragment cut across words: each
 * case's words come from a Chinese segmenter at build time (`build.ts`), and a reason is one of those words
 * found in the other text. Pure, and bundled for the browser.
 */
import type { CompiledLexicon } from '../lexicon/index.ts';

/** Words a case is explained by, kept per case (the finder ships them): the heaviest, plus every lexicon word. */
export const MAX_CASE_WORDS = 24;

/**
 * Words too common in any complaint to explain a match: pronouns, question words, time words, and the
 * library's own scaffolding (客户, 问题).
 */
const STOP_WORDS = new Set(
  (
    '我们 你们 他们 她们 咱们 自己 什么 怎么 为什么 怎么办 怎样 多少 哪里 哪个 这个 那个 这样 那样 这些 那些 这么 ' +
    '那么 时候 现在 已经 一直 还是 就是 可以 可能 因为 所以 但是 ' +
    '如果 然后 而且 并且 或者 只是 不是 没有 还有 其实 一下 一个 一次 两次 几次 好几 好几次 今天 昨天 明天 之前 之后 ' +
    '以后 以前 这次 每次 一样 一起 知道 觉得 需要 希望 ' +
    '表示 进行 情况 问题 客户 客服 您好 你好 谢谢 麻烦 请问 不能 不会 不要 告诉 说明 回复 结果 出现 发现 直接 马上 ' +
    '到底 根本 一点 有点 非常 特别 真的 总是 东西 事情 等等 一下子 这边 那边 不让 不给 不肯'
  ).split(' '),
);

const HAN_ONLY = /^\p{Script=Han}+$/u;
const HAS_LETTER = /\p{L}/u;

/** Whether a segmented word (folded, lower case) can explain a match: two Han characters or more, or a Latin word. */
export function isContentWord(key: string): boolean {
  if (STOP_WORDS.has(key)) return false;
  if (HAN_ONLY.test(key)) return [...key].length >= 2;
  return /^[\p{L}\p{N}]+$/u.test(key) && HAS_LETTER.test(key) && key.length >= 2;
}

export interface WeighedWord {
  /** As written in the case. */
  text: string;
  /** Folded, lower case: what comparisons use. */
  key: string;
}

/**
 * Each case's words to keep, best first: by `(1 + log tf) × idf` over the cases' word lists, at most
 * `MAX_CASE_WORDS`, plus every word that is a lexicon entry (`isLexiconWord`, so a concept match always
 * has its 同义 reason).
 */
export function chooseCaseWords(
  cases: readonly (readonly WeighedWord[])[],
  isLexiconWord: (key: string) => boolean,
): string[][] {
  const frequency = new Map<string, number>();
  const counted = cases.map((words) => {
    const counts = new Map<string, { text: string; count: number }>();
    for (const word of words) {
      const seen = counts.get(word.key);
      if (seen) seen.count += 1;
      else counts.set(word.key, { text: word.text, count: 1 });
    }
    for (const key of counts.keys()) frequency.set(key, (frequency.get(key) ?? 0) + 1);
    return counts;
  });
  const total = cases.length;
  return counted.map((counts) => {
    const ranked = [...counts]
      .map(([key, { text, count }]) => ({
        key,
        text,
        weight: (1 + Math.log(count)) * (Math.log((total + 1) / (frequency.get(key)! + 1)) + 1),
      }))
      .sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));
    return ranked
      .filter((word, position) => position < MAX_CASE_WORDS || isLexiconWord(word.key))
      .map((word) => word.text);
  });
}

/**
 * The case's `words` (best first) that occur in `text` (folded with `fold`), at most `limit`. A longer word
 * takes the place of the chosen words inside it (重复扣款 rather than 重复, 扣款); a word inside a chosen one is
 * left out.
 */
export function sharedWords(
  text: string,
  words: readonly string[],
  fold: (text: string) => string,
  limit = 3,
): string[] {
  let chosen: { key: string; text: string }[] = [];
  for (const word of words) {
    const key = fold(word);
    if (!text.includes(key) || chosen.some((other) => other.key.includes(key))) continue;
    const inside = chosen.findIndex((other) => key.includes(other.key));
    if (inside >= 0)
      chosen = [
        ...chosen.slice(0, inside),
        { key, text: word },
        ...chosen.slice(inside + 1).filter((other) => !key.includes(other.key)),
      ];
    else chosen.push({ key, text: word });
  }
  return chosen.slice(0, limit).map((word) => word.text);
}

/** `fold` remembering its answers: a case's words are folded again for every text they are compared with. */
export function rememberingFold(fold: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let folded = known.get(text);
    if (folded === undefined) known.set(text, (folded = fold(text)));
    return folded;
  };
}

/** Per lexicon: the group a whole folded word is one of the `words` of (narrower words excluded), remembered. */
const ownGroups = new WeakMap<CompiledLexicon, Map<string, number | undefined>>();

function ownGroupOf(lexicon: CompiledLexicon, key: string): number | undefined {
  let known = ownGroups.get(lexicon);
  if (!known) ownGroups.set(lexicon, (known = new Map<string, number | undefined>()));
  if (known.has(key)) return known.get(key);
  const [match, ...more] = lexicon.find(key);
  let group: number | undefined;
  if (match && !more.length && match.start === 0 && match.end === key.length) {
    // A group word expands to its fellows, which expand back to it; a narrower word's fellows do not.
    const fellow = lexicon.expand(key).find((word) => word !== key);
    if (fellow === undefined || lexicon.expand(fellow).includes(key)) group = match.group;
  }
  known.set(key, group);
  return group;
}

/** The groups a text names, each with the first word naming it; the last text's kept, as one text meets many cases. */
let lastSaid: { text: string; lexicon: CompiledLexicon; said: Map<number, string> } | undefined;

function saidIn(text: string, lexicon: CompiledLexicon): Map<number, string> {
  if (lastSaid?.text === text && lastSaid.lexicon === lexicon) return lastSaid.said;
  const said = new Map<number, string>();
  for (const match of lexicon.find(text)) if (!said.has(match.group)) said.set(match.group, match.word);
  lastSaid = { text, lexicon, said };
  return said;
}

/** A folded lexicon word as the lexicon writes it (App, not app), for showing in a reason. */
function asWritten(lexicon: CompiledLexicon, group: number, key: string, fold: (text: string) => string): string {
  const { words, narrower } = lexicon.groups[group]!;
  return [...words, ...narrower].find((word) => fold(word) === key) ?? key;
}

/**
 * Lexicon synonyms between `text` (folded) and a case's `words`: pairs [the text's word, the case's word] of
 * one group, where neither uses the other's word. Only a group's own `words` stand for it in the case
 * (narrower words find the group one way, from the text).
 */
export function synonymPairs(
  text: string,
  words: readonly string[],
  lexicon: CompiledLexicon,
  fold: (text: string) => string,
  limit = 2,
): [string, string][] {
  const said = saidIn(text, lexicon);
  if (!said.size) return [];
  const pairs = new Map<number, [string, string]>();
  const keys = words.map(fold);
  for (const [position, word] of words.entries()) {
    const key = keys[position]!;
    const group = ownGroupOf(lexicon, key);
    if (group === undefined || pairs.has(group)) continue;
    const theirs = said.get(group);
    // A pair only when each side lacks the other's word: otherwise the shared word already says it.
    if (theirs !== undefined && theirs !== key && !text.includes(key) && !keys.includes(theirs))
      pairs.set(group, [asWritten(lexicon, group, theirs, fold), word]);
  }
  return [...pairs.values()].slice(0, limit);
}
