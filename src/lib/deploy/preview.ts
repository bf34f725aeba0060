/**
 * The pull-request preview (npm run preview:changes, .github/workflows/preview.yml): which built page shows each
 * added or changed entry, and the Chinese summary a reviewer reads on the run's page instead of its log.
 * Pure: the pages, the check's problems and the screenshots taken are passed in.
 */

/** A built page: its address and its HTML. */
export interface BuiltPage {
  url: string;
  html: string;
}

/**
 * The page of each content file: the one whose 「在仓库中编辑此文件」 link ends with the file's path (GitHub,
 * GitLab and Gitea all end the link with it). Files with no page of their own (the lexicon) are absent.
 */
export function entryPages(pages: readonly BuiltPage[], files: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of files) {
    const link = `/${file}"`;
    const matches = pages.filter(({ html }) => html.includes(link)).map(({ url }) => url);
    // The entry's own page before its presenter deck or print view.
    const [url] = matches.sort((a, b) => a.length - b.length);
    if (url) found.set(file, url);
  }
  return found;
}

/** The file names of an entry page's two screenshots. */
export function screenshotNames(url: string): { phone: string; desktop: string } {
  const slug = url.split('/').filter(Boolean).join('-') || 'home';
  return { phone: `${slug}-phone.png`, desktop: `${slug}-desktop.png` };
}

export interface CheckProblem {
  file: string;
  line: number;
  field: string;
  message: string;
  hint: string;
  severity: 'error' | 'warning';
}

export interface PreviewReport {
  /** Content files the pull request adds or changes. */
  changed: readonly string[];
  /** `npm run check` on those files (already printable: personal data masked). */
  problems: readonly CheckProblem[];
  /** Outcome of the build step. */
  build: 'success' | 'failure' | 'skipped';
  /** Entry page of each changed file that has one. */
  pages: ReadonlyMap<string, string>;
  /** Name of the run's artifact holding the site and the screenshots. */
  artifact: string;
}

/** Contributor text inside a Markdown table: no markup, no column breaks, no raw HTML. */
const cell = (text: string) => text.replace(/[\\`*_[\]<>|#~]/g, (character) => `\\${character}`).replace(/\s+/g, ' ');

/** The job summary, in Chinese: the verdict first, then what to fix, then what to look at. */
export function previewSummary({ changed, problems, build, pages, artifact }: PreviewReport): string {
  const errors = problems.filter(({ severity }) => severity === 'error');
  const warnings = problems.filter(({ severity }) => severity === 'warning');
  const ready = errors.length === 0 && build === 'success';
  const checkResult =
    changed.length === 0
      ? '— 没有改动内容文件'
      : errors.length > 0
        ? `✗ ${errors.length} 个错误${warnings.length ? `，${warnings.length} 个警告` : ''}`
        : `✓ ${changed.length} 个文件没有错误${warnings.length ? `（${warnings.length} 个警告）` : ''}`;
  const buildResult = {
    success: '✓ 成功',
    failure: '✗ 失败：打开这次运行的「Build」步骤看原因',
    skipped: '— 没有运行',
  }[build];
  const lines = [
    `## ${ready ? '✓ 可以复核' : '✗ 需要修改'}`,
    '',
    '| 项目 | 结果 |',
    '| --- | --- |',
    `| 内容检查（npm run check） | ${checkResult} |`,
    `| 构建网站（npm run build） | ${buildResult} |`,
    `| 截图 | ${pages.size > 0 ? `${pages.size} 个条目，手机和电脑各一张` : '— 没有可截图的条目'} |`,
  ];
  const table = (title: string, rows: readonly CheckProblem[]) => {
    if (rows.length === 0) return;
    lines.push('', `### ${title}`, '', '| 位置 | 字段 | 问题 | 怎么改 |', '| --- | --- | --- | --- |');
    for (const problem of rows)
      lines.push(
        `| ${cell(`${problem.file}:${problem.line}`)} | ${cell(problem.field)} | ` +
          `${cell(problem.message)} | ${cell(problem.hint)} |`,
      );
  };
  table('需要修改', errors);
  table('警告（不阻止合并，请复核人留意）', warnings);
  if (changed.length > 0) {
    lines.push('', '### 改动的条目', '');
    for (const file of changed) {
      const url = pages.get(file);
      if (!url) lines.push(`- ${cell(file)}：没有单独的页面，不截图`);
      else {
        const { phone, desktop } = screenshotNames(url);
        lines.push(`- ${cell(file)} → ${cell(url)}：截图 ${phone}、${desktop}`);
      }
    }
  }
  if (build === 'success') {
    lines.push(
      '',
      `下载：这次运行页面底部 Artifacts 里的「${artifact}」，其中 screenshots/ 是截图，` +
        'site/ 是构建好的网站（解压后运行 `python3 -m http.server -d site 8080`，浏览器打开 http://localhost:8080/）。',
    );
  }
  return `${lines.join('\n')}\n`;
}
