/** The pull-request preview: each changed file's page, and the summary a reviewer reads instead of the log. */
import { describe, expect, it } from 'vitest';
import { entryPages, previewSummary, type CheckProblem } from '../../src/lib/deploy/preview.ts';

const edit = (file: string) =>
  `<a href="https://gitlab.company.cn/kefu/casebook/-/edit/main/${file}">在仓库中编辑此文件</a>`;

describe('the preview of a pull request', () => {
  it('finds each changed entry’s own page by its edit link, not its deck, and none for a file without a page', () => {
    const pages = [
      { url: '/cases/ecommerce/late-refund/present/', html: edit('content/cases/ecommerce/late-refund.mdx') },
      { url: '/cases/ecommerce/late-refund/', html: edit('content/cases/ecommerce/late-refund.mdx') },
      { url: '/cases/ecommerce/late-refund-2/', html: edit('content/cases/ecommerce/late-refund-2.mdx') },
    ];
    const found = entryPages(pages, ['content/cases/ecommerce/late-refund.mdx', 'content/lexicon/travel.yaml']);
    expect([...found]).toEqual([['content/cases/ecommerce/late-refund.mdx', '/cases/ecommerce/late-refund/']]);
  });

  it('says what to fix, in a table a contributor’s text cannot break, and what was photographed', () => {
    const problems: CheckProblem[] = [
      {
        file: 'content/cases/ecommerce/late-refund.mdx',
        line: 11,
        field: 'channel',
        message: '「微信|电话」不是有效的渠道',
        hint: '可选值：phone（电话）、chat（在线客服）',
        severity: 'error',
      },
      {
        file: 'content/cases/ecommerce/late-refund.mdx',
        line: 3,
        field: 'reviewedOn',
        message: '复核已过去 400 天',
        hint: '请复核人确认后更新 reviewedOn',
        severity: 'warning',
      },
    ];
    const summary = previewSummary({
      changed: ['content/cases/ecommerce/late-refund.mdx', 'content/lexicon/travel.yaml'],
      problems,
      build: 'failure',
      pages: new Map(),
      artifact: 'preview-42',
    });
    expect(summary).toMatch(/^## ✗ 需要修改\n/);
    expect(summary).toContain('| 内容检查（npm run check） | ✗ 1 个错误，1 个警告 |');
    expect(summary).toContain('| 构建网站（npm run build） | ✗ 失败：打开这次运行的「Build」步骤看原因 |');
    expect(summary).toContain(
      '| content/cases/ecommerce/late-refund.mdx:11 | channel | 「微信\\|电话」不是有效的渠道 | 可选值：' +
        'phone（电话）、chat（在线客服） |',
    );
    expect(summary).toContain('### 警告（不阻止合并，请复核人留意）');
    expect(summary).toContain('- content/lexicon/travel.yaml：没有单独的页面，不截图');
    expect(summary).not.toContain('Artifacts');

    const passed = previewSummary({
      changed: ['content/cases/ecommerce/late-refund.mdx'],
      problems: [],
      build: 'success',
      pages: new Map([['content/cases/ecommerce/late-refund.mdx', '/cases/ecommerce/late-refund/']]),
      artifact: 'preview-42',
    });
    expect(passed).toMatch(/^## ✓ 可以复核\n/);
    expect(passed).toContain('| 截图 | 1 个条目，手机和电脑各一张 |');
    expect(passed).toContain(
      '→ /cases/ecommerce/late-refund/：' +
        '截图 cases-ecommerce-late-refund-phone.png、cases-ecommerce-late-refund-desktop.png',
    );
    expect(passed).toContain('Artifacts 里的「preview-42」');
  });
});
