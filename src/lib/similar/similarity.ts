/**
 * Text similarity for spotting near-duplicate entries: TF-IDF weighted terms compared by cosine.
 *
 * Chinese has no spaces, so a text's terms are its overlapping character pairs (bigrams: 退款到账 →
 * 退款 款到 到账), plus whole Latin words and numbers (5G, NPS, ETC). Pairs that occur in most
 * entries (客户, 处理) weigh little; rare ones (预售, 尾款) weigh a lot. Scores run from 0 (nothing in
 * common) to 1 (the same terms in the same proportions).
 *
 * Used by `npm run new` to list existing cases like the one being started; the API is general
 * (an index of any documents → the top k with scores) so other features can reuse it.
 */

export interface SimilarityDocument {
  id: string;
  text: string;
}

export interface SimilarityMatch {
  id: string;
  /** Cosine similarity, 0–1. */
  score: number;
}

export interface SimilarityOptions {
  /**
   * Applied to every text before it is split into terms, e.g. a Traditional→Simplified converter so
   * that 退款 and 退款 in either script meet. Default: none.
   */
  normalize?: (text: string) => string;
  /**
   * Keep, for each term, only the documents in which it weighs most (impact-ordered truncation). A term
   * that thousands of documents share then costs a bounded amount per query, so comparing every document
   * with all the others stays close to linear in the number of documents; the heavy matches that decide
   * the top of a ranking are kept. Default: no limit (exact cosine).
   */
  maxPostingsPerTerm?: number;
  /**
   * Terms added to a normalised text's own, e.g. lexicon concepts (雪糕 and 冻品 both add one concept term).
   * `role` tells a document being indexed from a text compared with the documents, for one-way relations.
   */
  extraTerms?: (text: string, role: 'document' | 'query') => readonly string[];
  /**
   * The normalised text as its character pairs are to be taken, e.g. with the lexicon's words blanked out: their
   * concept terms stand for them, so a word counts once whether the other text uses it or a synonym. Default: as is.
   */
  pairsFrom?: (text: string, role: 'document' | 'query') => string;
}

/** What a loaded index needs to weigh a query as the built one did. */
export type QueryTermOptions = Pick<SimilarityOptions, 'normalize' | 'extraTerms' | 'pairsFrom'>;

export interface QueryOptions {
  /** At most this many matches (default 5). */
  limit?: number;
  /** Leave out matches scoring below this (default 0, i.e. anything with a term in common). */
  minScore?: number;
  /** Ids to leave out, e.g. the document being compared with the others. */
  exclude?: Iterable<string>;
}

export interface SharedTerm {
  term: string;
  /** The term's share of the cosine score. */
  weight: number;
}

export interface SimilarityIndex {
  /** Number of documents indexed. */
  readonly size: number;
  /** The documents most similar to `text`, best first (equal scores in the order the documents were given). */
  query(text: string, options?: QueryOptions): SimilarityMatch[];
  /** The terms of `text` that make it similar to document `id`, heaviest first: why the two matched. */
  sharedTerms(text: string, id: string, limit?: number): SharedTerm[];
  /**
   * How much of `text` document `id` accounts for, 0–1: the share of the text's weight on the terms the two share.
   * Cosine asks how alike the two are; this asks how much of what the text says the document covers.
   */
  coverage(text: string, id: string): number;
  /**
   * The index as plain data (no texts), to be queried elsewhere, e.g. in the browser, through `loadSimilarityIndex`.
   */
  serialize(): SerializedSimilarityIndex;
}

/**
 * An index as plain data. `terms` may hold only some terms (those of the queries to come): a query's
 * result depends only on its own terms, so a browser can fetch just those.
 */
export interface SerializedSimilarityIndex {
  ids: string[];
  /** Per term: how many documents contain it, and its postings as [document number, weight] in document order. */
  terms: Record<string, { frequency: number; postings: [number, number][] }>;
}

const HAN = /\p{Script=Han}/u;
const RUN = /\p{Script=Han}+|[\p{L}\p{N}]+/gu;

/**
 * The terms of a text: character bigrams of each run of Han characters (a single character stands
 * alone), and each run of letters or digits as one lower-cased word. Width forms are unified (ＮＰＳ → nps).
 */
export function terms(text: string): string[] {
  const result: string[] = [];
  for (const [run] of text.normalize('NFKC').toLowerCase().matchAll(RUN)) {
    if (!HAN.test(run)) {
      result.push(run);
      continue;
    }
    const characters = [...run];
    if (characters.length === 1) result.push(run);
    for (let position = 0; position + 1 < characters.length; position += 1)
      result.push(characters[position]! + characters[position + 1]!);
  }
  return result;
}

function counts(items: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}

/** Unit-length vector of `(1 + log tf) × idf` weights. */
function weigh(termCounts: Map<string, number>, idf: (term: string) => number): Map<string, number> {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of termCounts) {
    const weight = (1 + Math.log(count)) * idf(term);
    vector.set(term, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

/** A term's postings in document order, as parallel typed arrays (compact, and fast to scan). */
interface Postings {
  documents: Int32Array;
  weights: Float64Array;
}

function postingsFrom(pairs: readonly (readonly [number, number])[]): Postings {
  return {
    documents: Int32Array.from(pairs, ([document]) => document),
    weights: Float64Array.from(pairs, ([, weight]) => weight),
  };
}

/** What a query reads, whether the index was just built or loaded from serialized data. */
interface IndexData {
  ids: readonly string[];
  /** Documents containing the term, counted before any truncation (it decides the IDF). */
  frequency: (term: string) => number;
  postings: (term: string) => Postings | undefined;
  /** The weighted terms of a text compared with the documents. */
  termsOf: (text: string) => Map<string, number>;
}

/** Every term of a text in its role, as an index built or loaded with `options` weighs it (repeats kept). */
export function termsFor(text: string, options: QueryTermOptions, role: 'document' | 'query'): string[] {
  const normalized = options.normalize ? options.normalize(text) : text;
  const own = terms(options.pairsFrom ? options.pairsFrom(normalized, role) : normalized);
  return options.extraTerms ? [...own, ...options.extraTerms(normalized, role)] : own;
}

/** The term counts of a text: its own terms and the extra ones for its role. */
function termCounter(options: QueryTermOptions, role: 'document' | 'query'): (text: string) => Map<string, number> {
  return (text) => counts(termsFor(text, options, role));
}

/** The weight of `document` in a term's postings (binary search), if it is there. */
function weightOf({ documents, weights }: Postings, document: number): number | undefined {
  let low = 0;
  let high = documents.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const candidate = documents[middle]!;
    if (candidate === document) return weights[middle];
    if (candidate < document) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

function searchable(data: IndexData, serialize: () => SerializedSimilarityIndex): SimilarityIndex {
  const total = data.ids.length;
  // Smoothed IDF: a term in every document still counts a little; a term in none (query only) counts most.
  const idf = (term: string) => Math.log((total + 1) / (data.frequency(term) + 1)) + 1;
  // The last text's vector is kept: explaining several matches of one query (`sharedTerms`) reuses it.
  let last: { text: string; vector: Map<string, number> } | undefined;
  const vectorOf = (text: string) => {
    if (last?.text !== text) last = { text, vector: weigh(data.termsOf(text), idf) };
    return last.vector;
  };
  const numberOf = new Map(data.ids.map((id, document) => [id, document]));
  /** The terms `text` shares with document `id`: the term, its weight in the text and in the document. */
  function* sharedWeights(text: string, id: string): Generator<[string, number, number]> {
    const document = numberOf.get(id);
    if (document === undefined) return;
    for (const [term, weight] of vectorOf(text)) {
      const postings = data.postings(term);
      const documentWeight = postings && weightOf(postings, document);
      if (documentWeight !== undefined) yield [term, weight, documentWeight];
    }
  }
  const scores = new Float64Array(total);
  return {
    size: total,
    query(text, { limit = 5, minScore = 0, exclude = [] } = {}) {
      const excluded = new Set([...exclude].map((id) => numberOf.get(id)));
      // Scores accumulate in one array reused by every query; only the documents touched are read and reset.
      const touched: number[] = [];
      for (const [term, weight] of vectorOf(text)) {
        const postings = data.postings(term);
        if (!postings) continue;
        const { documents, weights } = postings;
        for (let position = 0; position < documents.length; position += 1) {
          const document = documents[position]!;
          const sum = scores[document]!;
          if (sum === 0) touched.push(document);
          scores[document] = sum + weight * weights[position]!;
        }
      }
      // The best `limit` documents, kept in order as candidates come: most score below the last one kept and
      // cost one comparison (no allocation, which matters when a query touches thousands of documents).
      const best: number[] = [];
      const score = (document: number) => Math.min(1, scores[document]!);
      // Equal scores keep the documents' order: a string comparison here would dominate when many tie.
      const before = (a: number, b: number) => score(b) - score(a) || a - b;
      for (const document of touched) {
        const value = score(document);
        if (
          limit > 0 &&
          value > 0 &&
          value >= minScore &&
          !excluded.has(document) &&
          (best.length < limit || before(document, best[limit - 1]!) < 0)
        ) {
          let position = best.length;
          while (position > 0 && before(document, best[position - 1]!) < 0) position -= 1;
          best.splice(position, 0, document);
          if (best.length > limit) best.pop();
        }
      }
      const matches = best.map((document) => ({ id: data.ids[document]!, score: score(document) }));
      for (const document of touched) scores[document] = 0;
      return matches;
    },
    sharedTerms(text, id, limit = 5) {
      const shared: SharedTerm[] = [];
      for (const [term, weight, documentWeight] of sharedWeights(text, id))
        shared.push({ term, weight: weight * documentWeight });
      return shared.sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term)).slice(0, limit);
    },
    coverage(text, id) {
      let covered = 0;
      for (const [, weight] of sharedWeights(text, id)) covered += weight * weight;
      return covered;
    },
    serialize,
  };
}

/** A growable Int32Array (the compact build keeps every document's terms in a few of these). */
class IntList {
  values = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/**
 * Indexes documents for `query`. Building is linear in the total text; a query touches only documents sharing a term.
 * Every document's terms are held as numbers in typed arrays until the postings are laid out, not as a map per
 * document: at 70,000 cases that is tens of megabytes instead of a gigabyte.
 */
export function createSimilarityIndex(
  documents: readonly SimilarityDocument[],
  options: SimilarityOptions = {},
): SimilarityIndex {
  const documentCounts = termCounter(options, 'document');
  const termNumbers = new Map<string, number>();
  const termNames: string[] = [];
  const documentFrequency = new IntList();
  // Document d's terms (as numbers, in the order its text gives them) and their counts: entries starts[d]..starts[d+1].
  const documentTerms = new IntList();
  const documentTermCounts = new IntList();
  const starts = new Int32Array(documents.length + 1);
  documents.forEach((document, number) => {
    starts[number] = documentTerms.length;
    for (const [term, count] of documentCounts(document.text)) {
      let termNumber = termNumbers.get(term);
      if (termNumber === undefined) {
        termNumbers.set(term, (termNumber = termNames.length));
        termNames.push(term);
        documentFrequency.push(0);
      }
      documentFrequency.values[termNumber]! += 1;
      documentTerms.push(termNumber);
      documentTermCounts.push(count);
    }
  });
  starts[documents.length] = documentTerms.length;
  const frequency = new Map(termNames.map((term, number) => [term, documentFrequency.values[number]!]));
  const total = documents.length;
  const idf = (term: string) => Math.log((total + 1) / ((frequency.get(term) ?? 0) + 1)) + 1;
  // Every term's postings in document order, laid end to end: term t's are offsets[t]..offsets[t+1].
  const offsets = new Int32Array(termNames.length + 1);
  for (let term = 0; term < termNames.length; term += 1)
    offsets[term + 1] = offsets[term]! + documentFrequency.values[term]!;
  const filled = offsets.slice(0, termNames.length);
  const postingDocuments = new Int32Array(documentTerms.length);
  const postingWeights = new Float64Array(documentTerms.length);
  for (let document = 0; document < total; document += 1) {
    const termCounts = new Map<string, number>();
    for (let entry = starts[document]!; entry < starts[document + 1]!; entry += 1)
      termCounts.set(termNames[documentTerms.values[entry]!]!, documentTermCounts.values[entry]!);
    for (const [term, weight] of weigh(termCounts, idf)) {
      const slot = filled[termNumbers.get(term)!]!++;
      postingDocuments[slot] = document;
      postingWeights[slot] = weight;
    }
  }
  const cap = options.maxPostingsPerTerm;
  const postings = new Map<string, Postings>();
  termNames.forEach((term, number) => {
    const from = offsets[number]!;
    const to = offsets[number + 1]!;
    if (cap === undefined || to - from <= cap) {
      postings.set(term, { documents: postingDocuments.slice(from, to), weights: postingWeights.slice(from, to) });
      return;
    }
    const kept = Array.from({ length: to - from }, (_, position) => from + position)
      .sort((a, b) => postingWeights[b]! - postingWeights[a]! || postingDocuments[a]! - postingDocuments[b]!)
      .slice(0, cap)
      .sort((a, b) => postingDocuments[a]! - postingDocuments[b]!);
    postings.set(term, {
      documents: Int32Array.from(kept, (slot) => postingDocuments[slot]!),
      weights: Float64Array.from(kept, (slot) => postingWeights[slot]!),
    });
  });
  const ids = documents.map((document) => document.id);
  const termsOf = termCounter(options, 'query');
  return searchable(
    { ids, frequency: (term) => frequency.get(term) ?? 0, postings: (term) => postings.get(term), termsOf },
    () => ({
      ids,
      terms: Object.fromEntries(
        [...postings].map(([term, { documents: numbers, weights }]) => [
          term,
          {
            frequency: frequency.get(term)!,
            postings: Array.from(numbers, (document, position): [number, number] => [document, weights[position]!]),
          },
        ]),
      ),
    }),
  );
}

/** Queries an index serialized by `SimilarityIndex.serialize` (or the part of it that holds a query's terms). */
export function loadSimilarityIndex(data: SerializedSimilarityIndex, options: QueryTermOptions = {}): SimilarityIndex {
  // Maps, not the plain object: a term such as “constructor” must not reach Object.prototype.
  const entries = Object.entries(data.terms);
  const frequency = new Map(entries.map(([term, entry]) => [term, entry.frequency]));
  const postings = new Map(entries.map(([term, entry]) => [term, postingsFrom(entry.postings)]));
  return searchable(
    {
      ids: data.ids,
      frequency: (term) => frequency.get(term) ?? 0,
      postings: (term) => postings.get(term),
      termsOf: termCounter(options, 'query'),
    },
    () => data,
  );
}

/**
 * How `npm run new` describes an existing case like the one being started (title and customer's words against
 * each case's title, summary and customer's words). On the sample library two different cases score at most
 * 0.16 against each other, while the same problem retold scores 0.03–0.29: so only from 0.2 is a case called a
 * possible duplicate (and the contributor asked whether to go on); from 0.08 it is listed as related.
 */
export const RELATED_FROM = 0.08;
export const DUPLICATE_FROM = 0.2;

export function resemblance(score: number): 'duplicate' | 'related' | undefined {
  return score >= DUPLICATE_FROM ? 'duplicate' : score >= RELATED_FROM ? 'related' : undefined;
}
