/**
 * What a validation run starts from: the options, the library's files and entry ids, and today's date. Kept apart
 * from the rules so that `npm run check` can scan the library and start its worker threads before it loads them.
 */
import path from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import { config } from '../config.ts';
import { calendarDateIn } from '../lib/daily/dates.ts';
import type { LibraryIndex } from '../schemas/common.ts';
import { contentRoot, scanLibrary, type LibraryFile } from '../library/layout.ts';
import type { Problem } from './problem.ts';

export interface ValidationResult {
  problems: Problem[];
  /** Number of files checked. */
  fileCount: number;
}

export interface ValidateOptions {
  root?: string;
  /**
   * Only report problems in these files (absolute or relative paths); the whole library is still read for references.
   */
  only?: readonly string[];
  /** Today as `YYYY-MM-DD`, for date rules (review age, birth dates); default: today in `config.timezone`. */
  today?: string;
}

export interface Run {
  root: string;
  today: string;
  files: LibraryFile[];
  index: LibraryIndex;
  wanted: Set<string> | undefined;
}

export function prepare(options: ValidateOptions): Run {
  const root = options.root ?? contentRoot();
  const { files, index } = scanLibrary(root);
  return {
    root,
    today: options.today ?? calendarDateIn(config.timezone),
    files,
    index,
    wanted: options.only ? new Set(options.only.map((file) => path.resolve(file))) : undefined,
  };
}

/**
 * Input of `check-worker.ts`: every file, the shared counter of files claimed, what every file is checked against, and
 * the port its reports go to.
 */
export interface CheckWorkerInput {
  files: LibraryFile[];
  next: Int32Array;
  index: Record<string, string[]>;
  today: string;
  reports: MessagePort;
}
