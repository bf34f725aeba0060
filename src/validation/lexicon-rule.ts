/**
 * Checks of the synonym lexicon that need every group at once (the schema checks each group alone):
 * a word listed twice, a word that is only the other-script twin of another word of its group (the
 * search folds Traditional and Simplified already), and a word that two different groups claim.
 */
import { createRequire } from 'node:module';
import type { BodyFinding } from './rules.ts';

/** A word of a lexicon file, where it is written. */
export interface LexiconWordSource {
  word: string;
  line: number;
  column: number;
  /** Field path, e.g. `groups[3].words[1]`. */
  field: string;
}

/** A group of a lexicon file, as read by the validator. */
export interface LexiconGroupSource {
  words: LexiconWordSource[];
  narrower: LexiconWordSource[];
}

export interface LexiconFileSource {
  /** Path as shown to the user. */
  file: string;
  groups: LexiconGroupSource[];
}

type Finding = Omit<BodyFinding, 'severity'>;

let textFold: ((text: string) => string) | undefined;

/**
 * The build's script fold, loaded (with OpenCC, a few hundred milliseconds) only once a library has a lexicon, or
 * earlier by `loadCrossFileConverters` (validate.ts).
 */
export function defaultFold(text: string): string {
  textFold ??= (
    createRequire(import.meta.url)('../lib/text/text-fold.ts') as typeof import('../lib/text/text-fold.ts')
  ).createTextFold();
  return textFold(text);
}

/** Problems of each file (by the file's position in `files`), in the order the words are written. */
export function checkLexicon(
  files: readonly LexiconFileSource[],
  fold: (text: string) => string = defaultFold,
): Finding[][] {
  const findings = files.map((): Finding[] => []);
  // Folded word → where a group first claimed it, and that group's signature (identical groups may repeat).
  const claimed = new Map<string, { file: string; line: number; label: string; signature: string }>();
  files.forEach((source, position) => {
    for (const group of source.groups) {
      const members = [...group.words, ...group.narrower].map((word) => ({ ...word, folded: fold(word.word) }));
      const signature = [
        group.words
          .map((word) => fold(word.word))
          .sort()
          .join('|'),
        group.narrower
          .map((word) => fold(word.word))
          .sort()
          .join('|'),
      ].join('>');
      const label = group.words[0]?.word ?? '';
      const seen = new Map<string, string>();
      for (const member of members) {
        const at = { line: member.line, column: member.column, field: member.field };
        const twin = seen.get(member.folded);
        if (twin !== undefined) {
          findings[position]!.push(
            twin === member.word
              ? { ...at, message: `「${member.word}」在这一组里写了两次`, hint: '删掉其中一个' }
              : {
                  ...at,
                  message: `「${member.word}」和「${twin}」只是繁简写法不同`,
                  hint: '只写一种写法就行：搜索时繁体和简体会自动互通，请删掉其中一个',
                },
          );
          continue;
        }
        seen.set(member.folded, member.word);
        const earlier = claimed.get(member.folded);
        if (earlier === undefined) {
          claimed.set(member.folded, { file: source.file, line: member.line, label, signature });
        } else if (earlier.signature !== signature) {
          findings[position]!.push({
            ...at,
            message: `「${member.word}」已在 ${earlier.file} 第 ${earlier.line} 行「${earlier.label}」那一组里`,
            hint: '一个词只能属于一组：两组说的是同一件事就合并成一组，不是就从其中一组删掉这个词',
          });
        }
      }
    }
  });
  return findings;
}
