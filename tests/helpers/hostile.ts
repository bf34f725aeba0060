/** Hostile corpora (tests/hostile/<kind>/corpus.ts) written into temporary libraries, for the hostile-input runners. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { HostileFile, HostileInput } from '../hostile/types.ts';
import { tempLibrary } from './temp-library.ts';

const modules = import.meta.glob<{ corpus: HostileInput[] }>('../hostile/*/corpus.ts', { eager: true });

/** Every input of every corpus, with the corpus it comes from (`markup`, `pii`, …). */
export const hostileInputs: (HostileInput & { corpus: string })[] = Object.entries(modules).flatMap(([file, module]) =>
  module.corpus.map((input) => ({ ...input, corpus: path.basename(path.dirname(file)) })),
);

/** Writes the inputs' files into a new temporary library (the real people included); returns its root. */
export function hostileLibrary(inputs: readonly HostileInput[]): string {
  const root = tempLibrary({});
  for (const input of inputs) {
    for (const [relative, content] of Object.entries(input.files) as [string, HostileFile][]) {
      const file = path.join(root, relative);
      mkdirSync(path.dirname(file), { recursive: true });
      if (typeof content === 'object' && 'symlinkTo' in content) symlinkSync(content.symlinkTo, file);
      else writeFileSync(file, content);
    }
  }
  return root;
}
