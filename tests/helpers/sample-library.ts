/** The sample library under content/, as the check scans it: what the test build (`.test-dist/`) is built from. */
import path from 'node:path';
import { scanLibrary } from '../../src/library/layout.ts';
import { projectRoot } from './paths.ts';

export const sampleFiles = scanLibrary(path.join(projectRoot, 'content')).files;

/** Ids of the sample entries of one collection (`ecommerce/presale-refund-delay`, `2026-11-28`, …). */
export const sampleIds = (collection: string) =>
  sampleFiles.filter((file) => file.collection === collection).map((file) => file.id);
