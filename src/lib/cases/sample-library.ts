/**
 * Which sample entries a new team keeps when it clears the sample library (`npm run setup -- --clear-samples`):
 * the people, and one entry of each kind that fit together, so the site still shows what each page is for and
 * every reference still resolves. Pure: the caller reads the library and edits the files.
 */

export interface SampleLibrary {
  cases: { id: string; scripts: readonly string[]; practices: readonly string[]; lang?: string }[];
  daily: { id: string; case: string }[];
  practices: { id: string }[];
  scripts: { id: string }[];
}

export interface KeepPlan {
  case?: string;
  daily?: string;
  practice?: string;
  script?: string;
  /** Reference fields to rewrite in the kept files so they name only kept entries. */
  caseReferences: { scripts: string[]; practices: string[]; relatedCases: string[] };
  practiceReferences: { relatedCases: string[] };
}

/**
 * The latest daily entry whose case is in Simplified Chinese (what most teams write) and links a script and a
 * practice, with that case, its first script and its first practice; failing that, the latest daily entry whose
 * case links both, the latest daily entry and its case, or the first of each kind.
 */
export function samplesToKeep(library: SampleLibrary): KeepPlan {
  const caseById = new Map(library.cases.map((entry) => [entry.id, entry]));
  const latestFirst = [...library.daily].sort((a, b) => b.id.localeCompare(a.id));
  const linksBoth = (entry: { case: string }) => {
    const linked = caseById.get(entry.case);
    return linked !== undefined && linked.scripts.length > 0 && linked.practices.length > 0;
  };
  const simplified = (entry: { case: string }) => (caseById.get(entry.case)?.lang ?? 'zh-CN') === 'zh-CN';
  const daily =
    latestFirst.find((entry) => linksBoth(entry) && simplified(entry)) ??
    latestFirst.find(linksBoth) ??
    latestFirst.find((entry) => caseById.has(entry.case));
  const kept = daily ? caseById.get(daily.case) : library.cases[0];
  const script = kept?.scripts.find((id) => library.scripts.some((entry) => entry.id === id)) ?? library.scripts[0]?.id;
  const practice =
    kept?.practices.find((id) => library.practices.some((entry) => entry.id === id)) ?? library.practices[0]?.id;
  return {
    case: kept?.id,
    daily: daily?.id,
    practice,
    script,
    caseReferences: { scripts: script ? [script] : [], practices: practice ? [practice] : [], relatedCases: [] },
    practiceReferences: { relatedCases: kept ? [kept.id] : [] },
  };
}
