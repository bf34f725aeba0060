/**
 * Simplified/Traditional folding for search. At build time OpenCC (opencc-js) folds every Han character
 * of the library to its Simplified form; characters that fold together form a group. The browser receives
 * only that small table (no converter) and searches each query part in every combination of its
 * characters' group members, so 銷戶 finds 销户, 分钟 finds 分鐘, and the reverse, while every excerpt
 * shows the entry's own text.
 */

export interface VariantTable {
  /** Any character (from the library, or a form a user may type) → its folded (Simplified) form. */
  fold: Record<string, string>;
  /** Folded form → the library's characters with that form, most frequent first (only where forms differ). */
  groups: Record<string, string>;
}

/**
 * Equivalences OpenCC does not make, listed once and documented in docs/search.md: 帐 (older Simplified form
 * used in 帐单/帐户) is folded with 账, so 账单, 帐单, 帳單 and 賬單 all find each other.
 */
export const extraEquivalents: Record<string, string> = { 帐: '账' };

/**
 * Folds OpenCC gets wrong, given before it is asked: its Taiwan table turns 么 and 麼 into 幺 (a different
 * character, "smallest"), so 什么 and 幺 would find each other. 么 is the Simplified form of 麼 and 麽.
 */
export const foldCorrections: Record<string, string> = { 么: '么', 麼: '么', 麽: '么' };

export interface Converters {
  /** Traditional (Taiwan or Hong Kong) → Simplified. */
  toSimplified: (text: string) => string;
  /** Simplified → the Traditional forms users may type. */
  toTraditional: (text: string) => string[];
}

/**
 * A character's folded form: its Simplified form (`foldCorrections` first), with `extraEquivalents` applied; the
 * character itself when
 * the converter does not give one character. The variant table and the search index's words (index-words.ts)
 * both fold with this, so the browser, folding with the table, meets the index.
 */
export function foldCharacter(character: string, toSimplified: (text: string) => string): string {
  const simplified = foldCorrections[character] ?? toSimplified(character);
  const folded = extraEquivalents[simplified] ?? simplified;
  return [...folded].length === 1 ? folded : character;
}

/** Most variant combinations searched for one part. */
export const MAX_VARIANTS = 8;

/** How often each Han character occurs, accumulated over the pages of the library. */
export function countHanCharacters(text: string, counts: Map<string, number> = new Map()): Map<string, number> {
  // By runs, not by character: one match per run of Han text instead of one per character (a library's text is
  // millions).
  for (const [run] of text.matchAll(/\p{Script=Han}+/gu))
    for (const character of run) counts.set(character, (counts.get(character) ?? 0) + 1);
  return counts;
}

export function buildVariantTable(frequency: ReadonlyMap<string, number>, convert: Converters): VariantTable {
  const foldOf = (character: string) => foldCharacter(character, convert.toSimplified);
  const members = new Map<string, string[]>();
  const fold: Record<string, string> = {};
  for (const character of frequency.keys()) {
    const folded = foldOf(character);
    members.set(folded, [...(members.get(folded) ?? []), character]);
  }
  const groups: Record<string, string> = {};
  for (const [folded, characters] of members) {
    // Forms a user may type that the library does not contain still need their fold.
    const typed = new Set([
      folded,
      ...characters,
      ...convert.toTraditional(folded),
      ...Object.keys(extraEquivalents).filter((key) => extraEquivalents[key] === folded),
    ]);
    if (typed.size === 1) continue;
    for (const character of typed)
      if (foldOf(character) === folded || character === folded || extraEquivalents[character] === folded)
        fold[character] = folded;
    groups[folded] = characters.sort((a, b) => frequency.get(b)! - frequency.get(a)!).join('');
  }
  return { fold, groups };
}

/**
 * A character's folded form by the table: its own entry, or else the group it belongs to (a query's forms come
 * from the groups of its own characters, whose shards hold the group but not every member's entry).
 */
export function foldByTable(table: VariantTable): (character: string) => string {
  const members = new Map(
    Object.entries(table.groups).flatMap(([folded, characters]) =>
      [...characters].map((character) => [character, folded] as const),
    ),
  );
  return (character) => table.fold[character] ?? members.get(character) ?? character;
}

/** A part in the forms the library may hold it in: the part itself first, then combinations of group members. */
export function scriptVariants(part: string, table: VariantTable): string[] {
  let variants = [''];
  for (const character of part) {
    const folded = table.fold[character] ?? character;
    const choices = [...new Set([character, ...(table.groups[folded] ?? folded)])];
    variants = variants.flatMap((prefix) => choices.map((choice) => prefix + choice)).slice(0, MAX_VARIANTS * 4);
  }
  return [...new Set([part, ...variants])].slice(0, MAX_VARIANTS);
}

/**
 * The browser fetches the variant table in shards by code point, only those of the characters a query holds:
 * a two-character query loads two small files instead of the library's whole table.
 */
export const VARIANT_SHARDS = 32;

export const variantShardOf = (character: string) => character.codePointAt(0)! % VARIANT_SHARDS;

/** Splits the table so that a character's shard holds its fold and the group of that fold. */
export function shardVariantTable(table: VariantTable): VariantTable[] {
  const shards = Array.from({ length: VARIANT_SHARDS }, (): VariantTable => ({ fold: {}, groups: {} }));
  for (const [character, folded] of Object.entries(table.fold)) {
    const shard = shards[variantShardOf(character)]!;
    shard.fold[character] = folded;
    if (table.groups[folded]) shard.groups[folded] = table.groups[folded];
  }
  // A folded form typed as it is, whatever the table says its own fold is.
  for (const [folded, members] of Object.entries(table.groups))
    shards[variantShardOf(folded)]!.groups[folded] = members;
  return shards;
}

/** The Han characters of a text, each once: the ones whose variant shards a query needs. */
export const hanCharacters = (text: string) => [...new Set(text.match(/\p{Script=Han}/gu) ?? [])];
