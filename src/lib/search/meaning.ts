/**
 * Meaning matches (意思相近): what the search page shows when an agent's words are not the library's. Pure, so it
 * is unit-tested and benchmarked like the literal engine.
 *
 * 1. `relaxQuery` cuts the query into parts: lexicon words first (longest match), then the leftover words, split by
 *    the browser's word segmenter, with filler words (怎么办、了、吗、还…) dropped. Each part gets its alternatives:
 *    a lexicon word its group's words (退钱 → 退款、退钱、钱没退…), a leftover word itself.
 * 2. The page runs every alternative through the literal engine and passes, per part, the entries any of them finds.
 * 3. `rankByCoverage` ranks entries by the share of the query they cover (a rarer part weighs more), like a search
 *    engine's `minimum_should_match`: at least half the parts, or else the best-covered entries. A part that finds
 *    nothing anywhere is dropped, as a search engine drops words when nothing matches them all.
 * 4. For a long pasted text, `fuseRankings` merges that ranking with the similar-case finder's.
 */
import {
  compileLexicon,
  serializeLexicon,
  type CompiledLexicon,
  type LexiconGroup,
  type SerializedLexicon,
} from '../lexicon/index.ts';
import type { ConceptPostingsMeta } from './concept-postings.ts';
import type { Fold } from './index-words.ts';
import { normalizeQuery } from './query.ts';
import type { EntryKind, SearchRecord } from './record-table.ts';
import type { SearchState } from './state.ts';

/** A query longer than this (characters, spaces left out) is a pasted text: the finder's ranking joins in. */
export const LONG_TEXT = 20;
/** Longest text relaxed (a pasted complaint of a few sentences); the literal search reads only its start. */
export const MAX_RELAXED_LENGTH = 500;
/** Most parts searched: each costs a few literal searches. */
export const MAX_MEANING_PARTS = 12;
/** Most alternatives searched for one part. */
const MAX_ALTERNATIVES = 12;

export interface MeaningPart {
  /** The part as found in the (folded) query. */
  text: string;
  /** The part as the agent wrote it (Traditional stays Traditional), for messages. */
  written: string;
  /** Texts any of which covers the part: the part itself first. */
  alternatives: string[];
  /** The alternatives that are pieces of the part itself rather than synonyms (宽带 of 宽带装), as written. */
  pieces: Record<string, string>;
  /** The lexicon group the part belongs to, if it is a lexicon word. */
  group?: number;
}

/**
 * Words that carry no subject on their own: question words, particles, pronouns, fillers. A leftover word
 * that is one of them is dropped; two or more characters of other words stay together.
 */
const FILLER_WORDS = new Set([
  '怎么办',
  '怎么样',
  '怎么回事',
  '怎么',
  '为什么',
  '为啥',
  '什么',
  '怎样',
  '如何',
  '是不是',
  '能不能',
  '可不可以',
  '有没有',
  '会不会',
  '没有',
  '还是',
  '还没',
  '一直',
  '已经',
  '我们',
  '你们',
  '他们',
  '自己',
  '一下',
  '这个',
  '那个',
  '这样',
  '那样',
  '请问',
  '你好',
  '您好',
  '谢谢',
  '麻烦',
  '就是',
  '但是',
  '可是',
  '因为',
  '所以',
  '然后',
  '现在',
  '到底',
  '而且',
  '还有',
  '结果',
  '一个',
  '一次',
  '这么',
  '那么',
  '的',
  '了',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '哦',
  '嘛',
  '么',
  '我',
  '你',
  '他',
  '她',
  '它',
  '您',
  '还',
  '都',
  '也',
  '就',
  '又',
  '很',
  '太',
  '被',
  '把',
  '给',
  '是',
  '在',
  '和',
  '跟',
  '与',
  '让',
  '要',
  '想',
  '会',
  '能',
  '没',
  '不',
  '这',
  '那',
  '有',
  '说',
  '再',
  '才',
  '啦',
  '哈',
  '哎',
  '嗯',
  '喂',
  '个',
  '得',
  '地',
  '着',
  '过',
  '办',
  '下',
]);

const HAN = /\p{Script=Han}/u;
/** Runs of text between spaces and punctuation. */
const RUN = /[\p{L}\p{N}]+/gu;

/** A word of a text and where it starts (UTF-16 offset). */
export interface Segment {
  segment: string;
  index: number;
}

/** Splits text into words: the browser's segmenter where there is one (every current browser, Node). */
export type WordSegmenter = (text: string) => Segment[];

export const defaultSegmenter: WordSegmenter = (() => {
  const segmenter =
    typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;
  return (text: string) =>
    segmenter ? [...segmenter.segment(text)].filter((segment) => segment.isWordLike) : [{ segment: text, index: 0 }];
})();

/** Degree words the segmenter leaves on the word they qualify (很慢, 太贵, 好差). */
const INTENSIFIERS = /^[很太挺好真超]+/u;

/** A word without the degree word it starts with (很慢 → 慢). */
const trimIntensifier = (word: string): string => word.replace(INTENSIFIERS, '');

/** A stretch of the query (UTF-16 offsets, end exclusive), with stretches inside it that count as finding it too. */
interface Span {
  start: number;
  end: number;
  also: Span[];
}

/**
 * The words of a leftover stretch worth searching: the segmenter's words without fillers. Characters it leaves
 * alone are joined with their single neighbours (its dictionary splits 到账 or 宽带 into characters); three or
 * more so joined are found by any of their pairs as well (宽带装 by 宽带). A single Han character left alone is
 * dropped (it would match nearly everything).
 */
function leftoverWords(text: string, offset: number, segment: WordSegmenter, fine: boolean): Span[] {
  const words: Span[] = [];
  let single: Segment[] = [];
  const flush = () => {
    const span = (from: Segment, to: Segment): Span => ({
      start: offset + from.index,
      end: offset + to.index + to.segment.length,
      also: [],
    });
    if (fine) {
      // Finer: each pair of the joined characters on its own, and a character left alone too.
      if (single.length === 1) words.push(span(single[0]!, single[0]!));
      else words.push(...single.slice(1).map((to, index) => span(single[index]!, to)));
    } else if (single.length > 1 || (single.length === 1 && !HAN.test(single[0]!.segment))) {
      words.push({
        ...span(single[0]!, single.at(-1)!),
        also: single.length > 2 ? single.slice(1).map((to, index) => span(single[index]!, to)) : [],
      });
    }
    single = [];
  };
  for (const word of segment(text)) {
    if (FILLER_WORDS.has(word.segment)) flush();
    else if ([...word.segment].length === 1 && HAN.test(word.segment)) single.push(word);
    else {
      flush();
      const start = offset + word.index;
      const end = start + word.segment.length;
      // Finer: a word is also found without the degree word it starts with (很慢 by 慢).
      const trimmed = fine ? trimIntensifier(word.segment) : word.segment;
      words.push({
        start,
        end,
        also:
          trimmed && trimmed !== word.segment
            ? [
                {
                  start: start + word.segment.indexOf(trimmed),
                  end: start + word.segment.indexOf(trimmed) + trimmed.length,
                  also: [],
                },
              ]
            : [],
      });
    }
  }
  flush();
  return words;
}

export interface RelaxOptions {
  /** The query before folding, character for character (`foldQuery`): the parts' written forms come from it. */
  written?: string;
  /**
   * A second, finer cut for when the first finds nothing: lexicon phrases are cut into their words too (配送超时 →
   * 配送、超时, each expanded), characters the segmenter leaves alone are kept, in pairs or alone (吼), and a word
   * that begins a lexicon word finds that word's group (首解 → 首解率 → 首次解决…).
   */
  fine?: boolean;
  segment?: WordSegmenter;
}

/**
 * The parts of a query, each with its alternatives. `folded` is the query as the lexicon's words are stored
 * (Traditional folded to Simplified, lower case), and is the text the parts are cut from.
 */
export function relaxQuery(
  folded: string,
  lexicon: CompiledLexicon,
  { written = folded, fine = false, segment = defaultSegmenter }: RelaxOptions = {},
): MeaningPart[] {
  const shown = written.length === folded.length ? written : folded;
  const parts = new Map<string, MeaningPart>();
  const add = ({ start, end, also }: Span, group?: number) => {
    const text = folded.slice(start, end);
    if (parts.has(text)) return;
    const pieces = Object.fromEntries(
      also.map((span) => [folded.slice(span.start, span.end), shown.slice(span.start, span.end)]),
    );
    const expanded = lexicon.expand(text);
    // Finer: a word the lexicon lacks but that begins one of its words (首解 of 首解率) finds that word's group.
    const completion =
      fine && expanded.length === 1 && [...text].length > 1 && HAN.test(text) ? lexicon.complete(text)[0] : undefined;
    const alternatives = [
      ...new Set([
        ...expanded,
        ...(completion === undefined ? [] : lexicon.expand(completion)),
        ...Object.keys(pieces),
      ]),
    ].slice(0, MAX_ALTERNATIVES);
    parts.set(text, {
      text,
      written: shown.slice(start, end),
      alternatives,
      pieces,
      ...(group === undefined ? {} : { group }),
    });
  };
  for (const run of folded.slice(0, MAX_RELAXED_LENGTH).matchAll(RUN)) {
    const runStart = run.index;
    const text = run[0];
    if (!HAN.test(text)) {
      add({ start: runStart, end: runStart + text.length, also: [] });
      continue;
    }
    let position = 0;
    const leftover = (end: number) => {
      // Cut in the folded text, so a filler typed in Traditional (怎麼辦) is told as one typed in Simplified.
      if (end > position)
        for (const span of leftoverWords(
          folded.slice(runStart + position, runStart + end),
          runStart + position,
          segment,
          fine,
        ))
          add(span);
    };
    for (const match of lexicon.find(text)) {
      leftover(match.start);
      // A phrase of the lexicon (两个字以上的词) is cut finer only on the second try.
      if (fine && match.end - match.start > 2) leftover(match.end);
      else add({ start: runStart + match.start, end: runStart + match.end, also: [] }, match.group);
      position = match.end;
    }
    leftover(text.length);
  }
  return [...parts.values()].slice(0, MAX_MEANING_PARTS);
}

/**
 * The query as the browser's lexicon holds its words: normalised as the literal search does (at most
 * `MAX_RELAXED_LENGTH` characters) and each character folded by the search's variant table (`foldByTable`).
 */
export function foldQuery(raw: string, fold: Fold): { folded: string; written: string } {
  const written = normalizeQuery(raw.slice(0, MAX_RELAXED_LENGTH * 2), MAX_RELAXED_LENGTH);
  return { folded: [...written].map(fold).join(''), written };
}

/**
 * The lexicon as the browser gets it (`casebook-lexicon.json`): every word folded at build time with the fold the
 * search index uses, so the browser folds only the query, with the variant shards it fetches for it anyway.
 */
export function browserLexicon(groups: readonly LexiconGroup[], fold: (text: string) => string): BrowserLexicon {
  const written: Record<string, string> = {};
  const folded = (words: readonly string[]) => [
    ...new Set(
      words.flatMap((word) => {
        const key = fold(word);
        if (key && key !== word) written[key] = word;
        return key ? [key] : [];
      }),
    ),
  ];
  return {
    ...serializeLexicon(
      compileLexicon(groups.map((group) => ({ words: folded(group.words), narrower: folded(group.narrower) }))),
    ),
    written,
  };
}

/**
 * The browser's lexicon file: the words folded, how the words whose folded form differs are written (for messages),
 * and where the entries containing each word are listed (concept-postings.ts; absent in a file from an older build).
 */
export interface BrowserLexicon extends SerializedLexicon {
  written: Record<string, string>;
  concepts?: ConceptPostingsMeta;
}

/** Whether a relaxation says anything the literal search did not already: a lexicon word, or more than one part. */
export function relaxes(parts: readonly MeaningPart[]): boolean {
  return parts.length > 1 || parts.some((part) => part.alternatives.length > 1);
}

export interface CoverageHit {
  id: string;
  /** Weighted share of the query's (searchable) parts the entry covers, 0–1. */
  coverage: number;
  /** Indexes of the parts it covers, in query order. */
  covered: number[];
  /** Sum of the literal engine's scores over the covered parts (ranks entries of equal coverage). */
  score: number;
}

/**
 * Entries ranked by how much of the query they cover. `matches[i]` holds the entries (with their literal scores)
 * that part i's alternatives find; `total` is the number of entries searched, for the parts' weights (a part
 * most entries contain says little). Parts that find nothing are left out; an entry must cover at least half
 * of the others, or, when none does, as many as the best-covered entry.
 */
export function rankByCoverage(
  matches: readonly ReadonlyMap<string, number>[],
  total: number,
  exclude: ReadonlySet<string> = new Set(),
): CoverageHit[] {
  const weights = matches.map((found) => (found.size ? Math.log(1 + Math.max(total, found.size) / found.size) : 0));
  const sum = weights.reduce((a, b) => a + b, 0);
  const searchable = weights.filter((weight) => weight > 0).length;
  if (!searchable) return [];
  const hits = new Map<string, CoverageHit>();
  matches.forEach((found, part) => {
    for (const [id, score] of found) {
      if (exclude.has(id)) continue;
      const hit = hits.get(id) ?? { id, coverage: 0, covered: [], score: 0 };
      hit.coverage += weights[part]! / sum;
      hit.covered.push(part);
      hit.score += score;
      hits.set(id, hit);
    }
  });
  const all = [...hits.values()];
  const best = Math.max(0, ...all.map((hit) => hit.covered.length));
  const required = Math.min(best, Math.ceil(searchable / 2));
  return all
    .filter((hit) => hit.covered.length >= required)
    .sort((a, b) => b.coverage - a.coverage || b.score - a.score || a.id.localeCompare(b.id));
}

/**
 * Reciprocal-rank fusion of ranked lists of keys (here: page URLs): each list adds weight / (k + rank) to a key's
 * score. Lists need no comparable scores, which the literal engine's and the finder's are not.
 */
export function fuseRankings(lists: readonly { keys: readonly string[]; weight: number }[], k = 10): string[] {
  const scores = new Map<string, number>();
  for (const { keys, weight } of lists)
    keys.forEach((key, rank) => scores.set(key, (scores.get(key) ?? 0) + weight / (k + rank + 1)));
  return [...scores].sort((a, b) => b[1] - a[1]).map(([key]) => key);
}

/** A query long enough to be a pasted text rather than typed words. */
export const isLongText = (query: string) => [...query.replace(/\s+/g, '')].length > LONG_TEXT;

/** A part as it matched one entry: `via` is the alternative found in it (the part itself, or a synonym). */
export interface MatchedWord {
  part: string;
  via: string;
}

export interface MeaningMatch extends CoverageHit {
  /** The covered parts, in query order, each with the word that matched. */
  words: MatchedWord[];
}

/** What meaning matching needs of the literal engine (`SearchEngine`). */
export interface LiteralMatcher {
  matchAny(texts: readonly string[], filters?: SearchState['filters']): Promise<Map<string, number>>;
  /** Entries found another way (the lexicon's postings), filtered and weighed by standing as `matchAny`'s are. */
  admit(found: ReadonlyMap<string, number>, filters?: SearchState['filters']): Map<string, number>;
  record(id: string): Pick<SearchRecord, 'kind'> | undefined;
  readonly size: number;
}

/** Entries containing lexicon words, read from the build's postings (concept-postings.ts) instead of the index. */
export interface ConceptSource {
  /**
   * For each of `words` the postings list (a lexicon word's): its entries, each with a weight; other words are left
   * out.
   */
  find(words: readonly string[]): Promise<Map<string, Map<string, number>>>;
}

/**
 * A daily entry retells a case with the morning meeting's questions: among entries covering as much of the query
 * it comes after the case itself, the scripts and the practices.
 */
const KIND_FACTOR: Partial<Record<EntryKind, number>> = { daily: 0.5 };

/**
 * Runs each part's alternatives through the literal engine (with the page's filters) and ranks the entries by
 * coverage, leaving out `exclude` (the literal results, already shown above).
 */
export async function findByMeaning(
  engine: LiteralMatcher,
  parts: readonly MeaningPart[],
  filters: SearchState['filters'] = {},
  exclude: ReadonlySet<string> = new Set(),
  concepts?: ConceptSource,
): Promise<MeaningMatch[]> {
  const perPart = await Promise.all(
    parts.map(async (part) => {
      const listed = (await concepts?.find(part.alternatives)) ?? new Map<string, Map<string, number>>();
      const found = await Promise.all(
        part.alternatives.map((alternative) =>
          listed.has(alternative)
            ? Promise.resolve(engine.admit(listed.get(alternative)!, filters))
            : engine.matchAny([alternative], filters),
        ),
      );
      const scores = new Map<string, number>();
      const via = new Map<string, string>();
      found.forEach((matches, index) => {
        for (const [id, score] of matches) {
          const kind = engine.record(id)?.kind;
          scores.set(id, Math.max(score * ((kind && KIND_FACTOR[kind]) ?? 1), scores.get(id) ?? 0));
          // The first alternative that finds it: the part's own word before its synonyms.
          if (!via.has(id)) via.set(id, part.alternatives[index]!);
        }
      });
      // Every part's scores on one scale, its best entry 1: the index's scores and the postings' weights differ.
      let best = 0;
      for (const score of scores.values()) best = Math.max(best, score);
      for (const [id, score] of scores) scores.set(id, score / (best || 1));
      return { scores, via };
    }),
  );
  return rankByCoverage(
    perPart.map((part) => part.scores),
    engine.size,
    exclude,
  ).map((hit) => ({
    ...hit,
    words: hit.covered.map((index) => ({ part: parts[index]!.text, via: perPart[index]!.via.get(hit.id)! })),
  }));
}
