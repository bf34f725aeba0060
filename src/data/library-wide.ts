/**
 * The whole library when this build is one shard of it (`CASEBOOK_LIBRARY_WIDE`, docs/scaling.md "Past one
 * machine"): links to entries of every shard. Without the input every entry is this build's own.
 */
import { libraryLinks, restoreSimilarity, type LibraryLinks } from '../lib/library-wide/index.ts';
import type { LibrarySimilarity } from '../lib/similar/build.ts';
import { paths, sharedSiteBase } from '../lib/site/urls.ts';
import { libraryWideInput, type LibraryWideInput } from '../library/library-wide-input.ts';

const ownLinks: LibraryLinks = {
  case: paths.case,
  casePresent: paths.casePresent,
  dailyEntry: paths.dailyEntry,
  dailyPresent: paths.dailyPresent,
  caseShard: () => undefined,
  dailyShard: () => undefined,
};

let links: { input: LibraryWideInput; links: LibraryLinks } | undefined;

/**
 * Whether this build renders the library's shared pages (lists, browse pages, practices, scripts, people, journeys,
 * review lists): every build but a shard other than the home shard, whose links lead to the home shard's copy.
 */
export const rendersSharedPages = (): boolean => sharedSiteBase === paths.home();

/** The library-wide input, if this build was handed one. */
export const libraryWide = (): LibraryWideInput | undefined => libraryWideInput();

/** Links to any entry of the library, in this shard or another. */
export function entryLinks(): LibraryLinks {
  const input = libraryWideInput();
  if (!input) return ownLinks;
  if (links?.input !== input) links = { input, links: libraryLinks(input, paths.home(), paths) };
  return links.links;
}

/** The whole library's similar cases and finder index, when the input carries them. */
export function libraryWideSimilarity(): LibrarySimilarity | undefined {
  const input = libraryWideInput();
  return input && restoreSimilarity(input.similarity);
}
