/**
 * Simplified/Traditional folding for search. At build time OpenCC (opencc-js) gives every character of the
 * library its Simplified, Taiwan and Hong Kong forms; the browser receives only that small table (no
 * converter) and searches a query in each script's form, so 銷戶 finds 销户 and the reverse while every
 * excerpt shows the entry's own text.
 */

/** Character → its forms in [zh-CN, zh-TW, zh-HK]. Only characters whose forms differ are listed. */
export type VariantTable = Record<string, [string, string, string]>;

/**
 * Equivalences OpenCC does not make, listed once and documented in the README: 帐 (older simplified form
 * used in 帐单/帐户) is folded with 账, so 账单, 帐单, 帳單 and 賬單 all find each other.
 */
export const extraEquivalents: Record<string, string> = { 帐: '账' };

export interface Converters {
  toSimplified: (text: string) => string;
  toTaiwan: (text: string) => string;
  toHongKong: (text: string) => string;
}

/** Builds the table for the characters that occur in the library (and the forms a user may type instead). */
export function buildVariantTable(libraryText: string, convert: Converters): VariantTable {
  const table: VariantTable = {};
  const characters = new Set(libraryText.match(/\p{Script=Han}/gu) ?? []);
  for (const character of characters) {
    const simplified = extraEquivalents[character] ?? convert.toSimplified(character);
    const canonical = extraEquivalents[simplified] ?? simplified;
    const forms: [string, string, string] = [canonical, convert.toTaiwan(canonical), convert.toHongKong(canonical)];
    const all = new Set([character, ...forms, ...Object.keys(extraEquivalents).filter((key) => extraEquivalents[key] === canonical)]);
    if (all.size === 1) continue;
    for (const form of all) table[form] = forms;
  }
  return table;
}

/** A part in each script's form (the part itself first), plus the extra equivalents; distinct, at most 4. */
export function scriptVariants(part: string, table: VariantTable): string[] {
  const inScript = (index: 0 | 1 | 2) => [...part].map((character) => table[character]?.[index] ?? character).join('');
  const variants = [part, inScript(0), inScript(1), inScript(2)];
  for (const [variant, canonical] of Object.entries(extraEquivalents)) {
    if (inScript(0).includes(canonical)) variants.push(inScript(0).replaceAll(canonical, variant));
  }
  return [...new Set(variants)].slice(0, 4);
}
