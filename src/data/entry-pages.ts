/** What the page of one case, practice or script is made from, besides the entry's own fields. */
import { render } from 'astro:content';
import { entryLang } from '../lib/text/entry-lang.ts';
import { getLookups, type CaseEntry, type PracticeEntry, type ScriptEntry } from './library.ts';

type PagedEntry = CaseEntry | PracticeEntry | ScriptEntry;

/** `getStaticPaths` of the entries' pages: one page per entry, at its id. */
export function entryPaths<E extends PagedEntry>(entries: readonly E[]) {
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

/**
 * The entry's fields, its rendered body, the `lang` of its own text, and the lookups that turn the ids it links to
 * into entries.
 */
export async function entryPage<E extends PagedEntry>(entry: E) {
  const { Content } = await render(entry);
  // As E's own fields: TypeScript reads `entry.data` as any of the three kinds' fields.
  return { data: entry.data as E['data'], Content, lang: entryLang(entry.data.lang), lookups: await getLookups() };
}
