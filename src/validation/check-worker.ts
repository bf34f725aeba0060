/**
 * Worker thread of `validateLibraryInParallel` (parallel.ts): checks the files it claims and posts their reports back,
 * a batch at a time, then `null`.
 */
import { enableCompileCache } from 'node:module';
import { workerData } from 'node:worker_threads';
import type { LibraryIndex } from '../schemas/common.ts';
import type { CheckWorkerInput } from './run.ts';

// A thread loads the validator's modules on its own: from Node's compile cache on disk, that takes half the time
// (the main thread of `npm run check` keeps it too, and passes it on: then this call finds it on already).
// Imported once the cache is on.
enableCompileCache();
const [{ createSchemas }, { checkClaimedFiles }] = await Promise.all([
  import('../schemas/collections.ts'),
  import('./validate.ts'),
]);

const { files, next, index, today, reports } = workerData as CheckWorkerInput;
const schemas = createSchemas(
  Object.fromEntries(
    Object.entries(index).map(([collection, ids]) => [collection, new Set(ids)]),
  ) as unknown as LibraryIndex,
);
checkClaimedFiles(files, next, schemas, today, (batch) => reports.postMessage(batch));
reports.postMessage(null);
