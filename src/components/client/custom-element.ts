/**
 * The one convention of the site's client scripts (header, daily calendar, search panel, finder, presenter deck,
 * today card):
 * - Behaviour is a custom element. Its class lives in a `.ts` module beside its `.astro` component and the module
 *   ends with `customElements.define(…)`; the component's `<script>` only imports the module.
 * - The copy it shows comes from the page, not from `src/i18n/ui.ts` (whose whole dictionary would ship with every
 *   script): the component renders `<ClientJson class="strings" value={…} />` with only the entries the script
 *   uses, and the script reads them with {@link readJson}. Copy with values in it is a `{name}` template, filled with
 *   `fill()` from `src/i18n/copy.ts` on both sides.
 * - It finds the markup the component rendered with {@link part}, which names what is missing when the two drift
 *   apart, and builds new markup with {@link element}.
 */

/** The element `selector` matches inside `root`; throws naming both when the component no longer renders it. */
export function part<E extends Element = HTMLElement>(root: ParentNode, selector: string): E {
  const found = root.querySelector<E>(selector);
  if (!found) throw new Error(`${root instanceof Element ? `<${root.localName}>` : 'document'} has no ${selector}`);
  return found;
}

/** The JSON of the `<script type="application/json">` that `selector` matches inside `host` (see ClientJson.astro). */
export function readJson<T>(host: ParentNode, selector = 'script.strings'): T {
  return JSON.parse(part(host, selector).textContent) as T;
}

/** A new element with attributes and children (text or nodes). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** `fetch` of a JSON file that fails on an HTTP error too, naming the address and the status. */
export async function fetchJson<T = unknown>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json() as Promise<T>;
}
