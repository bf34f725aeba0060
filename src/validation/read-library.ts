/** Reads every valid entry's frontmatter through the shared schemas, for build steps outside Astro's pages. */
import { createSchemas, type CaseData, type DailyData, type PersonData, type PracticeData, type ScriptData } from '../schemas/collections.ts';
import { contentRoot, scanLibrary, type LibraryFile } from '../schemas/library.ts';
import { parseSource } from './source-file.ts';
import { readContentFile } from './validate.ts';

export interface LibraryEntries {
  cases: { file: LibraryFile; data: CaseData }[];
  daily: { file: LibraryFile; data: DailyData }[];
  practices: { file: LibraryFile; data: PracticeData }[];
  scripts: { file: LibraryFile; data: ScriptData }[];
  people: { file: LibraryFile; data: PersonData }[];
}

/** Entries that fail validation are skipped: the build has already refused them before this runs. */
export function readLibrary(root: string = contentRoot()): LibraryEntries {
  const { files, index } = scanLibrary(root);
  const schemas = createSchemas(index);
  const entries: LibraryEntries = { cases: [], daily: [], practices: [], scripts: [], people: [] };
  for (const file of files) {
    if (!file.hasExpectedExtension) continue;
    const read = readContentFile(file.absolutePath);
    if (!('text' in read)) continue;
    const parsed = parseSource(read.text, file.collection === 'people' ? 'yaml' : 'mdx', false);
    if (!parsed.ok) continue;
    const result = schemas[file.collection].safeParse(parsed.data);
    if (result.success) (entries[file.collection] as { file: LibraryFile; data: unknown }[]).push({ file, data: result.data });
  }
  return entries;
}
