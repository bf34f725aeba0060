/**
 * `validateLibrary` on every core: worker threads check the files beside the calling thread, then the checks across
 * files run on the combined reports, so the result is identical. This module loads nothing but the library scan:
 * the threads are started before any thread loads the rules (about 0.3 s each), so that all of them load at once.
 */
import { getCompileCacheDir } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileReport } from './validate.ts';
import { prepare, type CheckWorkerInput, type ValidateOptions, type ValidationResult } from './run.ts';

/**
 * Below this many files per thread, starting a worker (about half a second of module loading) costs more than it saves.
 */
const FILES_PER_WORKER = 400;

export async function validateLibraryInParallel(
  options: ValidateOptions & { threads?: number; filesPerThread?: number } = {},
): Promise<ValidationResult> {
  const run = prepare(options);
  const perThread = options.filesPerThread ?? FILES_PER_WORKER;
  const threads = Math.max(
    1,
    Math.min(options.threads ?? availableParallelism(), Math.floor(run.files.length / perThread)),
  );
  const next = new Int32Array(new SharedArrayBuffer(4));
  const index = Object.fromEntries(
    Object.entries(run.index).map(([collection, ids]: [string, ReadonlySet<string>]) => [collection, [...ids]]),
  );
  // A worker given the compile cache from its start reads even its first module from the cache: otherwise that
  // one alone loads Node's TypeScript stripper, about 0.1 s of every worker's start.
  const cache = getCompileCacheDir();
  const inWorker = () =>
    new Promise<[number, FileReport][]>((resolve, reject) => {
      const worker = new Worker(new URL('./check-worker.ts', import.meta.url), {
        workerData: { files: run.files, next, index, today: run.today } satisfies CheckWorkerInput,
        env: cache ? { ...process.env, NODE_COMPILE_CACHE: cache } : process.env,
      });
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => code !== 0 && reject(new Error(`校验线程异常退出（${code}）`)));
    });
  const others = Promise.all(Array.from({ length: threads - 1 }, inWorker));
  // This thread loads the rules while the workers do, then checks files beside them.
  const [{ checkClaimedFiles, combine }, { createSchemas }] = await Promise.all([
    import('./validate.ts'),
    import('../schemas/collections.ts'),
  ]);
  const mine = checkClaimedFiles(run.files, next, createSchemas(run.index), run.today);
  const reports = new Array<FileReport>(run.files.length);
  for (const [position, report] of [...mine, ...(await others).flat()]) reports[position] = report;
  return combine(run, reports);
}
