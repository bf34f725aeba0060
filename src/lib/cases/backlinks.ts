/** Which cases link to each script and practice: the reverse of a case's `scripts` and `practices` lists. Pure. */

interface LinkingCase {
  id: string;
  data: { scripts: readonly string[]; practices: readonly string[] };
}

export interface Backlinks<T> {
  scripts: Map<string, T[]>;
  practices: Map<string, T[]>;
}

/** Per script and per practice id, the cases that link to it, in the order given. */
export function caseBacklinks<T extends LinkingCase>(cases: readonly T[]): Backlinks<T> {
  const links: Backlinks<T> = { scripts: new Map(), practices: new Map() };
  for (const entry of cases) {
    for (const field of ['scripts', 'practices'] as const) {
      for (const target of new Set(entry.data[field])) {
        const list = links[field].get(target);
        if (list) list.push(entry);
        else links[field].set(target, [entry]);
      }
    }
  }
  return links;
}
