/**
 * Handling the dictionary's copy (./ui.ts) for client scripts, which get only the entries they show, as JSON in the
 * page (src/components/custom-element.ts). Copy with values in it that a script shows is therefore a `{name}`
 * template rather than a function.
 */

/** The entries `keys` of a dictionary section: what one client script shows. */
export function pick<T extends object, K extends keyof T>(section: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, section[key]])) as Pick<T, K>;
}

/** Fills the `{name}` placeholders of a template. Values go in as they are: a `$&` typed into a query stays `$&`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}
