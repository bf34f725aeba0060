/** A pass over the built site (output-sweep.ts) on a thread of its own, started by deploy-files.ts. */
import { parentPort, workerData } from 'node:worker_threads';
import { sweep, type SweepRequest } from './output-sweep.ts';

parentPort!.postMessage(sweep(workerData as SweepRequest));
