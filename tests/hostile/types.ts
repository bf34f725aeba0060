/**
 * The shape of a hostile corpus (tests/hostile/<kind>/corpus.ts exports `corpus: HostileInput[]`). Every input is
 * one technique an attacker or a careless contributor could use, with the exact outcome it must have: refused by
 * the check with its file, line, field and message, or accepted and rendered inert. The runners
 * (tests/unit/hostile.test.ts, tests/build/hostile.test.ts, tests/browser/hostile.test.ts) pick up every corpus.
 */

/** A file's content, or a symbolic link to `symlinkTo` (absolute, or relative to the link). */
export type HostileFile = string | Buffer | { symlinkTo: string };

export interface Rejection {
  line: number;
  field: string;
  /** The message exactly, or a pattern when it quotes something long. */
  message: string | RegExp;
}

export interface HostileInput {
  /** Unique, short: what the input tries. */
  technique: string;
  /** Files written into an empty library (the real people are added), relative to the content root. */
  files: Record<string, HostileFile>;
  /** The file the outcome concerns, relative to the content root. */
  file: string;
  /** Refused by `npm run check` and the build with this first error in `file`, or accepted (with these warnings). */
  outcome: { rejected: Rejection } | { accepted: { warnings: string[] } };
  /** Changes the library as a whole (a folder, the file count): checked in a library of its own only. */
  alone?: boolean;
}
