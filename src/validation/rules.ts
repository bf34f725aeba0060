/**
 * Rules that look at an entry's MDX body: the fixed case sections, and what untrusted
 * contributed MDX may contain. Bodies run at build time, so anything executable is refused.
 */
import type { Root, RootContent } from 'mdast';
import { caseSections } from '../lib/taxonomy.ts';

export interface BodyFinding {
  line: number;
  column: number;
  field: string;
  message: string;
}

/** Components MDX authors may use. None yet: every JSX element is refused until one is documented here. */
export const allowedComponents: ReadonlySet<string> = new Set<string>();

function walk(node: Root | RootContent, visit: (node: RootContent) => void): void {
  if ('children' in node) {
    for (const child of node.children as RootContent[]) {
      visit(child);
      walk(child, visit);
    }
  }
}

const headingText = (node: RootContent): string =>
  'children' in node ? (node.children as RootContent[]).map((child) => ('value' in child ? child.value : headingText(child))).join('').trim() : '';

/** The six `##` sections of a case, present once each and in order. */
export function checkCaseSections(mdast: Root): BodyFinding[] {
  const headings = mdast.children
    .filter((node) => node.type === 'heading' && node.depth === 2)
    .map((node) => ({ text: headingText(node), line: node.position?.start.line ?? 1 }));
  const expected = caseSections.map((section) => section.zh).join('、');
  const findings: BodyFinding[] = [];
  const positions: number[] = [];
  for (const section of caseSections) {
    const found = headings.findIndex((heading) => heading.text === section.zh || heading.text === section.hant);
    if (found === -1) {
      findings.push({
        line: headings.at(-1)?.line ?? 1,
        column: 1,
        field: '正文',
        message: `缺少小节「## ${section.zh}」。案例正文须依次包含六个二级标题：${expected}`,
      });
    } else positions.push(found);
  }
  if (findings.length === 0 && positions.some((position, i) => i > 0 && position < positions[i - 1]!)) {
    findings.push({ line: headings[0]?.line ?? 1, column: 1, field: '正文', message: `小节顺序不对，应依次为：${expected}` });
  }
  return findings;
}

const FORBIDDEN_URL = /^\s*(javascript|vbscript|data):/i;

/** Untrusted-MDX gate: no imports/exports, no expressions, no components outside the allowlist, no script URLs. */
export function checkUntrustedMdx(mdast: Root): BodyFinding[] {
  const findings: BodyFinding[] = [];
  walk(mdast, (node) => {
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, field: '正文' };
    switch (node.type) {
      case 'mdxjsEsm':
        findings.push({ ...at, message: '不允许 import / export 语句。请删除这一行，正文只写文字、列表和表格' });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        findings.push({ ...at, message: '不允许花括号表达式 { }。如需写花括号，请改用全角｛ ｝' });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '（片段）';
        if (!allowedComponents.has(name)) {
          findings.push({
            ...at,
            message: `不允许使用标签或组件 <${name}>。正文请用 Markdown 书写（## 标题、- 列表、| 表格 |）；如需写尖括号，请改用全角 ＜ ＞`,
          });
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (FORBIDDEN_URL.test(node.url)) {
          findings.push({ ...at, message: `不允许 ${node.url.split(':')[0]}: 链接。请改用 https:// 开头的普通网址` });
        }
        break;
      case 'html':
        findings.push({ ...at, message: '不允许原始 HTML。请改用 Markdown 书写' });
        break;
    }
  });
  return findings;
}
