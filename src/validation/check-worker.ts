/** Worker thread of `validateLibraryInParallel`: checks its share of the files and posts the reports back. */
import { parentPort, workerData } from 'node:worker_threads';
import { createSchemas } from '../schemas/collections.ts';
import type { LibraryIndex } from '../schemas/common.ts';
import { checkFile, type CheckWorkerInput } from './validate.ts';

const { files, index, today } = workerData as CheckWorkerInput;
const schemas = createSchemas(Object.fromEntries(Object.entries(index).map(([collection, ids]) => [collection, new Set(ids)])) as unknown as LibraryIndex);
parentPort!.postMessage(files.map((file) => checkFile(file, schemas, today)));
