/** Reads every valid entry's frontmatter through the shared schemas, for build steps outside Astro's pages. */
import {
  createSchemas,
  type CaseData,
  type DailyData,
  type JourneyData,
  type LexiconData,
  type PersonData,
  type PracticeData,
  type ScriptData,
} from '../schemas/collections.ts';
import { contentRoot, layout, scanLibrary, type LibraryFile } from './layout.ts';
import type { LexiconGroup } from '../lib/lexicon/index.ts';
import type { Journey } from '../lib/journeys/index.ts';
import type { Collection } from '../schemas/common.ts';
import { parseSource } from './source-file.ts';
import { readContentFile } from './read-file.ts';

export interface LibraryEntries {
  cases: { file: LibraryFile; data: CaseData }[];
  daily: { file: LibraryFile; data: DailyData }[];
  practices: { file: LibraryFile; data: PracticeData }[];
  scripts: { file: LibraryFile; data: ScriptData }[];
  people: { file: LibraryFile; data: PersonData }[];
  lexicon: { file: LibraryFile; data: LexiconData; lines: number[] }[];
  journeys: { file: LibraryFile; data: JourneyData }[];
}

/**
 * Entries that fail validation are skipped: the build has already refused them before this runs. `only`: read just
 * these collections (the others stay empty).
 */
export function readLibrary(root: string = contentRoot(), only?: Collection | readonly Collection[]): LibraryEntries {
  const wanted = only === undefined ? undefined : new Set<Collection>(typeof only === 'string' ? [only] : only);
  const { files, index } = scanLibrary(root);
  const schemas = createSchemas(index);
  const entries: LibraryEntries = {
    cases: [],
    daily: [],
    practices: [],
    scripts: [],
    people: [],
    lexicon: [],
    journeys: [],
  };
  for (const file of files) {
    if (!file.hasExpectedExtension || (wanted && !wanted.has(file.collection))) continue;
    const read = readContentFile(file.absolutePath);
    if (!('text' in read)) continue;
    const parsed = parseSource(read.text, layout[file.collection].extension === '.yaml' ? 'yaml' : 'mdx', false);
    if (!parsed.ok) continue;
    const result = schemas[file.collection].safeParse(parsed.data);
    if (!result.success) continue;
    if (file.collection === 'lexicon') {
      const data = result.data as LexiconData;
      entries.lexicon.push({
        file,
        data,
        lines: data.groups.map((_, position) => parsed.locate(['groups', position]).line),
      });
    } else (entries[file.collection] as { file: LibraryFile; data: unknown }[]).push({ file, data: result.data });
  }
  return entries;
}

/**
 * Every synonym group of the library, file by file in path order, each with its file's id
 * (e.g. `refunds-payments`, the anchor of its section on the 同义词表 page) and its line in the file.
 */
export function readLexicon(root: string = contentRoot()): LexiconGroup[] {
  return lexiconGroups(readLibrary(root, 'lexicon').lexicon);
}

/** The groups of lexicon files already read. */
export function lexiconGroups(files: LibraryEntries['lexicon']): LexiconGroup[] {
  return files.flatMap(({ file, data, lines }) =>
    data.groups.map((group, position) => ({
      words: group.words,
      narrower: group.narrower,
      role: group.role,
      ...(group.note ? { note: group.note } : {}),
      file: file.id,
      line: lines[position]!,
    })),
  );
}

/** Every customer journey of the library, by industry id in path order (`npm run new` offers their stages). */
export function readJourneys(root: string = contentRoot()): Journey[] {
  return readLibrary(root, 'journeys').journeys.map(({ file, data }) => ({ id: file.id, ...data }));
}
