/**
 * `npm run bench:similar [-- --set FILE …] [--scale 1000,10000] [--offline]`
 *
 * Quality and speed of the finder (粘贴客户原话找相似案例) against the built site, in Chromium. Every complaint of
 * the labelled sets goes through the finder's own code (`case-finder.query`); complaints a case covers also
 * through the search page's keyword search (`search-panel.query`, what an agent gets by pasting the same words
 * into the search box: the literal results, then the meaning matches below few of them). Default sets:
 * tests/similar/paraphrases.json and different-words.json (complaints with
 * `cases`: the cases that fit) and no-close-case.json (complaints without `cases`: no case covers them), and the
 * fresh sets fresh-*.json, fresh2-*.json and fresh3-*.json, each held out whole as a part of its own (`Part`).
 *
 * Every figure is printed for the calibration half of the labelled complaints, the held-out half and both
 * (`split.ts`): the thresholds are chosen on the calibration half only, and the held-out half says how well they
 * carry over. Prints the bytes the first paste fetches, the answer times, the misses, per set `finder hit@1 /
 * hit@5` (as shown: a case under the confidence floor is not shown) and the share shown as "no close case", the
 * distributions of the best confidence with what each floor would let through (the calibration of
 * `src/lib/similar/confidence.ts`), and the share of reason words that are whole words or lexicon entries
 * (jieba with its stock dictionary as the judge, on the complaint and on the case).
 *
 * `--scale`: also generates libraries of that many cases (scripts/bench/generate-library.ts) and measures the
 * build-time similarity step (folding, segmenting, index, similar cases), the finder's files and the bytes a
 * paste of each labelled complaint would fetch from them.
 *
 * `--offline`: ranks every labelled complaint with the finder's code in Node, on the built site's finder files (no
 * browser, a second or two), and prints per part the share shown as "no close case" and hit@1 / hit@5 as shown; beside
 * them the same figures if a case's 客户问题 section were a second opinion under the floor (`agreement.ts`).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { config } from '../../src/config.ts';
import { loadLexicon, serializeLexicon, type SerializedLexicon } from '../../src/lib/lexicon/index.ts';
import { buildCaseSimilarity, createSegmenter, variantTableFor } from '../../src/lib/similar/build.ts';
import { foldText, MAX_POSTINGS_PER_TERM, similarityText, textKey } from '../../src/lib/similar/cases.ts';
import { conceptOptions } from '../../src/lib/similar/concepts.ts';
import { CLOSE_FROM, CONFIDENCE_FLOOR } from '../../src/lib/similar/confidence.ts';
import { encodeFinderIndex, type FinderChunk, type FinderMeta } from '../../src/lib/similar/finder-index.ts';
import { openFinder } from '../../src/lib/similar/finder.ts';
import { createSimilarityIndex } from '../../src/lib/similar/similarity.ts';
import { readLexicon, readLibrary } from '../../src/library/read.ts';
import { launchChromium, serveSite } from '../../tests/helpers/browser.ts';
import { submitComplaint } from '../../tests/helpers/finder.ts';
import { projectRoot, siteDir } from '../../tests/helpers/paths.ts';
import { problemSection, shownWithAgreement } from './agreement.ts';
import { generateLibrary } from './generate-library.ts';
import { percentile, searchPanelQuery, servedBytes } from './measure.ts';
import {
  calibratedClose,
  calibratedFloor,
  halfOf,
  MAX_COVERED_HIDDEN,
  MAX_UNCOVERED_CLOSE,
  type Half,
} from './split.ts';

interface Labelled {
  complaint: string;
  /** Absent: no case covers the complaint. */
  cases?: string[];
  kind?: string;
}

interface Answer {
  urls: string[];
  ms: number;
  best: number;
  /** With no close case: the nearest cases listed for the agent to check. */
  nearest: string[];
  strengths: string[];
  reasons: string[][];
  shared: string[][];
}

const { values } = parseArgs({
  options: { set: { type: 'string', multiple: true }, scale: { type: 'string' }, offline: { type: 'boolean' } },
});
const setFiles =
  values.set ??
  [
    'paraphrases',
    'different-words',
    'no-close-case',
    'fresh-different-words',
    'fresh-no-close-case',
    'fresh2-different-words',
    'fresh2-no-close-case',
    'fresh3-different-words',
    'fresh3-no-close-case',
  ].map((name) => path.join(projectRoot, `tests/similar/${name}.json`));
const sets = setFiles.map((file) => ({
  name: path.basename(file, '.json'),
  items: JSON.parse(readFileSync(path.resolve(file), 'utf8')) as Labelled[],
}));
/**
 * The fresh sets (`fresh-*.json`) were written after the calibration half had been read for tuning, and before the
 * next round of it: they are held out whole and reported as a part of their own. Since then they have been read
 * complaint by complaint to find what the finder misunderstands (as the other halves were), so their figures no
 * longer measure unseen wording; a sealed set, kept outside the project, does.
 */
const freshParts = ['fresh', 'fresh2', 'fresh3'] as const;
type Part = Half | (typeof freshParts)[number];
/**
 * The second and third fresh sets (`fresh2-*.json`, `fresh3-*.json`) were each written by someone who read only the
 * cases and the domain vocabulary, never the finder's code, its lexicon or its figures, and kept sealed outside the
 * project through the round of tuning after them: their first measurement is the cleanest measure of how the finder
 * does on wording it has never seen (docs/similar.md keeps those first figures). Once measured they are read like
 * the rest, so only the next sealed set measures the next round.
 */
const partOf = (setName: string, complaint: string): Part =>
  freshParts.find((part) => setName.startsWith(`${part}-`)) ?? halfOf(complaint);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const share = (part: number, whole: number) => (whole ? part / whole : 0).toFixed(3);

/** hit@1 and hit@5 of ranked URL lists against labelled complaints a case covers. */
function hits(items: readonly Labelled[], ranked: readonly string[][]): { at1: number; at5: number } {
  const hit = (k: number) =>
    ranked.filter((urls, index) => urls.slice(0, k).some((url) => items[index]!.cases!.includes(url))).length /
    items.length;
  return { at1: hit(1), at5: hit(5) };
}

const quantiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return [5, 10, 25, 50, 75, 90, 95].map((p) => `p${p}=${percentile(sorted, p).toFixed(3)}`).join(' ');
};

/**
 * The judge of reasons: a reason word is whole if jieba (stock dictionary) cuts it out of the complaint or the case, or
 * if it is a lexicon word.
 */
function reasonJudge(): (word: string, complaint: string, caseUrl: string) => boolean {
  const library = readLibrary();
  const groups = readLexicon();
  const texts = new Map(
    library.cases.map(({ file, data }) => [`/cases/${file.id}/`, similarityText({ id: file.id, data })]),
  );
  const complaints = sets.flatMap((set) => set.items.map((item) => item.complaint));
  const { fold } = variantTableFor(
    [...texts.values(), ...complaints, ...groups.flatMap((group) => [...group.words, ...group.narrower])].join('\n'),
  );
  const key = textKey(fold);
  const lexiconWords = new Set(groups.flatMap((group) => [...group.words, ...group.narrower]).map(key));
  const segment = createSegmenter([]);
  const tokens = new Map<string, Set<string>>();
  const tokensOf = (text: string) => {
    let found = tokens.get(text);
    if (!found) tokens.set(text, (found = new Set(segment(key(text)))));
    return found;
  };
  return (word, complaint, caseUrl) => {
    const folded = key(word);
    return (
      lexiconWords.has(folded) || tokensOf(complaint).has(folded) || tokensOf(texts.get(caseUrl) ?? '').has(folded)
    );
  };
}

async function inBrowser(): Promise<void> {
  const [server, browser] = await Promise.all([serveSite(siteDir), launchChromium()]);
  try {
    // The first paste, cold: a fresh context, the finder page loaded, one complaint typed.
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched: { url: string; bytes: number }[] = [];
    // Bodies arrive after their responses: each is awaited before the files are counted.
    const reading: Promise<void>[] = [];
    const settle = async () => {
      await page.waitForLoadState('networkidle');
      await Promise.all(reading);
    };
    page.on('response', (response) => {
      reading.push(
        response.body().then(
          (body) => void fetched.push({ url: response.url().replace(server.url, ''), bytes: servedBytes(body) }),
          () => undefined,
        ),
      );
    });
    await page.goto(`${server.url}/finder/`);
    await settle();
    const pageBytes = fetched.reduce((sum, item) => sum + item.bytes, 0);
    const before = fetched.length;
    // Timed in the page, from submitting the pasted text to the results on screen (files fetched on the way).
    const firstMs = await submitComplaint(page, sets[0]!.items[0]!.complaint);
    await settle();
    const onPaste = fetched.slice(before);
    console.log(
      `finder page: ${kb(pageBytes)} (gzip) before pasting; ` +
        `the first paste fetched ${kb(onPaste.reduce((sum, item) => sum + item.bytes, 0))} ` +
        `in ${onPaste.length} requests and showed its results ${firstMs.toFixed(0)} ms after submitting`,
    );
    for (const item of onPaste.sort((a, b) => b.bytes - a.bytes))
      console.log(`  ${kb(item.bytes).padStart(9)}  ${item.url}`);

    const answers = new Map<string, Answer[]>();
    const times: number[] = [];
    for (const set of sets) {
      const list: Answer[] = [];
      for (const { complaint } of set.items) {
        const answer = await page.evaluate(
          (text) =>
            (document.querySelector('case-finder') as HTMLElement & { query: (q: string) => Promise<Answer> }).query(
              text,
            ),
          complaint,
        );
        list.push(answer);
        times.push(answer.ms);
      }
      answers.set(set.name, list);
    }
    await Promise.all(reading);
    const allFetched = fetched.slice(before).filter((item) => item.url.includes('/finder/data/'));
    console.log(
      `after all ${times.length} complaints: ${allFetched.length} finder files, ` +
        `${kb(allFetched.reduce((sum, item) => sum + item.bytes, 0))}`,
    );

    await page.goto(`${server.url}/search/`);
    const judge = reasonJudge();
    const halves: Part[] = ['calibration', 'held-out', ...freshParts];
    // Per half, each complaint's best confidence, and whether the page said "no close case".
    const best = new Map(
      halves.map((half) => [
        half,
        {
          covered: [] as number[],
          uncovered: [] as number[],
          coveredHidden: 0,
          uncoveredHidden: 0,
          // The same with the search's agreement as a second opinion under the floor (see below).
          coveredHiddenAgreed: 0,
          uncoveredHiddenAgreed: 0,
        },
      ]),
    );
    let reasonWords = 0;
    let wholeWords = 0;
    const cut: string[] = [];
    const summary: string[] = [];
    for (const set of sets) {
      const list = answers.get(set.name)!;
      const covered = set.items.every((item) => item.cases?.length);
      list.forEach((answer, index) =>
        answer.shared.forEach((words, position) => {
          for (const word of words) {
            reasonWords += 1;
            if (judge(word, set.items[index]!.complaint, answer.urls[position]!)) wholeWords += 1;
            else cut.push(`「${word}」 ${set.items[index]!.complaint.slice(0, 30)}…`);
          }
        }),
      );
      const halfOfItem = set.items.map((item) => partOf(set.name, item.complaint));
      const keyword: string[][] = [];
      // What the search box shows: the literal results, then the meaning matches (意思相近) below few of them.
      for (const { complaint } of set.items)
        keyword.push(await searchPanelQuery(page, complaint).then(({ urls, meaning }) => [...urls, ...meaning]));
      // A second opinion under the floor, measured and not shipped: the search's first result is the finder's
      // nearest case.
      const hiddenAgreed = (answer: Answer, index: number) =>
        answer.urls.length === 0 && !(answer.nearest[0] && answer.nearest[0] === keyword[index]![0]);
      for (const half of halves) {
        const chosen = list.flatMap((answer, index) => (halfOfItem[index] === half ? [{ answer, index }] : []));
        const tally = best.get(half)!;
        tally[covered ? 'covered' : 'uncovered'].push(...chosen.map(({ answer }) => answer.best));
        tally[covered ? 'coveredHidden' : 'uncoveredHidden'] += chosen.filter(
          ({ answer }) => answer.urls.length === 0,
        ).length;
        tally[covered ? 'coveredHiddenAgreed' : 'uncoveredHiddenAgreed'] += chosen.filter(({ answer, index }) =>
          hiddenAgreed(answer, index),
        ).length;
      }
      if (!covered) {
        list.forEach((answer, index) => {
          if (answer.urls.length)
            console.log(
              `  shown for an uncovered complaint ` +
                `(${halfOfItem[index]}, ${answer.best.toFixed(3)} ${answer.strengths[0]}): ` +
                `${set.items[index]!.complaint.slice(0, 40)}… → ${answer.urls[0]}  ${answer.reasons[0]!.join('；')}`,
            );
        });
        for (const half of [...halves, undefined]) {
          if (half && !halfOfItem.includes(half)) continue;
          const chosen = list.filter((_, index) => half === undefined || halfOfItem[index] === half);
          const none = chosen.filter((answer) => answer.urls.length === 0).length;
          const close = chosen.filter((answer) => answer.strengths[0] === 'close').length;
          summary.push(
            `${set.name} [${half ?? 'all'}]: no close case ${share(none, chosen.length)} ` +
              `(${none} of ${chosen.length})  ` +
              `shown as 很接近 ${share(close, chosen.length)} (${close})`,
          );
        }
        continue;
      }
      set.items.forEach((item, index) => {
        const rank = (urls: string[]) => urls.findIndex((url) => item.cases!.includes(url)) + 1 || '—';
        const answer = list[index]!;
        if (rank(answer.urls) !== 1)
          console.log(
            `  finder rank ${rank(answer.urls)} (best ${answer.best.toFixed(3)}, ${halfOfItem[index]}), ` +
              `keyword rank ${rank(keyword[index]!)}  [${item.kind ?? ''}] ${item.complaint}  ` +
              `→ ${item.cases!.join(' ')}  got ${answer.urls[0] ?? '没有很接近的案例'}`,
          );
      });
      for (const half of [...halves, undefined]) {
        if (half && !halfOfItem.includes(half)) continue;
        const positions = set.items.flatMap((_, index) =>
          half === undefined || halfOfItem[index] === half ? [index] : [],
        );
        const items = positions.map((index) => set.items[index]!);
        const chosen = positions.map((index) => list[index]!);
        const none = chosen.filter((answer) => answer.urls.length === 0).length;
        // Hidden, but still one of the nearest cases listed under "no close case" for the agent to check.
        const nearby = chosen.filter(
          (answer, position) =>
            answer.urls.length === 0 && answer.nearest.some((url) => items[position]!.cases!.includes(url)),
        ).length;
        const finder = hits(
          items,
          chosen.map((answer) => answer.urls),
        );
        const keywordHits = hits(
          items,
          positions.map((index) => keyword[index]!),
        );
        summary.push(
          `${set.name} [${half ?? 'all'}]: finder hit@1=${finder.at1.toFixed(3)} hit@5=${finder.at5.toFixed(3)}  ` +
            `wrongly "no close case" ${share(none, chosen.length)} (${none} of ${chosen.length}; ` +
            `${nearby} among the nearest)  ` +
            `keyword hit@1=${keywordHits.at1.toFixed(3)} hit@5=${keywordHits.at5.toFixed(3)}  ` +
            `complaints=${chosen.length}`,
        );
      }
    }
    times.sort((a, b) => a - b);
    console.log(
      `finder answer time: p50_ms=${percentile(times, 50).toFixed(1)} p95_ms=${percentile(times, 95).toFixed(1)} ` +
        `max_ms=${times.at(-1)!.toFixed(1)}`,
    );
    for (const half of halves) {
      const { covered: positives, uncovered: negatives } = best.get(half)!;
      console.log(`${half}: best confidence, complaints a case covers (${positives.length}): ${quantiles(positives)}`);
      console.log(`${half}: best confidence, complaints no case covers (${negatives.length}): ${quantiles(negatives)}`);
      console.log(`${half}: floor   covered shown as "no close case"   uncovered shown as "no close case"`);
      for (const floor of [0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.1, 0.125, 0.15]) {
        const mark = floor === CONFIDENCE_FLOOR ? '  ← floor' : '';
        console.log(
          `${floor.toFixed(3).padStart(5)}   ` +
            `${share(positives.filter((value) => value < floor).length, positives.length).padStart(8)}   ` +
            `${share(negatives.filter((value) => value < floor).length, negatives.length).padStart(8)}${mark}`,
        );
      }
    }
    for (const half of halves) {
      const { covered, uncovered, coveredHidden, uncoveredHidden, coveredHiddenAgreed, uncoveredHiddenAgreed } =
        best.get(half)!;
      summary.push(
        `${half}, all sets: complaints a case covers wrongly "no close case" ` +
          `${share(coveredHidden, covered.length)} (${coveredHidden} of ${covered.length}); ` +
          `complaints no case covers shown as "no close case" ` +
          `${share(uncoveredHidden, uncovered.length)} (${uncoveredHidden} of ${uncovered.length}); ` +
          `if the search's first result agreeing with the nearest case showed it: ` +
          `${share(coveredHiddenAgreed, covered.length)} and ${share(uncoveredHiddenAgreed, uncovered.length)}`,
      );
    }
    const total = [...best.values()];
    const sum = (pick: (tally: (typeof total)[number]) => number) => total.reduce((all, tally) => all + pick(tally), 0);
    summary.push(
      `all parts, all sets: complaints a case covers wrongly "no close case" ${share(
        sum((t) => t.coveredHidden),
        sum((t) => t.covered.length),
      )} (${sum((t) => t.coveredHidden)} of ${sum((t) => t.covered.length)}); ` +
        `complaints no case covers shown as "no close case" ${share(
          sum((t) => t.uncoveredHidden),
          sum((t) => t.uncovered.length),
        )} (${sum((t) => t.uncoveredHidden)} of ${sum((t) => t.uncovered.length)})`,
    );
    const calibration = best.get('calibration')!;
    console.log(
      `thresholds: floor=${CONFIDENCE_FLOOR} 很接近 from ${CLOSE_FROM} (with a shared problem or request concept); ` +
        `the calibration half supports floor=${calibratedFloor(calibration.covered)} ` +
        `(hides ≤ ${MAX_COVERED_HIDDEN * 100} % of its covered complaints) ` +
        `and 很接近 from ${calibratedClose(calibration.uncovered)} ` +
        `(reached by ≤ ${MAX_UNCOVERED_CLOSE * 100} % of its uncovered ones)`,
    );
    for (const item of cut) console.log(`  reason not a whole word: ${item}`);
    console.log(
      `reasons: whole words or lexicon entries ${share(wholeWords, reasonWords)} ` +
        `(${wholeWords} of ${reasonWords} reason words)`,
    );
    for (const line of summary) console.log(line);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The build-time similarity step and the finder's files for a generated library of `cases` cases. */
async function atScale(cases: number): Promise<void> {
  const out = mkdtempSync(path.join(tmpdir(), 'casebook-bench-similar-'));
  try {
    // The generator's entries are about 70 % cases.
    generateLibrary({ entries: Math.round(cases / 0.7), out });
    const library = readLibrary(out).cases.map(({ file, data }) => ({ id: file.id, data }));
    const groups = readLexicon();
    // OpenCC and jieba load their dictionaries on first use, once per build whatever the library's size.
    let started = performance.now();
    variantTableFor('預熱');
    createSegmenter([])('预热');
    const loadMs = performance.now() - started;
    started = performance.now();
    const { index, words, lexicon } = buildCaseSimilarity(library, config.categories, 5, groups);
    const buildMs = performance.now() - started;
    started = performance.now();
    const { meta, shards, chunks } = encodeFinderIndex(
      index.serialize(),
      library.map(({ id, data }) => ({
        url: `/cases/${id}/`,
        caseNumber: data.caseNumber,
        title: data.title,
        category: data.category,
        failure: data.failureType.subtype,
        failureType: data.failureType.subtype,
        archived: false,
        words: words.get(id)!,
      })),
    );
    const encodeMs = performance.now() - started;
    const files = new Map<string, unknown>([
      ['meta.json', meta],
      ['lexicon.json', serializeLexicon(lexicon)],
      ...shards.map((shard, number): [string, unknown] => [`terms-${number}.json`, shard]),
      ...chunks.map((chunk, number): [string, unknown] => [`cases-${number}.json`, chunk]),
    ]);
    const bytes = new Map([...files].map(([name, body]) => [name, gzipSync(JSON.stringify(body)).length]));
    // Timed again on its own: the folding table (OpenCC) is a fixed part of the similarity step.
    started = performance.now();
    const { fold } = variantTableFor(library.map(similarityText).join('\n'));
    const foldMs = performance.now() - started;
    const variantBytes = gzipSync(JSON.stringify({ fold })).length;
    // A first paste, as the browser does it: each one on a fresh finder, counting the files it reads.
    const pastes = [];
    for (const { complaint } of sets.flatMap((set) => set.items)) {
      const read = new Set<string>();
      const finder = await openFinder(async (name) => (read.add(name), files.get(name)), fold);
      const begin = performance.now();
      await finder.rank(complaint);
      const ms = performance.now() - begin;
      pastes.push({
        bytes: variantBytes + [...read].reduce((sum, name) => sum + bytes.get(name)!, 0),
        requests: 1 + read.size,
        ms,
      });
    }
    const sorted = (list: number[]) => list.sort((a, b) => a - b);
    const pasteBytes = sorted(pastes.map((paste) => paste.bytes));
    const requests = sorted(pastes.map((paste) => paste.requests));
    const answer = sorted(pastes.map((paste) => paste.ms));
    const allBytes = [...bytes.values()].reduce((sum, value) => sum + value, 0);
    console.log(
      `${library.length} cases: similarity step ${(buildMs / 1000).toFixed(2)} s ` +
        `(+ ${(loadMs / 1000).toFixed(2)} s loading OpenCC and jieba once), ` +
        `of which ${(foldMs / 1000).toFixed(2)} s the folding table ` +
        `and ${((buildMs - foldMs) / library.length).toFixed(2)} ms per case ` +
        `for the words, the index and the similar cases; ` +
        `finder files ${kb(allBytes)} gzip in ${files.size} files (encoded in ${encodeMs.toFixed(0)} ms); ` +
        `a first paste fetches p50 ${kb(percentile(pasteBytes, 50))} / p95 ${kb(percentile(pasteBytes, 95))} ` +
        `in p50 ${percentile(requests, 50)} requests; ` +
        `ranking p50 ${percentile(answer, 50).toFixed(1)} ms / p95 ${percentile(answer, 95).toFixed(1)} ms ` +
        `(Node, files in memory)`,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Every labelled complaint through the finder's code in Node, on the built finder files; with, under the floor, the
 * 客户问题 sections as a second opinion (`agreement.ts`).
 */
async function offline(): Promise<void> {
  const data = path.join(siteDir, 'finder/data');
  const read = (name: string): unknown => JSON.parse(readFileSync(path.join(data, name), 'utf8'));
  const { fold } = JSON.parse(readFileSync(path.join(siteDir, 'pagefind/casebook-variants.json'), 'utf8')) as {
    fold: Record<string, string>;
  };
  const finder = await openFinder(async (name) => read(name), fold);
  const meta = read('meta.json') as FinderMeta;
  const urls = Array.from({ length: Math.ceil(meta.size / meta.chunkSize) }, (_, chunk) =>
    (read(`cases-${chunk}.json`) as FinderChunk).cases.map((item) => item.url),
  ).flat();
  const sources = new Map(
    readLibrary(undefined, 'cases').cases.map(({ file }) => [
      `/cases/${file.id}/`,
      readFileSync(file.absolutePath, 'utf8'),
    ]),
  );
  const key = textKey(fold);
  const problems = createSimilarityIndex(
    urls.map((url) => ({ id: url, text: problemSection(sources.get(url) ?? '') })),
    {
      normalize: (text) => foldText(text, fold),
      maxPostingsPerTerm: MAX_POSTINGS_PER_TERM,
      ...conceptOptions(loadLexicon(read('lexicon.json') as SerializedLexicon, key), key),
    },
  );
  // Shipped, its postings would sit beside the same terms' in the terms files (no more requests, bigger files).
  const gzipped = (body: unknown) => gzipSync(JSON.stringify(body)).length;
  const termsBytes = Array.from({ length: meta.shards }, (_, shard) => gzipped(read(`terms-${shard}.json`)));
  const problemBytes = encodeFinderIndex(problems.serialize(), []).shards.map(gzipped);
  const sum = (list: number[]) => list.reduce((all, value) => all + value, 0);
  console.log(
    `terms files ${kb(sum(termsBytes))} gzip; the 客户问题 sections' postings would add about ${kb(sum(problemBytes))}`,
  );
  const tallies = new Map<
    Part,
    { covered: Labelled[]; shown: string[][]; agreed: string[][]; uncovered: boolean[][] }
  >();
  for (const set of sets)
    for (const item of set.items) {
      const part = partOf(set.name, item.complaint);
      let tally = tallies.get(part);
      if (!tally) tallies.set(part, (tally = { covered: [], shown: [], agreed: [], uncovered: [] }));
      const answer = await finder.rank(item.complaint);
      const [problemTop] = problems.query(item.complaint, { limit: 1 });
      const nearest = answer.nearest.map((result) => result.url);
      const shown = answer.results.map((result) => result.url);
      const agreed =
        shown.length ||
        !shownWithAgreement({
          best: answer.best,
          nearest: answer.nearest[0]?.score === answer.best ? nearest[0] : undefined,
          problemTop: problemTop?.id,
          problemScore: problemTop?.score ?? 0,
        })
          ? shown
          : nearest;
      if (item.cases?.length) {
        tally.covered.push(item);
        tally.shown.push(shown);
        tally.agreed.push(agreed);
      } else tally.uncovered.push([shown.length === 0, agreed.length === 0]);
    }
  const hiddenShare = (lists: string[][]) => share(lists.filter((list) => !list.length).length, lists.length);
  for (const [part, { covered, shown, agreed, uncovered }] of tallies) {
    const noneShare = (which: 0 | 1) => share(uncovered.filter((none) => none[which]).length, uncovered.length);
    const figures = (lists: string[][], which: 0 | 1) => {
      const { at1, at5 } = hits(covered, lists);
      return (
        `covered wrongly "no close case" ${hiddenShare(lists)}, uncovered "no close case" ${noneShare(which)}, ` +
        `hit@1=${at1.toFixed(3)} hit@5=${at5.toFixed(3)}`
      );
    };
    console.log(`${part} (${covered.length} covered, ${uncovered.length} uncovered): floor only: ${figures(shown, 0)}`);
    console.log(`${part}: with the 客户问题 second opinion: ${figures(agreed, 1)}`);
  }
}

if (values.offline) await offline();
else if (values.scale) for (const cases of values.scale.split(',').map(Number)) await atScale(cases);
else if (!existsSync(path.join(siteDir, 'finder/data/meta.json')))
  throw new Error(`没有找到构建好的网站（${siteDir}）。请先运行 npm run build。`);
else await inBrowser();
