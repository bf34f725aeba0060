import { describe, expect, it } from 'vitest';
import { createTextFold } from '../../src/lib/text/text-fold.ts';
import { tagNeighbours, tagSpelling } from '../../src/lib/text/tags.ts';

const fold = createTextFold();

describe('one tag, both scripts', () => {
  const library = [['隐私', '酒店'], ['隐私', '订房'], ['隱私', '訂房', '八號風球'], ['訂房'], ['退款'], ['退票']];

  it('shows and links a tag under its most used spelling, whichever script that is', () => {
    const spelling = tagSpelling(library, fold);
    expect(spelling.shown('隱私')).toBe('隐私');
    expect(spelling.shown('隐私')).toBe('隐私');
    expect(spelling.shown('订房')).toBe('訂房');
    expect(spelling.spellings('隐私')).toEqual(['隐私', '隱私']);
    expect(spelling.spellings('訂房')).toEqual(['訂房', '订房']);
    // A tag with one spelling, and one never seen, are their own.
    expect(spelling.shown('八號風球')).toBe('八號風球');
    expect(spelling.shown('新标签')).toBe('新标签');
  });

  it('on a tie, shows the Simplified spelling', () => {
    expect(tagSpelling([['換房'], ['换房']], fold).shown('換房')).toBe('换房');
  });

  it('names the other-script twin and the near-duplicate, each against the more used tag', () => {
    const found = tagNeighbours([...library, ['重复进线'], ['重复进线'], ['重複進線了']], fold);
    expect(found).toEqual(
      expect.arrayContaining([
        { tag: '隱私', existing: '隐私', kind: 'twin' },
        { tag: '订房', existing: '訂房', kind: 'twin' },
        { tag: '重複進線了', existing: '重复进线', kind: 'near' },
      ]),
    );
    // Two-character tags one character apart are different words.
    expect(found.find((item) => item.tag === '退票' || item.tag === '退款')).toBeUndefined();
    // Sharing most characters is not enough: 预授权 and 授权码 are two edits apart.
    expect(tagNeighbours([['预授权'], ['授权码'], ['授权码']], fold)).toEqual([]);
    expect(found).toHaveLength(3);
  });
});
