/**
 * Computes the library's similar cases on a thread of its own (started by case-similarity.ts when
 * `astro build` starts), from the content files, in the order the pages list cases.
 */
import { parentPort } from 'node:worker_threads';
import { config } from '../config.ts';
import { compareCases } from '../lib/cases/case-order.ts';
import { librarySimilarity } from '../lib/similar/build.ts';
import { lexiconGroups, readLibrary } from '../library/read.ts';

const library = readLibrary();
const cases = library.cases.map(({ file, data }) => ({ id: file.id, data })).sort(compareCases);
parentPort!.postMessage(librarySimilarity(cases, config.categories, lexiconGroups(library.lexicon)));
