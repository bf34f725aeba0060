import fc from 'fast-check';
import { config } from '../../src/config.ts';
import { describe, expect, it } from 'vitest';
import { normalizeQuery, pagefindQueries, partWords, queryParts } from '../../src/lib/search/query.ts';
import { separateHanText } from '../../src/lib/search/han-words.ts';
import { decodeIndexText, indexText, indexTextInHtml, queryWords } from '../../src/lib/search/index-words.ts';
import {
  buildVariantTable,
  countHanCharacters,
  foldByTable,
  scriptVariants,
  shardVariantTable,
  variantShardOf,
  VARIANT_SHARDS,
} from '../../src/lib/search/script-variants.ts';
import { countFacets, SearchEngine, type Match } from '../../src/lib/search/engine.ts';
import { makeExcerpt } from '../../src/lib/search/excerpt.ts';
import { caseRecord, otherRecord, searchFacets } from '../../src/lib/search/records.ts';
import {
  applyFacet,
  idsChecksum,
  packIds,
  packRecords,
  unpackIds,
  searchFacetIds,
  storedFacets,
  unpackRecords,
  type IndexedRecord,
  type RecordTable,
} from '../../src/lib/search/record-table.ts';
import { paramsFromState, stateFromParams } from '../../src/lib/search/state.ts';
import { bundleVersion, preloadTags, searchPreloads } from '../../src/lib/search/bundle-preload.ts';
import { indexableHtml } from '../../src/lib/search/indexable-html.ts';
import { variantTableFor } from '../../src/lib/similar/build.ts';
import { foldWith } from '../helpers/character-folds.ts';

const ZWSP = '\u200b';
/** A few folds as the variant table gives them (OpenCC at build time). */
const fold = foldWith({ 誤: '误', 銷: '销', 戶: '户', 賠: '赔', 償: '偿', 與: '与', 帐: '账' });

describe('query normalisation', () => {
  it('folds width and case, drops operators, control characters and lone surrogates, bounds the length', () => {
    expect(normalizeQuery('  ＫＦ－２０２６  "退款"\u0000 ')).toBe('kf-2026 退款');
    expect(normalizeQuery('a\uD800b')).toBe('a b');
    expect(normalizeQuery('退'.repeat(10_000))).toHaveLength(64);
  });
  it('splits parts on spaces and ignores parts without letters, digits or Han', () => {
    expect(queryParts(normalizeQuery('退款 !!! 🙂 5g 退款'))).toEqual(['退款', '5g']);
    expect(queryParts(normalizeQuery('<script>'))).toEqual(['<script>']);
    expect(queryParts(normalizeQuery('.* ( \\'))).toEqual([]);
  });
  it('turns a Chinese part into a phrase of bigram words plus the same words for ranking', () => {
    expect(partWords('5g套餐')).toEqual(['5g', '套', '餐']);
    const [yanwu] = queryWords('延误', fold).phrase;
    expect(pagefindQueries('延误', fold)).toEqual({ match: `"${yanwu}"`, rank: yanwu });
    const { phrase } = queryWords('app内反馈', fold);
    expect(phrase).toHaveLength(3);
    expect(pagefindQueries('app内反馈', fold)).toEqual({ match: `"${phrase.join(' ')}"`, rank: phrase.join(' ') });
    // One character alone is a prefix (unquoted); after other words it is matched on its own as well.
    expect(pagefindQueries('退', fold).match).toBe(queryWords('退', fold).prefix);
    expect(pagefindQueries('5g卡', fold).also).toBe(queryWords('卡', fold).prefix);
  });
  it('matches Latin words whole and passes case numbers to Pagefind as typed', () => {
    expect(pagefindQueries('12315', fold)).toEqual({ match: '"12315"', rank: '12315' });
    expect(pagefindQueries('kf-2026-0101', fold)).toEqual({ match: 'kf-2026-0101', rank: 'kf-2026-0101' });
  });
});

describe('index words', () => {
  // Words as Pagefind splits them: at word breaks, spaces and punctuation.
  const words = (text: string) =>
    indexText(text, fold)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const containsPhrase = (haystack: string[], phrase: string[]) =>
    haystack.some((_, at) => phrase.every((word, offset) => haystack[at + offset] === word));
  const texts = [
    '客户说退款一直没到，第二次问退款。',
    '5G套餐，App内反馈',
    '延誤賠償與延误补偿',
    '信用卡境外盗刷 𠀋字',
  ];

  it('finds a query’s words in the indexed text exactly where the text holds the query', () => {
    for (const text of texts) {
      for (const query of [
        '退款',
        '退款一直',
        '款',
        '5g套餐',
        'app内反馈',
        '延误',
        '延誤',
        '信用卡',
        '卡境',
        '款第',
        '𠀋字',
        '盗刷𠀋',
      ]) {
        const { phrase, prefix } = queryWords(query.toLowerCase(), fold);
        const indexed = words(text.toLowerCase());
        const found =
          (phrase.length === 0 || containsPhrase(indexed, phrase)) &&
          (prefix === undefined || indexed.some((word) => word.startsWith(prefix)));
        const literal = text
          .toLowerCase()
          .replace(/[，。 ]/g, (mark) => (mark === ' ' ? ' ' : '|'))
          .includes(query.toLowerCase());
        expect(found, `${query} in ${text}`).toBe(literal);
      }
    }
  });
  it('turns the indexed text back into the page’s own text, leaving look-alike words alone', () => {
    for (const text of [...texts, 'QQ qzones', '銷戶 誤', '帳戶與帐户'])
      expect(decodeIndexText(indexText(text, fold))).toBe(text);
    expect(indexTextInHtml('<h1 title="退款">退款</h1><script>var 退款 = 1</script>', fold)).toBe(
      `<h1 title="退款">${indexText('退款', fold)}</h1><script>var 退款 = 1</script>`,
    );
  });
  it('turns back exactly the words shaped as index words of a Han character, whatever surrounds them', () => {
    // The definition, as one expression: `qz`, four letters, maybe four more, maybe `x` and four, between breaks.
    const token = /(?<=^|[\s\u200b])qz([a-z]{4})(?:[a-z]{4})?(?:x([a-z]{4}))?(?=$|[\s\u200b])/g;
    const byDefinition = (text: string) =>
      text
        .replace(token, (word, folded: string, written: string | undefined) => {
          const letters = written ?? folded;
          let value = 0;
          for (let place = 3; place >= 0; place -= 1) value = value * 26 + (letters.charCodeAt(place) - 97);
          const decoded = String.fromCodePoint(value);
          return /^\p{Script=Han}$/u.test(decoded) ? decoded : word;
        })
        .replaceAll('\u200b', '');
    const pieces = fc.oneof(
      fc.constantFrom('qz', 'x', ' ', '\u200b', '\u3000', '\n', '，', 'Q', 'é', '1'),
      fc.string({ unit: fc.constantFrom('a', 'q', 'x', 'z', 'm'), maxLength: 14 }),
      fc
        .string({ unit: fc.constantFrom('銷', '户', '誤', '延', '𠀋'), maxLength: 3 })
        .map((han) => indexText(han, fold)),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(decodeIndexText(text)).toBe(byDefinition(text));
      }),
      { numRuns: 3000 },
    );
  });
  it('gives a query in either script one word, or words that sort side by side (one index chunk)', () => {
    // Forms that differ in the second character are the same word.
    expect(queryWords('延誤', fold).phrase).toEqual(queryWords('延误', fold).phrase);
    // Forms that differ in the first character share everything up to the character as written.
    const [traditional] = queryWords('銷戶', fold).phrase;
    const [simplified] = queryWords('销户', fold).phrase;
    expect(traditional).not.toBe(simplified);
    expect(traditional!.startsWith(simplified!)).toBe(true);
    // One character alone: a prefix that covers all of its forms.
    expect(queryWords('銷', fold).prefix).toBe(queryWords('销', fold).prefix);
    expect(words('銷戶已辦').some((word) => word.startsWith(queryWords('销', fold).prefix!))).toBe(true);
  });
});

describe('the part of a page handed to Pagefind', () => {
  const page = (body: string) =>
    '<!doctype html><html lang="zh-CN"><head><title>标题</title>' +
    `<script>if (a <b) document.write('<main data-pagefind-body>假</main>')</script></head>` +
    `<body><header data-pagefind-ignore><a href="/">首页</a></header>${body}<footer>页脚</footer></body></html>`;
  const wrap = (kept: string) => `<!doctype html><html lang="zh-CN"><body>${kept}</body></html>`;

  it('keeps the body element with its weights and drops what Pagefind ignores, however deeply nested', () => {
    const html = page(
      '<main id="main" data-pagefind-body><h1 data-pagefind-weight="10">退款<br>延误</h1>' +
        '<aside data-pagefind-ignore><div><p>相似案例<img src="a.png" alt="图"></p>' +
        '<svg><path d="M0 0"/></svg></div></aside>' +
        '<p title="a > b">处理过程</p><span data-pagefind-ignore="all">徽章</span><p>结果</p></main>',
    );
    expect(indexableHtml(html)).toBe(
      wrap(
        '<main id="main" data-pagefind-body><h1 data-pagefind-weight="10">退款<br>延误</h1>' +
          '<p title="a > b">处理过程</p><p>结果</p></main>',
      ),
    );
  });

  it('skips scripts and styles, whatever they hold, and keeps a second body element', () => {
    const html = page(
      '<main data-pagefind-body><p>第一段</p><script>const x = "</p></main><main data-pagefind-body>";</script>' +
        '<style>p::after { content: "<b>" }</style></main>' +
        '<section data-pagefind-body lang="en"><p>second</p></section>',
    );
    expect(indexableHtml(html)).toBe(
      wrap(
        '<main data-pagefind-body><p>第一段</p></main><section data-pagefind-body lang="en"><p>second</p></section>',
      ),
    );
  });

  it('gives an empty document for a page without a body element, so Pagefind indexes nothing from it', () => {
    expect(indexableHtml(page('<main><p>列表</p></main>'))).toBe(wrap(''));
  });
});

describe('character-by-character text for the oracle', () => {
  it('puts an invisible break between Han characters and at Han/Latin boundaries', () => {
    expect(separateHanText('5G套餐，App内反馈 iPhone')).toBe(
      `5G${ZWSP}套${ZWSP}餐，App${ZWSP}内${ZWSP}反${ZWSP}馈 iPhone`,
    );
  });
});

describe('script variants', () => {
  // A stand-in for OpenCC over the few characters these tests use.
  const simplify = foldWith({ 銷: '销', 戶: '户', 鐘: '钟', 帳: '帐', 賬: '账', 單: '单', 簽: '签' });
  const traditionalise = foldWith({ 销: '銷', 户: '戶', 钟: '鐘', 账: '帳', 单: '單', 签: '簽' });
  const toSimplified = (text: string) => [...text].map(simplify).join('');
  const toTraditional = (text: string) => [[...text].map(traditionalise).join('')];
  const table = buildVariantTable(countHanCharacters('销户 分鐘 賬單 帐单 账单 改簽 签收'), {
    toSimplified,
    toTraditional,
  });

  it('finds Simplified text from a Traditional query and the reverse', () => {
    expect(scriptVariants('銷戶', table)).toContain('销户');
    expect(scriptVariants('分钟', table)).toContain('分鐘');
    expect(scriptVariants('改签', table)).toContain('改簽');
  });
  it('folds 帐, 账, 帳 and 賬 together (an equivalence OpenCC lacks)', () => {
    const variants = scriptVariants('账单', table);
    for (const form of ['账单', '帐单', '賬單']) expect(variants).toContain(form);
  });
  it('keeps the query itself first and bounds the combinations', () => {
    expect(scriptVariants('退款', table)).toEqual(['退款']);
    expect(scriptVariants('账单账单账单', table).length).toBeLessThanOrEqual(8);
  });
  it('gives the same variants from the shards of the query’s characters as from the whole table', () => {
    const shards = shardVariantTable(table);
    expect(shards).toHaveLength(VARIANT_SHARDS);
    for (const query of ['銷戶', '分钟', '账单', '帳單', '改签', '签收', '退款']) {
      const partial = { fold: {}, groups: {} };
      for (const character of query) {
        const shard = shards[variantShardOf(character)]!;
        Object.assign(partial.fold, shard.fold);
        Object.assign(partial.groups, shard.groups);
      }
      expect(scriptVariants(query, partial), query).toEqual(scriptVariants(query, table));
      // Every form searched folds as the index folded it, though the shards hold the entries of the query's own
      // characters only.
      const whole = foldByTable(table);
      for (const form of scriptVariants(query, partial))
        expect([...form].map(foldByTable(partial)), form).toEqual([...form].map(whole));
    }
  });
});

describe('the index’s fold (OpenCC at build time)', () => {
  const table = variantTableFor('什么 怎麼 幺蛾子 銷戶 账单 帳單 後來 髮型');
  const fold = foldByTable(table);
  it('finds 什么 from 什麼 and the reverse, but never 幺 (OpenCC’s Taiwan table folds 么 and 麼 to 幺)', () => {
    // The index word of 什 names the pair 什么 in both scripts: a query in either finds both.
    expect(indexText('什麼', fold).split(ZWSP)[1]).toBe(indexText('什么', fold).split(ZWSP)[1]);
    expect(queryWords('么', fold)).not.toEqual(queryWords('幺', fold));
    expect(fold('麼')).toBe('么');
    expect(fold('么')).toBe('么');
    expect(fold('幺')).toBe('幺');
    expect(scriptVariants('怎么', table)).toContain('怎麼');
    for (const query of ['什么', '怎麼', '么']) expect(scriptVariants(query, table).join('')).not.toContain('幺');
    expect(scriptVariants('幺', table)).toEqual(['幺']);
  });
  it('still folds Traditional characters the library holds', () => {
    expect(['銷', '戶', '帳', '單', '後', '髮'].map(fold).join('')).toBe('销户账单后发');
  });
});

describe('search engine', () => {
  const caseData = (over: Partial<Parameters<typeof caseRecord>[1]>) => ({
    category: 'refund',
    failureType: { group: 'delivery' },
    channel: 'chat',
    severity: 2,
    status: 'resolved',
    confidence: 'validated',
    tags: [] as string[],
    typical: false,
    occurredOn: '2026-01-01',
    ...over,
  });
  const table: RecordTable = {
    records: {
      a: caseRecord('/cases/a/', caseData({ channel: 'phone', occurredOn: '2026-03-01', severity: 4 })),
      b: caseRecord('/cases/b/', caseData({ typical: true, occurredOn: '2026-02-01' })),
      c: caseRecord('/cases/c/', caseData({ confidence: 'archived', occurredOn: '2026-05-01' })),
      d: otherRecord('/scripts/d/', 'script', '', { channel: ['phone', 'chat'] }),
    },
  };
  // Pages containing each phrase, with scores as Pagefind would give them.
  const q = (part: string) => pagefindQueries(part, (character) => character);
  const index: Record<string, Match[]> = {
    [q('退款').match]: [
      { id: 'a', score: 1 },
      { id: 'b', score: 1 },
      { id: 'c', score: 1 },
      { id: 'd', score: 1 },
    ],
    [q('退款').rank]: [
      { id: 'a', score: 3 },
      { id: 'b', score: 2.5 },
      { id: 'c', score: 9 },
      { id: 'd', score: 1 },
    ],
    [q('超时').match]: [
      { id: 'a', score: 1 },
      { id: 'c', score: 1 },
    ],
    [q('超时').rank]: [
      { id: 'a', score: 1 },
      { id: 'c', score: 1 },
    ],
  };
  const searched: string[] = [];
  const engine = new SearchEngine(async (term) => (searched.push(term), index[term] ?? []), table, {
    fold: {},
    groups: {},
  });

  it('ranks typical and validated above the rest and archived last, whatever Pagefind scored', async () => {
    const { hits } = await engine.run({ query: '退款', filters: {}, sort: 'relevance' });
    expect(hits.map((hit) => hit.id)).toEqual(['a', 'b', 'd', 'c']);
  });
  it('intersects parts (strict AND)', async () => {
    const { hits } = await engine.run({ query: '退款 超时', filters: {}, sort: 'relevance' });
    expect(hits.map((hit) => hit.id)).toEqual(['a', 'c']);
    expect((await engine.run({ query: '退款 不存在', filters: {}, sort: 'relevance' })).hits).toEqual([]);
  });
  it('filters OR within a facet and AND across facets, with counts that ignore the facet’s own selection', async () => {
    const filters = { channel: ['phone'], type: ['case' as const, 'script' as const] };
    const outcome = await engine.run({ query: '退款', filters, sort: 'relevance' });
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['a', 'd']);
    const counts = countFacets(outcome.candidates, filters);
    expect(Object.fromEntries(counts.channel!)).toEqual({ phone: 2, chat: 3 });
    expect(Object.fromEntries(counts.type!)).toEqual({ case: 1, script: 1 });
    // Facets whose values have not been loaded yet are not counted (rather than counted as empty).
    expect(Object.keys(countFacets(outcome.candidates, filters, ['type', 'channel']))).toEqual(['type', 'channel']);
  });
  it('sorts by newest or severity, archived still last', async () => {
    expect((await engine.run({ query: '退款', filters: {}, sort: 'newest' })).hits.map((hit) => hit.id)).toEqual([
      'a',
      'b',
      'd',
      'c',
    ]);
    expect(
      (await engine.run({ query: '', filters: { type: ['case'] }, sort: 'severity' })).hits.map((hit) => hit.id),
    ).toEqual(['a', 'b', 'c']);
  });
  it('finds the entries containing any of several texts, filtered, for the meaning matches', async () => {
    const found = await engine.matchAny(['超时', '不存在', '退款 超时']);
    expect([...found.keys()].sort()).toEqual(['a', 'c']);
    // An archived entry below a validated one.
    expect(found.get('a')!).toBeGreaterThan(found.get('c')!);
    expect([...(await engine.matchAny(['退款'], { channel: ['phone'] })).keys()].sort()).toEqual(['a', 'd']);
    expect(engine.size).toBe(4);
    expect(engine.record('d')?.kind).toBe('script');
  });
  it('finds nothing for a query of only symbols instead of listing everything', async () => {
    expect((await engine.run({ query: '!!! 🙂', filters: {}, sort: 'relevance' })).hits).toEqual([]);
  });
});

describe('record table files', () => {
  const dropEmpty = (record: IndexedRecord) => ({
    ...record,
    url: undefined,
    facets: Object.fromEntries(Object.entries(record.facets).filter(([, values]) => values.length)),
  });
  const caseData = {
    category: 'refund',
    failureType: { group: 'delivery' },
    channel: 'chat',
    status: 'resolved',
    confidence: 'validated',
    typical: false,
  };
  // In Pagefind's page order, which is not by date.
  const entries: [string, IndexedRecord][] = [
    [
      'zh-cn_aaa1',
      caseRecord('/cases/a/', { ...caseData, severity: 4, tags: ['催单', '预售'], occurredOn: '2026-03-01' }),
    ],
    [
      'zh-cn_ccc3',
      otherRecord('/scripts/c/', 'script', '', { category: 'refund', channel: ['phone', 'chat'], tag: ['预售'] }),
    ],
    [
      'zh-cn_bbb2',
      caseRecord('/cases/b/', {
        ...caseData,
        severity: 1,
        tags: [],
        typical: true,
        confidence: 'archived',
        occurredOn: '2024-02-29',
      }),
    ],
    ['zh-cn_ddd4', otherRecord('/daily/2026-11-28/', 'daily', '2026-11-28')],
  ];
  const ids = entries.map(([id]) => id);
  const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

  it('decodes to the same records with every facet file applied in Pagefind’s order; no ids or URLs in them', () => {
    const { packed, facets, ids: written, urls } = packRecords(entries);
    expect(written).toEqual(ids);
    expect(urls).toEqual(['/cases/a/', '/scripts/c/', '/cases/b/', '/daily/2026-11-28/']);
    const table = unpackRecords(roundTrip(packed), ids);
    for (const facet of storedFacets)
      applyFacet(
        ids.map((id) => table.records[id]!),
        facet,
        roundTrip(facets[facet]),
        packed.check,
      );
    for (const [id, record] of entries)
      expect(dropEmpty({ ...table.records[id]!, url: '' }), id).toEqual(dropEmpty(record));
    const files = JSON.stringify([packed, facets]);
    expect(files).not.toContain('/cases/');
    expect(files).not.toContain('aaa1');
    // One value per record: a character each; several (a script's channels, tags): the general form.
    expect([facets.category.single, facets.severity.single, facets.channel.single, facets.tag.single]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(facets.status.rows).toBe('0-0-');
  });
  it('gives the first results kind, date and standing before any facet file', () => {
    const { packed } = packRecords(entries);
    const table = unpackRecords(packed, ids);
    expect(table.records['zh-cn_bbb2']).toEqual({
      kind: 'case',
      date: '2024-02-29',
      standing: 'archived',
      // The year comes from the date, with no file of its own: a year filter needs nothing more.
      facets: { type: ['case'], year: ['2024'] },
    });
    expect(table.records['zh-cn_ccc3']!.date).toBe('');
    expect(table.records['zh-cn_ddd4']!.date).toBe('2026-11-28');
  });
  it('refuses ids or facet files that belong to another table, so the browser falls back to the ids file', () => {
    const { packed, facets } = packRecords(entries);
    expect(() => unpackRecords(packed, [...ids].reverse())).toThrow(/do not match/);
    expect(() => unpackRecords(packed, ids.slice(1))).toThrow(/do not match/);
    const other = packRecords(entries.slice(1));
    const table = unpackRecords(packed, ids);
    expect(() =>
      applyFacet(
        ids.map((id) => table.records[id]!),
        'tag',
        other.facets.tag,
        packed.check,
      ),
    ).toThrow(/does not belong/);
    expect(idsChecksum(ids)).toBe(packed.check);
    expect(packIds(ids)).toEqual({ prefix: 'zh-cn_', ids: 'aaa1 ccc3 bbb2 ddd4' });
    expect(unpackIds(roundTrip(packIds(ids)))).toEqual(ids);
    expect(facets.tag.check).toBe(packed.check);
  });
  it('refuses records whose type facet would not survive the trip', () => {
    const odd = caseRecord('/cases/x/', { ...caseData, severity: 2, tags: [], occurredOn: '2026-01-01' });
    odd.facets.type = ['practice'];
    expect(() => packRecords([['zh-cn_x', odd]])).toThrow(/type/);
  });
  it('lists the same facet ids as the labelled facets of the search page', () => {
    expect(searchFacets(config.categories).map((facet) => facet.id)).toEqual([...searchFacetIds]);
  });
});

describe('excerpts', () => {
  it('shows the passage around the first match with every match marked, across scripts and Pagefind breaks', () => {
    const content = `前言很长很长。客户说${'退'}${ZWSP}款一直没到，第二次问退款。`;
    const segments = makeExcerpt(content, ['退款'], 20);
    expect(segments.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual(['退款', '退款']);
    expect(segments.map((segment) => segment.text).join('')).not.toContain(ZWSP);
  });
});

describe('URL state', () => {
  it('round-trips query, facets and sort', () => {
    const state = { query: '退款', filters: { channel: ['phone', 'chat'], severity: ['4'] }, sort: 'newest' as const };
    const params = paramsFromState(state);
    expect(params.toString()).toBe('q=%E9%80%80%E6%AC%BE&channel=phone&channel=chat&severity=4&sort=newest');
    expect(stateFromParams(params)).toEqual(state);
  });
  it('ignores unknown sorts and facets', () => {
    expect(stateFromParams(new URLSearchParams('q=x&sort=evil&nosuch=1'))).toEqual({
      query: 'x',
      filters: {},
      sort: 'relevance',
    });
  });
});

describe('what the search page announces before its first search', () => {
  const entry = { version: '1.6.0', languages: { 'zh-cn': { hash: 'zh-cn_abc', wasm: null, page_count: 89 } } };

  it('names every file the first search needs whatever the query, under the bundle URL', () => {
    expect(searchPreloads('/kb/pagefind/', entry)).toEqual([
      { href: '/kb/pagefind/pagefind.js', as: 'module' },
      { href: '/kb/pagefind/casebook-records.json', as: 'fetch' },
      { href: '/kb/pagefind/pagefind-entry.json?ts=zh-cn_abc', as: 'fetch' },
      { href: '/kb/pagefind/pagefind.zh-cn_abc.pf_meta', as: 'fetch' },
      { href: '/kb/pagefind/wasm.unknown.pagefind', as: 'fetch' },
    ]);
    expect(bundleVersion(entry)).toBe('zh-cn_abc');
    expect(
      searchPreloads('/', { ...entry, languages: { en: { hash: 'en_1', wasm: 'en', page_count: 3 } } }).at(-1)!.href,
    ).toBe('/wasm.en.pagefind');
  });

  it('writes fetches as CORS requests, so fetch() reuses them instead of downloading twice', () => {
    expect(
      preloadTags([
        { href: '/p/pagefind.js', as: 'module' },
        { href: '/p/a.json?x="1"&y', as: 'fetch' },
      ]),
    ).toBe(
      '<link rel="modulepreload" href="/p/pagefind.js">' +
        '<link rel="preload" href="/p/a.json?x=&quot;1&quot;&amp;y" as="fetch" crossorigin>',
    );
  });

  it('fails loudly on an entry file without an index', () => {
    expect(() => bundleVersion({ version: '1.6.0', languages: {} })).toThrow(/没有索引/);
  });
});
