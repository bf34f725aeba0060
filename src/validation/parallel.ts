/**
 * `validateLibrary` on every core: worker threads check the files beside the calling thread, then the checks across
 * files run on the combined reports, so the result is identical. This module loads nothing but the library scan:
 * the threads are started before any thread loads the rules (about 0.3 s each), so that all of them load at once.
 */
import { getCompileCacheDir } from 'node:module';
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { FileReport, ReportBatch } from './validate.ts';
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
  const reports = new Array<FileReport>(run.files.length);
  const store = (batch: ReportBatch) => {
    for (const [position, report] of batch) reports[position] = report;
  };
  // A worker given the compile cache from its start reads even its first module from the cache: otherwise that
  // one alone loads Node's TypeScript stripper, about 0.1 s of every worker's start.
  const cache = getCompileCacheDir();
  const workers = Array.from({ length: threads - 1 }, () =>
    startWorker({ files: run.files, next, index, today: run.today }, cache, store),
  );
  // This thread loads the rules while the workers do, then checks files beside them; between its batches it stores
  // those the workers have posted, so that little is left to receive once it is done.
  const [{ checkClaimedFiles, combine, loadCrossFileConverters }, { createSchemas }] = await Promise.all([
    import('./validate.ts'),
    import('../schemas/collections.ts'),
  ]);
  if (workers.length > 0) loadCrossFileConverters();
  checkClaimedFiles(run.files, next, createSchemas(run.index), run.today, (batch) => {
    store(batch);
    for (const worker of workers) worker.receive();
  });
  await Promise.all(workers.map((worker) => worker.done));
  return combine(run, reports);
}

/**
 * A worker thread checking files beside this one. Its reports come a batch at a time on a port of their own, which
 * `receive` empties without waiting; `done` resolves once the last batch is stored, and rejects if the worker fails.
 */
function startWorker(
  input: Omit<CheckWorkerInput, 'reports'>,
  cache: string | undefined,
  store: (batch: ReportBatch) => void,
): { receive: () => void; done: Promise<void> } {
  const { port1: port, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url), {
    workerData: { ...input, reports: port2 } satisfies CheckWorkerInput,
    transferList: [port2],
    env: cache ? { ...process.env, NODE_COMPILE_CACHE: cache } : process.env,
  });
  let finished = false;
  const take = (batch: ReportBatch | null) => (batch === null ? (finished = true) : store(batch));
  const receive = () => {
    while (!finished) {
      const message = receiveMessageOnPort(port);
      if (!message) return;
      take(message.message as ReportBatch | null);
    }
  };
  const done = new Promise<void>((resolve, reject) => {
    // Once the last batch came, or the worker ended: the port is closed either way, so nothing keeps the process up.
    const end = (error?: Error) => {
      if (!error) receive();
      port.close();
      if (!error && finished) resolve();
      else reject(error ?? new Error('校验线程没有交回全部结果'));
    };
    port.on('message', (batch: ReportBatch | null) => {
      if (finished) return;
      take(batch);
      if (finished) end();
    });
    worker.once('error', end);
    worker.once('exit', (code) => end(code === 0 ? undefined : new Error(`校验线程异常退出（${code}）`)));
  });
  return { receive, done };
}
