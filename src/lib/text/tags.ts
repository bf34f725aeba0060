/**
 * One tag, both scripts: 隐私 and 隱私 are one tag, as search already treats them. Tags are grouped by their
 * folded form (Simplified, lower case: text-fold.ts passes the fold in) and each group is shown in its most used
 * spelling. `tagNeighbours` finds what `npm run check` warns about: a tag that is the other script's twin of a
 * more used one, or differs from one by a single character.
 */

export interface TagSpelling {
  /** The spelling a tag is shown and linked under: the most used of its group. */
  shown: (tag: string) => string;
  /** Every spelling of a shown tag, the shown one first. */
  spellings: (shown: string) => string[];
}

/** Groups the tags of `tagLists` (one list per entry) by their folded form. */
export function tagSpelling(tagLists: Iterable<readonly string[]>, fold: (text: string) => string): TagSpelling {
  const counts = new Map<string, number>();
  for (const tags of tagLists) for (const tag of new Set(tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const groups = new Map<string, string[]>();
  for (const tag of counts.keys()) {
    const key = fold(tag);
    groups.set(key, [...(groups.get(key) ?? []), tag]);
  }
  const shownOf = new Map<string, string>();
  const spellingsOf = new Map<string, string[]>();
  for (const tags of groups.values()) {
    // Most used first; on a tie the spelling that is already the folded (Simplified) form, then code point order.
    const ordered = tags.sort(
      (a, b) => counts.get(b)! - counts.get(a)! || Number(fold(b) === b) - Number(fold(a) === a) || (a < b ? -1 : 1),
    );
    const shown = ordered[0]!;
    spellingsOf.set(shown, ordered);
    for (const tag of ordered) shownOf.set(tag, shown);
  }
  return { shown: (tag) => shownOf.get(tag) ?? tag, spellings: (shown) => spellingsOf.get(shown) ?? [shown] };
}

/** One character added, dropped or changed turns `a` into `b`. */
function oneEditApart(a: string, b: string): boolean {
  const [x, y] = [[...a], [...b]];
  if (Math.abs(x.length - y.length) > 1) return false;
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start += 1;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) [endX, endY] = [endX - 1, endY - 1];
  return endX - start <= 1 && endY - start <= 1;
}

export interface TagNeighbour {
  tag: string;
  /** The tag it should probably be: the more used spelling or near-duplicate. */
  existing: string;
  kind: 'twin' | 'near';
}

/** Below this many characters a one-character difference is a different word (退款/退票), not a near-duplicate. */
const NEAR_MIN_LENGTH = 3;

/**
 * For each tag that is not the shown spelling of its group, the shown one (`twin`); for each tag of three or more
 * characters one character away from a more used tag after folding (a character added, dropped or changed:
 * 账户冻结/账号冻结), that tag (`near`). Candidates come from shared one-deletion forms, so a large library is not
 * compared pair by pair.
 */
export function tagNeighbours(tagLists: Iterable<readonly string[]>, fold: (text: string) => string): TagNeighbour[] {
  const lists = [...tagLists];
  const spelling = tagSpelling(lists, fold);
  const counts = new Map<string, number>();
  for (const tags of lists)
    for (const tag of new Set(tags)) counts.set(spelling.shown(tag), (counts.get(spelling.shown(tag)) ?? 0) + 1);
  const found: TagNeighbour[] = [];
  for (const shown of counts.keys())
    for (const tag of spelling.spellings(shown).slice(1)) found.push({ tag, existing: shown, kind: 'twin' });

  const byDeletion = new Map<string, string[]>();
  const deletions = (text: string) => {
    const characters = [...text];
    return new Set([text, ...characters.map((_, at) => characters.filter((__, other) => other !== at).join(''))]);
  };
  for (const shown of counts.keys()) {
    const folded = fold(shown);
    if ([...folded].length < NEAR_MIN_LENGTH - 1) continue;
    for (const key of deletions(folded)) byDeletion.set(key, [...(byDeletion.get(key) ?? []), shown]);
  }
  const near = new Map<string, string>();
  for (const shown of counts.keys()) {
    const folded = fold(shown);
    if ([...folded].length < NEAR_MIN_LENGTH) continue;
    for (const key of deletions(folded)) {
      for (const other of byDeletion.get(key) ?? []) {
        if (other === shown || [...fold(other)].length < NEAR_MIN_LENGTH || !oneEditApart(folded, fold(other)))
          continue;
        // The less used of the two is the one to change; on a tie, the later in code point order.
        const more =
          counts.get(other)! > counts.get(shown)! || (counts.get(other) === counts.get(shown) && other < shown);
        if (more && !near.has(shown)) near.set(shown, other);
      }
    }
  }
  for (const [tag, existing] of near) found.push({ tag, existing, kind: 'near' });
  return found;
}
