/** Who wrote, reviewed and hosted what: credit for each person. Pure: entries in, credit out. */

interface Authored {
  id: string;
  data: { authors: readonly string[] };
}
interface Reviewed {
  id: string;
  data: { reviewer?: string | undefined; reviewComments: readonly { by: string }[] };
}
interface Hosted {
  id: string;
  data: { host: string; case: string };
}

export interface Contributions {
  cases: string[];
  practices: string[];
  scripts: string[];
  /** Cases this person reviewed or commented on (点评). */
  reviewed: string[];
  /** Daily entries this person hosted. */
  hosted: string[];
  /** Daily entries that presented one of this person's cases. */
  casesPickedForDaily: string[];
  total: number;
}

export function contributionsOf(
  personId: string,
  library: {
    cases: readonly (Authored & Reviewed)[];
    practices: readonly Authored[];
    scripts: readonly Authored[];
    daily: readonly Hosted[];
  },
): Contributions {
  const authoredBy = (entries: readonly Authored[]) =>
    entries.filter((entry) => entry.data.authors.includes(personId)).map((entry) => entry.id);
  const cases = authoredBy(library.cases);
  const practices = authoredBy(library.practices);
  const scripts = authoredBy(library.scripts);
  const reviewed = library.cases
    .filter(
      (entry) =>
        entry.data.reviewer === personId || entry.data.reviewComments.some((comment) => comment.by === personId),
    )
    .map((entry) => entry.id);
  const hosted = library.daily.filter((entry) => entry.data.host === personId).map((entry) => entry.id);
  const ownCases = new Set(cases);
  const casesPickedForDaily = library.daily.filter((entry) => ownCases.has(entry.data.case)).map((entry) => entry.id);
  return {
    cases,
    practices,
    scripts,
    reviewed,
    hosted,
    casesPickedForDaily,
    total: cases.length + practices.length + scripts.length + reviewed.length,
  };
}

export interface RankedContributor<P> {
  person: P;
  contributions: Contributions;
}

/**
 * Everyone with their contributions, most contributions first (贡献榜); ties go to whoever's cases were
 * picked for the morning meeting more often, then by name.
 */
export function rankContributors<P extends { id: string; data: { name: string } }>(
  people: readonly P[],
  library: Parameters<typeof contributionsOf>[1],
): RankedContributor<P>[] {
  return people
    .map((person) => ({ person, contributions: contributionsOf(person.id, library) }))
    .sort(
      (a, b) =>
        b.contributions.total - a.contributions.total ||
        b.contributions.casesPickedForDaily.length - a.contributions.casesPickedForDaily.length ||
        a.person.data.name.localeCompare(b.person.data.name, 'zh-CN'),
    );
}
