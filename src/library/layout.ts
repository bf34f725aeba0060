/**
 * Where each collection lives on disk and how a file path becomes an entry id.
 * Shared by Astro's content config and the CLI validator so both see the same library.
 */
import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Collection, LibraryIndex } from '../schemas/common.ts';
import { libraryWideHead } from './library-wide-input.ts';

export interface CollectionLayout {
  /** Folder under the content root. */
  dir: string;
  /** File extension of entries. */
  extension: '.mdx' | '.yaml';
  /** Glob pattern for Astro's loader, relative to `dir`. */
  pattern: string;
}

/** Service scripts live in `service-scripts/` so they cannot be confused with the tooling folder `scripts/`. */
export const layout: Record<Collection, CollectionLayout> = {
  cases: { dir: 'cases', extension: '.mdx', pattern: '**/*.mdx' },
  daily: { dir: 'daily', extension: '.mdx', pattern: '**/*.mdx' },
  practices: { dir: 'practices', extension: '.mdx', pattern: '**/*.mdx' },
  scripts: { dir: 'service-scripts', extension: '.mdx', pattern: '**/*.mdx' },
  people: { dir: 'people', extension: '.yaml', pattern: '**/*.yaml' },
  /** Synonym groups, one file per domain (see `src/lib/lexicon/`). */
  lexicon: { dir: 'lexicon', extension: '.yaml', pattern: '**/*.yaml' },
  /** Customer journeys, one file per industry, named like the industry's folder of cases (see `src/lib/journeys/`). */
  journeys: { dir: 'journeys', extension: '.yaml', pattern: '**/*.yaml' },
};

export const collectionNames = Object.keys(layout) as Collection[];

/** The content folder in the repository (links to the repository's files start here). */
export const CONTENT_DIR = 'content';

/**
 * The content root: `content/`, or `CASEBOOK_CONTENT` (benchmarks build generated libraries from a temporary folder).
 */
export function contentRoot(cwd: string = process.cwd()): string {
  return path.resolve(cwd, process.env.CASEBOOK_CONTENT || CONTENT_DIR);
}

/**
 * Entry id from a path relative to the collection folder, with forward slashes.
 * Daily entries are keyed by date alone, so they may be filed in year folders.
 */
export function entryIdFromPath(collection: Collection, relativePath: string): string {
  const withoutExtension = relativePath.replaceAll('\\', '/').replace(/\.(mdx|yaml)$/, '');
  return collection === 'daily' ? withoutExtension.split('/').pop()! : withoutExtension;
}

export interface LibraryFile {
  collection: Collection;
  /** Absolute path. */
  absolutePath: string;
  /** Path relative to the working directory, as printed in messages. */
  displayPath: string;
  /** Path relative to the collection folder. */
  relativePath: string;
  id: string;
  /** False when the extension is not the collection's (e.g. a `.md` case). */
  hasExpectedExtension: boolean;
}

/**
 * Every file under `folder`, relative to it, sorted. A symbolic link is listed, never followed (the validator
 * refuses it): it could point at /dev/zero, at a folder outside the repository, or nowhere. Hidden files are
 * left out, as Astro's loader leaves them out.
 */
function walk(folder: string): string[] {
  const found: string[] = [];
  // Paths relative to `folder`, joined by hand: `path.relative` per file costs more than reading the folder.
  const pending = [''];
  while (pending.length > 0) {
    const current = pending.pop()!;
    const absolute = current === '' ? folder : path.join(folder, current);
    let entries: Dirent[];
    try {
      if (lstatSync(absolute).isSymbolicLink()) continue;
      // Directory entries tell files from folders without a stat call per file (thousands in a large library).
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const relative = current === '' ? entry.name : `${current}${path.sep}${entry.name}`;
      if (entry.isDirectory()) pending.push(relative);
      else if (entry.isFile() || entry.isSymbolicLink()) found.push(relative);
    }
  }
  return found.sort();
}

/** Every file in the content folders, and the index of entry ids built from them. */
export function scanLibrary(root: string = contentRoot()): { files: LibraryFile[]; index: LibraryIndex } {
  const files: LibraryFile[] = [];
  const index = Object.fromEntries(collectionNames.map((name) => [name, new Set<string>()])) as Record<
    Collection,
    Set<string>
  >;
  const cwd = process.cwd();
  for (const collection of collectionNames) {
    const { dir, extension } = layout[collection];
    const folder = path.join(root, dir);
    const shownFolder = path.relative(cwd, folder);
    for (const relativePath of walk(folder)) {
      const absolutePath = `${folder}${path.sep}${relativePath}`;
      const hasExpectedExtension = relativePath.endsWith(extension);
      const id = entryIdFromPath(collection, relativePath);
      files.push({
        collection,
        absolutePath,
        displayPath: shownFolder === '' ? relativePath : `${shownFolder}${path.sep}${relativePath}`,
        relativePath: relativePath.replaceAll('\\', '/'),
        id,
        hasExpectedExtension,
      });
      if (hasExpectedExtension) index[collection].add(id);
    }
  }
  // A shard of a sharded library may name cases of other shards as related: the library-wide input lists them all.
  for (const id of libraryWideHead()?.caseIds ?? []) index.cases.add(id);
  return { files, index };
}
