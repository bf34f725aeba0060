/**
 * Warning: a case's tag is the other script's spelling of a more used tag (訂房 beside 订房), or one character away
 * from one (重复进线了 beside 重复进线). The site shows both scripts as one tag already (lib/text/tags.ts); the warning
 * keeps the chip cloud from filling with near-duplicates.
 */
import { tagNeighbours } from '../lib/text/tags.ts';
import { simplified } from './avoid-phrase-rule.ts';
import type { Finding } from './problem.ts';

/**
 * OpenCC's Traditional→Simplified conversion, as the site's fold (text-fold.ts) does per character, without loading
 * the word segmenter that one brings along: the check stays fast.
 */
const fold = (text: string) => simplified(text).toLowerCase();

export interface TagSource {
  /** The case file's place in the library's file list. */
  position: number;
  tags: readonly string[];
  /** Line of the `tags:` key. */
  line: number;
}

/** Warnings per file position. */
export function checkTags(sources: readonly TagSource[]): Map<number, Finding[]> {
  const findings = new Map<number, Finding[]>();
  // Fewer than two different tags cannot have a neighbour: no need to load the fold.
  if (new Set(sources.flatMap((source) => source.tags)).size < 2) return findings;
  const neighbours = new Map(
    tagNeighbours(
      sources.map((source) => source.tags),
      fold,
    ).map((item) => [item.tag, item]),
  );
  for (const { position, tags, line } of sources) {
    for (const tag of tags) {
      const neighbour = neighbours.get(tag);
      if (!neighbour) continue;
      const message =
        neighbour.kind === 'twin'
          ? `标签「${tag}」和已有的标签「${neighbour.existing}」是同一个词的简繁两种写法`
          : `标签「${tag}」和已有的标签「${neighbour.existing}」只差一个字`;
      const hint =
        neighbour.kind === 'twin'
          ? `网站上两种写法已合并为一个标签「${neighbour.existing}」；为了以后好找，请直接写「${neighbour.existing}」`
          : `如果说的是同一件事，请改用「${neighbour.existing}」，同一个问题只用一个标签`;
      findings.set(position, [
        ...(findings.get(position) ?? []),
        { line, column: 1, field: 'tags', severity: 'warning', message, hint },
      ]);
    }
  }
  return findings;
}
