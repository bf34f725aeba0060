/**
 * Warning: a case's 处理过程 / 处理结果 contains a phrase that a service script lists as 禁用语.
 * Phrases and sections are both compared in Simplified writing, so a zh-TW case meets zh-CN
 * scripts and the reverse.
 */
import { createRequire } from 'node:module';
import { phraseMatcher, searchablePhrase, type AvoidPhrase, type PhraseHit } from '../lib/text/avoid-phrases.ts';
import type { BodyFinding } from './rules.ts';
import { lineLocator } from './text-rules.ts';

export interface AvoidSource {
  phrase: string;
  better: string;
  script: string;
}

/** A resolution section's text, with the file position of its first character. */
export interface ResolutionText {
  text: string;
  line: number;
  column: number;
  /**
   * The text in Simplified writing, which the phrases are compared with: converted with `simplified` when the case is
   * written in Traditional Chinese (zh-TW, zh-HK), by the thread that checks the case.
   */
  searched: string;
}

let converter: ((text: string) => string) | undefined;

/**
 * OpenCC's Traditional→Simplified conversion, loaded (a few hundred milliseconds) only once a library has phrases
 * to match; the same converter as the lexicon rule's fold, so OpenCC is loaded once.
 */
export function simplified(text: string): string {
  converter ??= (
    createRequire(import.meta.url)(
      '../lib/text/script-converters.ts',
    ) as typeof import('../lib/text/script-converters.ts')
  ).converter('tw', 'cn');
  return converter(text);
}

/**
 * A matcher for the searchable phrases of every script's avoid list (bracketed notes and too-short
 * phrases left out); `undefined` when there is nothing to look for.
 */
export function avoidPhrases(sources: readonly AvoidSource[]): ((text: string) => PhraseHit[]) | undefined {
  if (sources.length === 0) return undefined;
  const phrases: AvoidPhrase[] = sources.flatMap((source) => {
    const text = searchablePhrase(simplified(source.phrase));
    return text ? [{ text, better: source.better, script: source.script }] : [];
  });
  // The same phrase in several scripts is reported with the first script that lists it.
  return phrases.length ? phraseMatcher(phrases) : undefined;
}

export function checkAvoidPhrases(
  sections: readonly ResolutionText[],
  find: (text: string) => PhraseHit[],
): Omit<BodyFinding, 'severity'>[] {
  return sections.flatMap((section) => {
    const text = section.searched;
    const hits = find(text);
    if (hits.length === 0) return [];
    // OpenCC keeps the length of Traditional text; if it ever did not, point at the section instead.
    const sameLength = text.length === section.text.length;
    const locate = lineLocator(section.text);
    return hits.map((hit) => {
      const at = sameLength ? locate(hit.index) : { line: 1, column: 1 };
      const found = sameLength ? section.text.slice(hit.index, hit.index + hit.phrase.text.length) : hit.phrase.text;
      return {
        line: section.line + at.line - 1,
        column: at.line === 1 ? section.column + at.column - 1 : at.column,
        field: '正文',
        message: `处理过程或结果里出现了禁用语「${found}」（见话术 ${hit.phrase.script}）`,
        hint:
          `如果这是推荐的做法，请改用：${hit.phrase.better}；` +
          `如果是在记录当时说错的话，请在经验总结里写明为什么不该这样说`,
      };
    });
  });
}
