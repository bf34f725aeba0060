/**
 * A stand-in for the build's OpenCC fold over the few characters a unit test uses: each listed character to the
 * form given, any other character as it is.
 */
export const foldWith =
  (table: Record<string, string>) =>
  (character: string): string =>
    table[character] ?? character;
