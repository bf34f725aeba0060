import { describe, expect, it } from 'vitest';
import { AGREED_PROBLEM_SCORE, problemSection, shownWithAgreement } from '../../scripts/bench/agreement.ts';
import { CONFIDENCE_FLOOR } from '../../src/lib/similar/confidence.ts';

describe('the 客户问题 section', () => {
  it('is the text under its heading, up to the next heading', () => {
    const source = '---\ntitle: 标题\n---\n\n## 客户问题\n\n客户说退款没到账。\n\n## 背景\n\n- 预售\n';
    expect(problemSection(source)).toBe('客户说退款没到账。');
  });

  it('runs to the end of the body when it is the last section', () => {
    expect(problemSection('## 背景\n\n说明\n\n## 客户问题\n\n航班取消，票款未退\n')).toBe('航班取消，票款未退');
  });

  it('keeps its sub-headings and is empty when the case has no such section', () => {
    expect(problemSection('## 客户问题\n\n### 第一次来电\n\n改约三次\n## 处理\n')).toBe('### 第一次来电\n\n改约三次');
    expect(problemSection('## 客户问题的由来\n\n不是这一节\n')).toBe('');
  });
});

describe('the second opinion under the floor', () => {
  const under = { best: CONFIDENCE_FLOOR * 0.75, nearest: '/cases/a/', problemScore: AGREED_PROBLEM_SCORE };

  it('shows the best case when the 客户问题 ranking puts the same case first, firmly enough', () => {
    expect(shownWithAgreement({ ...under, problemTop: '/cases/a/' })).toBe(true);
    expect(shownWithAgreement({ ...under, problemTop: '/cases/b/' })).toBe(false);
    expect(shownWithAgreement({ ...under, problemTop: '/cases/a/', problemScore: AGREED_PROBLEM_SCORE / 2 })).toBe(
      false,
    );
  });

  it('needs a nearest case to agree on; above the floor it changes nothing', () => {
    expect(shownWithAgreement({ best: under.best, problemTop: '/cases/a/', problemScore: 1 })).toBe(false);
    expect(shownWithAgreement({ best: CONFIDENCE_FLOOR, problemScore: 0 })).toBe(true);
  });
});
