/**
 * The finder's ranking (粘贴客户原话找相似案例), free of the page: given a way to read the finder's files
 * (`finder-index.ts`; in the browser a `fetch`, in tests and benchmarks the built files), it loads what a
 * pasted text needs, ranks the cases, says how close each is and why, and when no case is close guesses
 * the failure type for the help it can offer, beside the nearest few cases for the agent to check. The search
 * page may use it through `openFinder`.
 */
import { DEFAULT_ROLE, loadLexicon, type CompiledLexicon, type SerializedLexicon } from '../lexicon/index.ts';
import { ARCHIVED_FACTOR, foldText, textKey } from './cases.ts';
import { conceptGroup, conceptOptions, isStandIn } from './concepts.ts';
import {
  aboutAnother,
  conceptPart,
  confidenceOf,
  CONFIDENCE_FLOOR,
  namesTheProblem,
  strengthOf,
} from './confidence.ts';
import {
  decodeFinderShards,
  shardOf,
  type FinderCase,
  type FinderChunk,
  type FinderHelp,
  type FinderMeta,
  type FinderShard,
} from './finder-index.ts';
import { loadSimilarityIndex, termsFor, type QueryTermOptions, type SimilarityIndex } from './similarity.ts';
import { rememberingFold, sharedWords, synonymPairs } from './words.ts';

/** Reads one of the finder's files by name (`meta.json`, `terms-3.json` …) and resolves with its JSON. */
export type FinderFiles = (name: string) => Promise<unknown>;

export interface FinderResult extends FinderCase {
  /** Confidence, 0–1 (see `confidence.ts`). */
  score: number;
  /** `distant`: below the floor, one of the nearest cases shown beside "no close case". */
  strength: 'close' | 'partial' | 'distant';
  /** Whole words of the case that the pasted text has, best first. */
  shared: string[];
  /** Lexicon synonyms: [the pasted text's word, the case's word]. */
  synonyms: [string, string][];
}

export interface FinderAnswer {
  /** Cases at or above the confidence floor, best first. Empty: no close case. */
  results: FinderResult[];
  /**
   * When no case is close: the nearest few that share a word or a synonym with the text, best first, for the
   * agent to check (empty when `results` is not). New wording of a covered complaint often falls under the
   * floor while its case still ranks first.
   */
  nearest: FinderResult[];
  /** The best case's confidence, shown or not (0 when no case shares a term): for calibrating the floor. */
  best: number;
  /** When no case is close: the failure subtype of the nearest cases, if they are near enough to guess from. */
  guess?: string;
}

/**
 * Characters a customer may insert into a lexicon word (账号被平台封了 for 账号被封): pasted complaints say who did it
 * or how in the middle of the phrase. Only the finder reads pasted text so; cases are written in the library's words.
 */
export const WORDS_INSERTED = 3;

/** Cases shown at most. */
export const SHOWN = 10;
/**
 * Below the floor, a case is still near enough from this score up to offer as one of the nearest, and the
 * nearest one's failure type as a guess.
 */
const NEAR_FROM = CONFIDENCE_FLOOR / 2;
/** Nearest cases shown at most beside "no close case". */
export const NEAREST_SHOWN = 3;

export interface Finder {
  rank(text: string): Promise<FinderAnswer>;
  /** The help for a failure subtype (from `help.json`, read on first use). */
  help(failureType: string): Promise<FinderHelp | undefined>;
}

/**
 * Opens the finder: reads `meta.json` and `lexicon.json`. `fold` is the search's Traditional→Simplified table
 * (`casebook-variants.json`'s `fold`); an empty one compares texts as written.
 */
export async function openFinder(files: FinderFiles, fold: Readonly<Record<string, string>> = {}): Promise<Finder> {
  const [meta, serializedLexicon] = (await Promise.all([files('meta.json'), files('lexicon.json')])) as [
    FinderMeta,
    SerializedLexicon,
  ];
  const key = textKey(fold);
  const wordKey = rememberingFold(key);
  const lexicon: CompiledLexicon = loadLexicon(serializedLexicon, key, { gap: WORDS_INSERTED });
  // Concepts some case has, from the shards loaded so far (a text's own concepts are loaded before it is ranked).
  const inLibrary = new Set<number>();
  const options: QueryTermOptions = {
    normalize: (text) => foldText(text, fold),
    ...conceptOptions(lexicon, key, (group) => inLibrary.has(group)),
  };
  const shards = new Map<number, Promise<FinderShard>>();
  const chunks = new Map<number, Promise<FinderChunk>>();
  let help: Promise<Record<string, FinderHelp>> | undefined;
  let loaded: { count: number; index: SimilarityIndex } | undefined;
  const archived = new Set(meta.archived);

  /** A numbered file, read once (and again after a failure). */
  const file = <T>(cache: Map<number, Promise<T>>, name: string, number: number): Promise<T> => {
    let loading = cache.get(number);
    if (!loading) {
      loading = files(`${name}-${number}.json`) as Promise<T>;
      loading.catch(() => cache.delete(number));
      cache.set(number, loading);
    }
    return loading;
  };
  const caseOf = async (document: number) =>
    (await file(chunks, 'cases', Math.floor(document / meta.chunkSize))).cases[document % meta.chunkSize]!;

  return {
    async rank(text) {
      const terms = termsFor(text, options, 'query');
      const wanted = new Set(terms.flatMap((term) => (isStandIn(term) ? [] : [shardOf(term, meta.shards)])));
      const roleOf = (group: number) => lexicon.groups[group]?.role ?? DEFAULT_ROLE;
      // The roles of the concepts the text names (a case sharing none of its problems is about another).
      const named = terms.flatMap((term) => {
        const group = conceptGroup(term);
        return group === undefined ? [] : [roleOf(group)];
      });
      await Promise.all([...wanted].map((shard) => file(shards, 'terms', shard)));
      const all = await Promise.all([...shards.values()]);
      if (loaded?.count !== all.length) {
        for (const shard of all)
          for (const [term, flat] of Object.entries(shard.terms)) {
            const group = conceptGroup(term);
            if (group !== undefined && flat.length > 1) inLibrary.add(group);
          }
        loaded = { count: all.length, index: loadSimilarityIndex(decodeFinderShards(meta, all), options) };
      }
      const { index } = loaded;
      // More matches by cosine than shown: ranked by confidence, the order changes. An archived case keeps its
      // confidence (it still fits) but comes after current cases that fit about as well.
      const ranked = index
        .query(text, { limit: SHOWN * 2 })
        .map((match) => {
          const concepts = index.sharedTerms(text, match.id, Infinity).flatMap(({ term, weight }) => {
            const group = conceptGroup(term);
            return group === undefined ? [] : [{ weight, role: roleOf(group) }];
          });
          const concept = namesTheProblem(concepts);
          const score = confidenceOf({
            cosine: match.score,
            coverage: index.coverage(text, match.id),
            concepts: conceptPart(concepts),
            otherProblem: aboutAnother(
              named,
              concepts.map(({ role }) => role),
            ),
          });
          const document = Number(match.id);
          return {
            document,
            score,
            concept,
            order: score * (archived.has(document) ? ARCHIVED_FACTOR : 1),
          };
        })
        .sort((a, b) => b.order - a.order || a.document - b.document);
      const best = Math.max(0, ...ranked.map((match) => match.score));
      const textKeyed = key(text);
      const resultsOf = (
        matches: typeof ranked,
        strength: (match: (typeof ranked)[number]) => FinderResult['strength'],
      ) =>
        Promise.all(
          matches.map(async (match): Promise<FinderResult> => {
            const found = await caseOf(match.document);
            return {
              ...found,
              score: match.score,
              strength: strength(match),
              shared: sharedWords(textKeyed, found.words, wordKey),
              synonyms: synonymPairs(textKeyed, found.words, lexicon, wordKey),
            };
          }),
        );
      const shown = ranked.filter((match) => match.score >= CONFIDENCE_FLOOR).slice(0, SHOWN);
      if (shown.length) {
        const results = await resultsOf(
          shown,
          ({ score, concept }) => strengthOf(score, concept) as FinderResult['strength'],
        );
        return { results, nearest: [], best };
      }
      // Offered only with a reason the agent can check: a shared word or a synonym.
      const near = ranked.filter((match) => match.score >= NEAR_FROM);
      const nearest = (await resultsOf(near.slice(0, SHOWN), () => 'distant'))
        .filter((result) => result.shared.length || result.synonyms.length)
        .slice(0, NEAREST_SHOWN);
      const guess = ranked[0] && ranked[0].score >= NEAR_FROM && (await caseOf(ranked[0].document)).failureType;
      return { results: [], nearest, best, ...(guess ? { guess } : {}) };
    },
    async help(failureType) {
      help ??= files('help.json') as Promise<Record<string, FinderHelp>>;
      help.catch(() => (help = undefined));
      const all = await help;
      return Object.hasOwn(all, failureType) ? all[failureType] : undefined;
    },
  };
}
