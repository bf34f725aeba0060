/**
 * Every internal path, built in one place. Free of the settings, so the browser scripts that use it stay small;
 * links into the repository are in `src/data/repository-links.ts`.
 */

const siteBase = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/**
 * Where the library's shared pages are served (lists, browse pages, practices, scripts, people, journeys…): this
 * site, except in a shard of a sharded library other than the home shard, which renders only its own entries and
 * links to the home shard's copy (`CASEBOOK_SHARED_BASE`, docs/scaling.md "Past one machine").
 */
export const sharedSiteBase = ((import.meta.env?.CASEBOOK_SHARED_BASE as string | undefined) || siteBase).replace(
  /\/?$/,
  '/',
);

/** A path under `base`, always with a trailing slash. */
function under(base: string, path: string): string {
  const clean = path.replace(/^\/+/, '');
  return clean === '' ? base : `${base}${clean.replace(/\/?$/, '/')}`;
}

/** A site path under the configured base, always with a trailing slash. */
export function href(path: string): string {
  return under(siteBase, path);
}

/**
 * The pages of one case or daily entry under `base`: all that today's card links to, so that its script does not
 * carry every path of the site.
 */
export function entryPathsUnder(base: string) {
  const root = base.replace(/\/?$/, '/');
  const href = (path: string) => under(root, path);
  return {
    case: (id: string) => href(`cases/${id}`),
    dailyEntry: (date: string) => href(`daily/${date}`),
    /** Presenter mode (投屏) of a daily entry. */
    dailyPresent: (date: string) => href(`daily/${date}/present`),
    /** Presenter mode of a typical case, used when today's case is a review pick. */
    casePresent: (id: string) => href(`cases/${id}/present`),
  };
}

/**
 * The paths of a site served below `base`: another shard of a sharded library (`/2025/`) links its entries
 * this way (docs/scaling.md, "Past one machine"). The shared pages are below `sharedBase`: the home shard's, in a
 * shard that does not render them.
 */
export function pathsUnder(base: string, sharedBase: string = base) {
  const root = base.replace(/\/?$/, '/');
  const own = (path: string) => under(root, path);
  const href = (path: string) => under(sharedBase.replace(/\/?$/, '/'), path);
  return {
    ...entryPathsUnder(root),
    home: () => own(''),
    cases: () => href('cases'),
    browse: (facet: string, value: string) => href(`browse/${facet}/${encodeURIComponent(value)}`),
    daily: () => own('daily'),
    /** One month of the daily archive, `YYYY-MM` → `/daily/2026/11/`. */
    dailyMonth: (month: string) => own(`daily/${month.slice(0, 4)}/${month.slice(5, 7)}`),
    dailyFeed: () => `${root}daily/rss.xml`,
    today: () => own('today'),
    practices: () => href('practices'),
    practice: (id: string) => href(`practices/${id}`),
    /** Page n (≥ 2) of the practices index. */
    practicesPage: (n: number) => href(`practices/page/${n}`),
    scripts: () => href('scripts'),
    script: (id: string) => href(`scripts/${id}`),
    /** Every script of one conversation stage (paginated), e.g. `/scripts/stage/empathy/`. */
    scriptStage: (stage: string) => href(`scripts/stage/${stage}`),
    people: () => href('people'),
    person: (id: string) => href(`people/${id}`),
    /** Everything of one kind a person contributed, e.g. `/people/li-na/cases/` (paginated). */
    personList: (id: string, group: string) => href(`people/${id}/${group}`),
    /** 投稿: the templates of new entries, opened in the repository's web editor. */
    contribute: () => href('contribute'),
    /** 字段参考: every frontmatter field, from the schemas' field catalogue. */
    contributeFields: () => href('contribute/fields'),
    /** 贡献榜. */
    contributors: () => href('contributors'),
    /** 统计. */
    insights: () => href('insights'),
    /** 统计 by category: the stacked and comparison charts, one row or bar per category. */
    insightsCategories: () => href('insights/categories'),
    /** 客户旅程: every journey compared. */
    journeys: () => href('journeys'),
    /** One industry's journey map, e.g. `/journeys/ecommerce/`. */
    journey: (industry: string) => href(`journeys/${industry}`),
    /** One stage of a journey, with its cases (paginated), practices and scripts: `/journeys/ecommerce/签收验货/`. */
    journeyStage: (industry: string, stage: string) => href(`journeys/${industry}/${encodeURIComponent(stage)}`),
    /** 待复核. */
    review: () => href('review'),
    /** The full, paginated list of one kind of due review: `stale` or `never`. */
    reviewList: (due: 'stale' | 'never') => href(`review/${due}`),
    /** 同义词表: every synonym group, by domain. */
    lexicon: () => href('lexicon'),
    /** 粘贴客户原话找相似案例. */
    finder: () => own('finder'),
    search: (query?: string) => (query ? `${own('search')}?q=${encodeURIComponent(query)}` : own('search')),
  };
}

// Marked pure so that a browser script that never reads `paths` does not carry it.
export const paths = /* @__PURE__ */ pathsUnder(siteBase, sharedSiteBase);
