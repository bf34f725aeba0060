/**
 * The shape of a hostile corpus (tests/hostile/<kind>/corpus.ts exports `corpus: HostileInput[]`). Every input is
 * one technique an attacker or a careless contributor could use, with the exact outcome it must have: refused by
 * the check with its file, line, field and message, or accepted and rendered inert. The runners
 * (tests/unit/hostile.test.ts, tests/build/hostile.test.ts, tests/browser/hostile.test.ts) pick up every corpus;
 * `node tests/hostile/summary.ts` prints the inputs by corpus, group and outcome.
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
  /** Unique within its corpus, short: what the input tries. */
  technique: string;
  /** The family of techniques it belongs to (`links`, `disguised numbers`), for the summary. */
  group: string;
  /** Files written into an empty library (the real people are added), relative to the content root. */
  files: Record<string, HostileFile>;
  /** The file the outcome concerns, relative to the content root. */
  file: string;
  /**
   * Refused by `npm run check` and the build with this first error in `file` (and, when `problems` is given, with
   * exactly these problems in `file`, in order, each `line field message`, a warning's message starting with
   * `警告 `, the hint compared when the expectation has one after ` — `), or accepted (with these warnings, each
   * `line field message`).
   */
  outcome: { rejected: Rejection; problems?: string[] } | { accepted: { warnings: string[] } };
  /** Text of the input that nothing may print: neither the check (lines, JSON, annotations) nor the build's log. */
  hidden?: string[];
  /**
   * Text the rendered body must show as written (an accepted input), in the Markdown pipeline and on the built page.
   */
  shows?: string[];
  /** Changes the library as a whole (a folder, the file count): checked in a library of its own only. */
  alone?: boolean;
}

/** The inputs of each group, with their group set: a corpus lists its groups once, in one object. */
export function grouped(groups: Record<string, Omit<HostileInput, 'group'>[]>): HostileInput[] {
  return Object.entries(groups).flatMap(([group, inputs]) => inputs.map((input) => ({ ...input, group })));
}
