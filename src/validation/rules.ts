/**
 * Rules that look at an entry's MDX body: the fixed case sections, and what untrusted
 * contributed MDX may contain. Bodies run at build time, so anything executable is refused.
 */
import type { Root, RootContent } from 'mdast';
import { caseSections, type CaseSectionId } from '../lib/cases/taxonomy.ts';
import { config } from '../config.ts';
import { isAllowedImage, isSafeLink, schemeOf } from '../lib/site/safe-urls.ts';
import { authorTags } from '../mdx/author-markup.ts';

/** A problem in a body, at a line and column of the body (the caller shifts it to the file). */
export interface BodyFinding {
  line: number;
  column: number;
  field: string;
  message: string;
  hint: string;
  severity?: 'error' | 'warning';
}

function walk(node: Root | RootContent, visit: (node: RootContent) => void): void {
  if ('children' in node) {
    for (const child of node.children as RootContent[]) {
      visit(child);
      walk(child, visit);
    }
  }
}

const headingText = (node: RootContent): string =>
  'children' in node
    ? (node.children as RootContent[])
        .map((child) => ('value' in child ? child.value : headingText(child)))
        .join('')
        .trim()
    : '';

const sectionOf = (text: string) => caseSections.find((section) => text === section.zh || text === section.hant);

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
        message: `缺少小节「## ${section.zh}」`,
        hint: `案例正文须依次包含六个二级标题：${expected}`,
      });
    } else positions.push(found);
  }
  if (findings.length === 0 && positions.some((position, i) => i > 0 && position < positions[i - 1]!)) {
    findings.push({
      line: headings[0]?.line ?? 1,
      column: 1,
      field: '正文',
      message: '小节顺序不对',
      hint: `请调整为：${expected}`,
    });
  }
  return findings;
}

/** The text of the given `##` sections, as offsets into the body (heading excluded), in document order. */
export function sectionRanges(
  mdast: Root,
  ids: readonly CaseSectionId[],
): { id: CaseSectionId; start: number; end: number }[] {
  const ranges: { id: CaseSectionId; start: number; end: number }[] = [];
  let open: { id: CaseSectionId; start: number } | undefined;
  // One pass: a section ends where the next heading of level 1 or 2 starts, or with the body.
  for (const node of mdast.children) {
    if (node.type !== 'heading' || node.depth > 2) continue;
    if (open) ranges.push({ ...open, end: node.position?.start.offset ?? 0 });
    const section = node.depth === 2 ? sectionOf(headingText(node)) : undefined;
    open = section && ids.includes(section.id) ? { id: section.id, start: node.position?.end.offset ?? 0 } : undefined;
  }
  if (open) ranges.push({ ...open, end: mdast.position?.end.offset ?? 0 });
  return ranges;
}

const remoteImageHint =
  config.allowedImageHosts.length > 0
    ? `外部图片会让对方服务器知道谁在什么时候看了哪篇案例。请把图片放进仓库的 public/ 目录，或改用允许的图片网站：` +
      `${config.allowedImageHosts.join('、')}`
    : '外部图片会让对方服务器知道谁在什么时候看了哪篇案例。请把图片放进仓库的 public/ 目录，用 /图片路径 引用';
const allowedTagsHint = Object.values(authorTags)
  .map((tag) => tag.usage)
  .join('、');

/** Problems with the attributes of an allowlisted tag: only its own attributes, each a plain non-empty text. */
function checkAuthorTag(
  node: Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>,
  at: { line: number; column: number; field: string },
): BodyFinding[] {
  const tag = authorTags[node.name!]!;
  const findings: BodyFinding[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !tag.attributes.includes(attribute.name)) {
      const name = attribute.type === 'mdxJsxAttribute' ? attribute.name : '{…}';
      findings.push({ ...at, message: `<${node.name}> 不接受属性「${name}」`, hint: `只能写成 ${tag.usage}` });
    } else if (typeof attribute.value !== 'string' || attribute.value.trim() === '') {
      findings.push({
        ...at,
        message: `<${node.name}> 的 ${attribute.name} 必须是一段非空的文字`,
        hint: `写成 ${tag.usage}，理由用英文双引号括起来`,
      });
    }
  }
  for (const name of tag.attributes) {
    if (!node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name)) {
      findings.push({
        ...at,
        message: `<${node.name}> 缺少「${name}」`,
        hint: `写成 ${tag.usage}，说明为什么这不是客户的个人信息`,
      });
    }
  }
  return findings;
}

/** Untrusted-MDX gate: no imports/exports, no expressions, no tags outside the allowlist, no script URLs. */
export function checkUntrustedMdx(mdast: Root): BodyFinding[] {
  const findings: BodyFinding[] = [];
  walk(mdast, (node) => {
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, field: '正文' };
    switch (node.type) {
      case 'mdxjsEsm':
        findings.push({
          ...at,
          message: '不允许「import」「export」语句',
          hint: '请删除这一行，正文只写文字、列表和表格',
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        findings.push({ ...at, message: '不允许花括号表达式 { }', hint: '如需写花括号，请改用全角｛ ｝' });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (node.name && Object.hasOwn(authorTags, node.name)) {
          findings.push(...checkAuthorTag(node, at));
          break;
        }
        findings.push({
          ...at,
          message: `不允许使用标签或组件 <${node.name ?? ''}>`,
          hint:
            `正文请用 Markdown 书写（## 标题、- 列表、| 表格 |），尖括号请改用全角 ＜ ＞；` +
            `唯一可用的标记是 ${allowedTagsHint}`,
        });
        break;
      }
      case 'link':
      case 'definition':
        if (!isSafeLink(node.url)) {
          findings.push({
            ...at,
            message: `不允许 ${schemeOf(node.url)}: 链接`,
            hint: '请改用 https:// 开头的普通网址',
          });
        }
        break;
      case 'image':
        if (!isSafeLink(node.url) && !isAllowedImage(node.url, config.allowedImageHosts)) {
          findings.push({
            ...at,
            message: `不允许 ${schemeOf(node.url)}: 图片地址`,
            hint: '图片请放进仓库的 public/ 目录，用 /图片路径 引用',
          });
        } else if (!isAllowedImage(node.url, config.allowedImageHosts)) {
          findings.push({
            ...at,
            message: `不允许引用外部网站的图片（${new URL(node.url, 'https://casebook.invalid/').hostname}）`,
            hint: remoteImageHint,
          });
        }
        break;
      case 'imageReference':
        findings.push({ ...at, message: '图片不能用引用式写法 ![说明][编号]', hint: '请直接写成 ![说明](/图片路径)' });
        break;
      case 'html':
        findings.push({ ...at, message: '不允许原始 HTML', hint: '请改用 Markdown 书写' });
        break;
    }
  });
  return findings;
}

/** Offsets of every use of an allowlisted tag in the body, with its attributes, for the rules it waives. */
export function authorTagRanges(
  mdast: Root,
  name: string,
): { start: number; end: number; line: number; column: number; attributes: Record<string, string> }[] {
  const ranges: ReturnType<typeof authorTagRanges> = [];
  walk(mdast, (node) => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name === name &&
      node.position
    ) {
      const attributes: Record<string, string> = {};
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string')
          attributes[attribute.name] = attribute.value;
      }
      const { start, end } = node.position;
      ranges.push({
        start: start.offset ?? 0,
        end: end.offset ?? 0,
        line: start.line,
        column: start.column,
        attributes,
      });
    }
  });
  return ranges;
}
