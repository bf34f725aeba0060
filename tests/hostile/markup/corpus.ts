/**
 * Hostile markup, structure and files: script through the waiver tag, links and images, raw HTML and JSX, parser
 * stress, YAML bombs, forged CI output, links and names that collide with the site's own pages.
 */
import { standaloneCase } from '../../helpers/temp-library.ts';
import { grouped, type HostileFile, type HostileInput as GroupedInput, type Rejection } from '../types.ts';

type HostileInput = Omit<GroupedInput, 'group'>;

const WAIVER_WARNING = '<PiiOk> 里没有需要豁免的个人信息';
let serial = 0;

/** The sample case under a new name and case number, so that any number of them can share a library. */
function baseCase(): string {
  serial += 1;
  return standaloneCase.replace(/^caseNumber: .*$/m, `caseNumber: KF-2026-${String(9000 + serial)}`);
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
/** The line of the sample case where its body starts (after the frontmatter's closing ---). */
const BODY_START = lineOf(standaloneCase, standaloneCase.indexOf('\n---\n', 4) + 5);

/** A case whose body ends with `snippet` (in its 经验总结 section); `line` is where the snippet starts. */
function withBody(snippet: string): { text: string; line: number } {
  const base = `${baseCase()}\n`;
  return { text: `${base}${snippet}\n`, line: lineOf(base, base.length) };
}

/** A case with one frontmatter line replaced (`key: …` → `replacement`); `line` is that line. */
function withField(key: string, replacement: string): { text: string; line: number } {
  const base = baseCase();
  const match = new RegExp(`^${key}:.*$`, 'm').exec(base);
  if (!match) throw new Error(`no field ${key}`);
  return {
    text: base.slice(0, match.index) + replacement + base.slice(match.index + match[0].length),
    line: lineOf(base, match.index),
  };
}

/** A card number with its Luhn check digit, as a real one has. */
function withLuhnDigit(digits: string): string {
  const sum = [...digits].reverse().reduce((total, digit, position) => {
    const value = Number(digit) * (position % 2 === 0 ? 2 : 1);
    return total + (value > 9 ? value - 9 : value);
  }, 0);
  return `${digits}${(10 - (sum % 10)) % 10}`;
}

const rejected = (rejection: Rejection) => ({ rejected: rejection });
const accepted = (...warnings: string[]) => ({ accepted: { warnings } });

/** A body technique: `expect` is the outcome, given the line the snippet starts on. */
function body(
  technique: string,
  snippet: string,
  expect: (line: number) => HostileInput['outcome'],
  extra: Partial<HostileInput> = {},
): HostileInput {
  const { text, line } = withBody(snippet);
  const file = `cases/hostile/${technique}.mdx`;
  return { technique, files: { [file]: text }, file, outcome: expect(line), ...extra };
}

/** A frontmatter technique on one field. */
function field(
  technique: string,
  key: string,
  replacement: string,
  expect: (line: number) => HostileInput['outcome'],
): HostileInput {
  const { text, line } = withField(key, replacement);
  const file = `cases/hostile/${technique}.mdx`;
  return { technique, files: { [file]: text }, file, outcome: expect(line) };
}

const bodyError =
  (message: string | RegExp, offset = 0) =>
  (line: number) =>
    rejected({ line: line + offset, field: '正文', message });
const warned =
  (offset = 0) =>
  (line: number) =>
    accepted(`${line + offset} 正文 ${WAIVER_WARNING}`);
const clean = () => accepted();
const MDX_SYNTAX = /^MDX 语法错误/;
const tagRefused = (name: string) => `不允许使用标签或组件 <${name}>`;

const waiverSmuggling: HostileInput[] = [
  body(
    'waiver-gt-javascript-link',
    '<PiiOk reason="核对过>[查看通话录音](javascript:alert(document.cookie))">普通文字</PiiOk>',
    warned(),
  ),
  body(
    'waiver-gt-data-link',
    '<PiiOk reason="核对过>[录音](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)">普通文字</PiiOk>',
    warned(),
  ),
  body(
    'waiver-gt-remote-image',
    '<PiiOk reason="核对过>![](https://tracker.example/t.png)">普通文字</PiiOk>',
    warned(),
  ),
  body('waiver-gt-img-onerror', '<PiiOk reason="核对过><img src=x onerror=alert(1)>">普通文字</PiiOk>', warned()),
  body('waiver-gt-script', '<PiiOk reason="x><script>alert(1)</script>">普通文字</PiiOk>', warned()),
  body('waiver-single-quoted-reason', "<PiiOk reason='核对过>[点我](javascript:alert(1))'>普通文字</PiiOk>", warned()),
  body('waiver-self-closing-in-reason', '<PiiOk reason="a/>[点我](javascript:alert(1))">普通文字</PiiOk>', warned()),
  body(
    'waiver-closing-tag-in-reason',
    '<PiiOk reason="</PiiOk>[点我](javascript:alert(1))">普通文字</PiiOk>',
    warned(),
  ),
  body(
    'waiver-nested-hostile-reasons',
    '<PiiOk reason="a>[x](javascript:alert(1))">' +
      '<PiiOk reason="b>![](https://t.example/p.png)">普通文字</PiiOk></PiiOk>',
    (line) => accepted(`${line} 正文 ${WAIVER_WARNING}`, `${line} 正文 ${WAIVER_WARNING}`),
  ),
  body(
    'waiver-multiline-reason',
    '<PiiOk reason="第一行>\n[点我](javascript:alert(1))\n![](https://tracker.example/t.png)">\n普通文字\n</PiiOk>',
    warned(),
  ),
  body('waiver-entity-in-reason', '<PiiOk reason="&gt;[点我](javascript:alert(1))">普通文字</PiiOk>', warned()),
  body('waiver-flow-block', '<PiiOk reason="核对过>\n\n<script>alert(1)</script>\n\n">\n普通文字\n</PiiOk>', warned()),
  body('waiver-self-closing', '<PiiOk reason="x>[点我](javascript:alert(1))" />后面的文字', warned()),
  body(
    'waiver-expression-reason',
    '<PiiOk reason={"x"}>普通文字</PiiOk>',
    bodyError('<PiiOk> 的 reason 必须是一段非空的文字'),
  ),
  body(
    'waiver-spread-attribute',
    '<PiiOk {...props} reason="x">普通文字</PiiOk>',
    bodyError('<PiiOk> 不接受属性「{…}」'),
  ),
  body(
    'waiver-event-handler',
    '<PiiOk reason="x" onClick="alert(1)">普通文字</PiiOk>',
    bodyError('<PiiOk> 不接受属性「onClick」'),
  ),
  body(
    'waiver-href-attribute',
    '<PiiOk reason="x" href="javascript:alert(1)">普通文字</PiiOk>',
    bodyError('<PiiOk> 不接受属性「href」'),
  ),
  body('waiver-lowercase-name', '<piiok reason="x">普通文字</piiok>', bodyError(tagRefused('piiok'))),
  body('waiver-member-name', '<PiiOk.Link reason="x">普通文字</PiiOk.Link>', bodyError(tagRefused('PiiOk.Link'))),
  body('waiver-namespace-name', '<PiiOk:a reason="x">普通文字</PiiOk:a>', bodyError(tagRefused('PiiOk:a'))),
  body(
    'waiver-around-javascript-link',
    '<PiiOk reason="公开电话">[点我](javascript:alert(1))</PiiOk>',
    bodyError('不允许 javascript: 链接'),
  ),
  body(
    'waiver-around-script',
    '<PiiOk reason="公开">\n\n<script>alert(1)</script>\n\n</PiiOk>',
    bodyError(tagRefused('script'), 2),
  ),
];

const links: HostileInput[] = [
  body('link-javascript', '[点我](javascript:alert(1))', bodyError('不允许 javascript: 链接')),
  body('link-javascript-mixed-case', '[点我](JaVaScRiPt:alert(1))', bodyError('不允许 javascript: 链接')),
  body('link-javascript-angle-destination', '[点我](<javascript:alert(1)>)', bodyError('不允许 javascript: 链接')),
  body('link-javascript-entity', '[点我](&#106;avascript:alert(1))', bodyError('不允许 javascript: 链接')),
  body('link-javascript-colon-entity', '[点我](javascript&colon;alert(1))', bodyError('不允许 javascript: 链接')),
  body('link-javascript-leading-space', '[点我]( javascript:alert(1))', bodyError('不允许 javascript: 链接')),
  body('link-vbscript', '[点我](vbscript:msgbox(1))', bodyError('不允许 vbscript: 链接')),
  body(
    'link-data-html',
    '[点我](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    bodyError('不允许 data: 链接'),
  ),
  body('link-file', '[点我](file:///etc/passwd)', bodyError('不允许 file: 链接')),
  body('link-reference-definition', '[点我][x]\n\n[x]: javascript:alert(1)', bodyError('不允许 javascript: 链接', 2)),
  body(
    'link-footnote-javascript',
    '见注释[^x]。\n\n[^x]: [点我](javascript:alert(1))',
    bodyError('不允许 javascript: 链接', 2),
  ),
  body('link-percent-encoded-scheme', '[点我](%6Aavascript:alert(1))', clean),
  body('link-zero-width-scheme', '[点我](java\u200bscript:alert(1))', clean),
  body('link-title-quote-breakout', '[点我](https://example.com/ "t\\" onmouseover=\\"alert(1)")', clean),
  body('link-url-quote-breakout', '[点我](https://example.com/"onmouseover="alert(1))', clean),
  body('link-protocol-relative', '[点我](//example.com/a)', clean),
  body('link-autolink-literal', '参考 www.example.com 和 https://example.com/a?b=1 。', clean),
  body('link-html-in-text', '[<img src=x onerror=alert(1)>](https://example.com/)', bodyError(MDX_SYNTAX)),
  body('link-autolink-javascript', '<javascript:alert(1)>', bodyError(MDX_SYNTAX)),
];

const images: HostileInput[] = [
  body(
    'image-remote-https',
    '![](https://tracker.example/t.png)',
    bodyError('不允许引用外部网站的图片（tracker.example）'),
  ),
  body(
    'image-remote-http',
    '![截图](http://tracker.example/t.png)',
    bodyError('不允许引用外部网站的图片（tracker.example）'),
  ),
  body(
    'image-protocol-relative',
    '![截图](//tracker.example/t.png)',
    bodyError('不允许引用外部网站的图片（tracker.example）'),
  ),
  body(
    'image-remote-with-title',
    '![截图](https://tracker.example/t.png "标题")',
    bodyError('不允许引用外部网站的图片（tracker.example）'),
  ),
  body(
    'image-inside-link',
    '[![截图](https://tracker.example/t.png)](https://example.com/)',
    bodyError('不允许引用外部网站的图片（tracker.example）'),
  ),
  body(
    'image-data-svg',
    '![截图](data:image/svg+xml,%3Csvg%20onload%3Dalert(1)%3E)',
    bodyError('不允许 data: 图片地址'),
  ),
  body('image-javascript', '![截图](javascript:alert(1))', bodyError('不允许 javascript: 图片地址')),
  body(
    'image-reference',
    '![截图][i]\n\n[i]: https://tracker.example/t.png',
    bodyError('图片不能用引用式写法 ![说明][编号]'),
  ),
  body('image-local', '![流程图](/favicon.svg)', clean),
];

const htmlAndJsx: HostileInput[] = [
  body('html-script', '<script>alert(1)</script>', bodyError(tagRefused('script'))),
  body('html-img-onerror-unquoted', '<img src=x onerror=alert(1)>', bodyError(MDX_SYNTAX)),
  body('html-img-onerror-quoted', '<img src="x" onerror="alert(1)" />', bodyError(tagRefused('img'))),
  body('html-iframe', '<iframe src="https://evil.example/"></iframe>', bodyError(tagRefused('iframe'))),
  body('html-anchor-javascript', '<a href="javascript:alert(1)">点我</a>', bodyError(tagRefused('a'))),
  body('html-svg-onload', '<svg onload="alert(1)" />', bodyError(tagRefused('svg'))),
  body('html-comment', '<!-- 注释 -->', bodyError(MDX_SYNTAX)),
  body('html-style', '<style>body{display:none}</style>', bodyError(/^MDX 语法错误：花括号 \{ \} 被当成了代码/)),
  body(
    'html-meta-refresh',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/" />',
    bodyError(tagRefused('meta')),
  ),
  body('html-base', '<base href="https://evil.example/" />', bodyError(tagRefused('base'))),
  body('html-form', '<form action="https://evil.example/"><input name="p" /></form>', bodyError(tagRefused('form'))),
  body('html-object', '<object data="https://evil.example/x.swf" />', bodyError(tagRefused('object'))),
  body('html-details-ontoggle', '<details open ontoggle="alert(1)">x</details>', bodyError(tagRefused('details'))),
  body('jsx-fragment', '<>文字</>', bodyError(tagRefused(''))),
  body('jsx-set-html', '<Fragment set:html="<img src=x onerror=alert(1)>" />', bodyError(tagRefused('Fragment'))),
  body('jsx-in-table-cell', '| 环节 | 说明 |\n| --- | --- |\n| 一线 | <b>加粗</b> |', bodyError(tagRefused('b'), 2)),
  body('jsx-in-list-item', '- 第一项\n- <span>第二项</span>', bodyError(tagRefused('span'), 1)),
  body('mdx-expression', '{alert(1)}', bodyError('不允许花括号表达式 { }')),
  body('mdx-expression-inline', '金额是 {1 + 1} 元', bodyError('不允许花括号表达式 { }')),
  body('mdx-heading-id', '### 小标题 {#id}', bodyError(/^MDX 语法错误：花括号 \{ \} 被当成了代码/)),
  body('mdx-import', 'import X from "./x.js"', bodyError('不允许「import」「export」语句')),
  body('mdx-export', 'export const a = 1', bodyError('不允许「import」「export」语句')),
  body('indented-script', '    <script>alert(1)</script>', bodyError(tagRefused('script'))),
  body('inline-code-script', '写法：`<script>alert(1)</script>` 不会执行。', clean),
  body('fenced-code-html', '```html\n<img src=x onerror=alert(1)>\n<script>alert(1)</script>\n```', clean),
  body('entity-script', '&lt;script&gt;alert(1)&lt;/script&gt;', clean),
  body('entity-hex-img', '&#x3C;img src=x onerror=alert(1)&#x3E;', clean),
  body('escaped-angle', '\\<script>alert(1)\\</script>', clean),
  body('fullwidth-angle', '＜script＞alert(1)＜/script＞', clean),
];

const structure: HostileInput[] = [
  body('nested-quotes', `${'>'.repeat(15_000)} 引用`, bodyError('这一行的引用或列表嵌套太深（超过 12 层）')),
  body('nested-list-markers', `${'- '.repeat(20_000)}项`, bodyError('这一行的引用或列表嵌套太深（超过 12 层）')),
  body('nested-ordered-markers', `${'1. '.repeat(5_000)}项`, bodyError('这一行的引用或列表嵌套太深（超过 12 层）')),
  body(
    'nested-by-indentation',
    Array.from({ length: 40 }, (_, depth) => `${'  '.repeat(depth)}- 第 ${depth + 1} 层`).join('\n'),
    bodyError('这一行的引用或列表嵌套太深（超过 12 层）', 12),
  ),
  body('many-angles', `说明${'<'.repeat(2_000)}`, bodyError('正文里的尖括号 < 和花括号 { 太多（超过 1000 个）')),
  body('many-braces', `说明${'{'.repeat(2_000)}`, bodyError('正文里的尖括号 < 和花括号 { 太多（超过 1000 个）')),
  body(
    'many-emphasis-stars',
    '*a'.repeat(30_000),
    bodyError('正文里的 Markdown 标记（* _ ~ ` [ @）太多（超过 2000 个）'),
  ),
  body(
    'many-emphasis-underscores',
    '_a'.repeat(30_000),
    bodyError('正文里的 Markdown 标记（* _ ~ ` [ @）太多（超过 2000 个）'),
  ),
  body('many-brackets', '['.repeat(30_000), bodyError('正文里的 Markdown 标记（* _ ~ ` [ @）太多（超过 2000 个）')),
  body('passport-then-spaces', `护照${' '.repeat(500_000)}`, clean),
  body('long-line-of-spaces', `${' '.repeat(200_000)}文字`, clean),
  body('many-section-headings', Array.from({ length: 1_500 }, () => '## 处理过程\n文字').join('\n'), clean),
  body('many-lines', '客户\n'.repeat(6_000), () =>
    rejected({ line: BODY_START + 5_000, field: '正文', message: '正文超过 5000 行' }),
  ),
  body('many-character-references', '&lt;'.repeat(1_500), bodyError('正文里的 & 太多（超过 1000 个）')),
  body(
    'many-footnotes',
    Array.from({ length: 300 }, (_, n) => `脚注[^${n}]。`).join(''),
    bodyError('正文里的脚注（[^…]）太多（超过 200 个）'),
  ),
  body('nul-bytes', '文字\u0000\u0000文字', clean),
  body('oversized-file', `${'客服'.repeat(100_000)}`, () =>
    rejected({ line: 1, field: '文件', message: /^文件太大（59\d KB，上限 512 KB）$/ }),
  ),
];

const yamlBomb = (anchor: string) =>
  [
    'a: &a ["哈","哈","哈","哈","哈","哈","哈","哈","哈"]',
    ...'bcdefgh'
      .split('')
      .map((name, level) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[level]}`).join(',')}]`),
  ].join('\n') + `\n${anchor}`;

const frontmatter: HostileInput[] = [
  field('yaml-alias-bomb-vocabulary', 'channel', yamlBomb('channel: *h'), (line) =>
    rejected({ line: line + 1, field: '字段区', message: '字段区的值太多（展开后超过 5000 个）' }),
  ),
  field('yaml-alias-bomb-tags', 'tags', yamlBomb('tags: *h'), (line) =>
    rejected({ line: line + 1, field: '字段区', message: '字段区的值太多（展开后超过 5000 个）' }),
  ),
  field('yaml-small-alias', 'tags', 'tags: &t [预售]\nkeywords: *t', (line) =>
    rejected({ line: line + 1, field: 'keywords', message: '未知字段 「keywords」' }),
  ),
  field('yaml-deep-flow', 'tags', `tags: ${'['.repeat(50_000)}`, (line) =>
    rejected({ line, field: '字段区', message: '字段区嵌套太深（超过 12 层）' }),
  ),
  field(
    'yaml-deep-block',
    'tags',
    `tags:\n${Array.from({ length: 200 }, (_, depth) => `${' '.repeat(depth * 2)}- `).join('\n')}`,
    (line) => rejected({ line: line + 13, field: '字段区', message: '字段区嵌套太深（超过 12 层）' }),
  ),
  field('yaml-compact-maps', 'title', `title: ${': '.repeat(20_000)}`, (line) =>
    rejected({ line, field: '字段区', message: '字段区嵌套太深（超过 12 层）' }),
  ),
  field('yaml-explicit-keys', 'title', `${'? '.repeat(20_000)}title`, (line) =>
    rejected({ line, field: '字段区', message: '字段区嵌套太深（超过 12 层）' }),
  ),
  // One value of 66,000 characters (no body limit covers the frontmatter, and the rules read every value).
  field('frontmatter-too-long', 'title', `title: 客户\nnote: ${'1 '.repeat(33_000)}`, (line) =>
    rejected({ line: line + 1, field: '字段区', message: '字段区太长（超过 64,000 个字符）' }),
  ),
  field('yaml-merge-key', 'tags', 'base: &b {tags: [预售]}\n<<: *b', (line) =>
    rejected({ line, field: 'base', message: '未知字段 「base」、「<<」' }),
  ),
  field('yaml-js-function-tag', 'title', 'title: !!js/function "function () { alert(1) }"', (line) =>
    rejected({ line, field: '字段区', message: /^YAML 语法错误/ }),
  ),
  field('yaml-binary-tag', 'title', 'title: !!binary aGVsbG8=', (line) =>
    rejected({ line, field: '字段区', message: /^YAML 语法错误/ }),
  ),
  field(
    'yaml-huge-tag-list',
    'tags',
    `tags: [${Array.from({ length: 4_000 }, (_, n) => `标签${n}`).join(', ')}]`,
    (line) => rejected({ line, field: 'tags', message: '标签最多 12 项' }),
  ),
  field('yaml-duplicate-key', 'title', 'title: 一\ntitle: 二', (line) =>
    rejected({ line: line + 1, field: '字段区', message: /^YAML 语法错误/ }),
  ),
  field('tag-dot-dot', 'tags', 'tags: [".."]', (line) =>
    rejected({ line, field: 'tags[0]', message: '标签「..」含有不能用在网址里的字符' }),
  ),
  field('tag-dot', 'tags', 'tags: ["."]', (line) =>
    rejected({ line, field: 'tags[0]', message: '标签「.」含有不能用在网址里的字符' }),
  ),
  field('tag-slash', 'tags', 'tags: ["退款/退货"]', (line) =>
    rejected({ line, field: 'tags[0]', message: '标签「退款/退货」含有不能用在网址里的字符' }),
  ),
  field('tag-query', 'tags', 'tags: ["退款?x=1"]', (line) =>
    rejected({ line, field: 'tags[0]', message: '标签「退款?x=1」含有不能用在网址里的字符' }),
  ),
  field('tag-percent', 'tags', 'tags: ["%2e%2e"]', (line) =>
    rejected({ line, field: 'tags[0]', message: '标签「%2e%2e」含有不能用在网址里的字符' }),
  ),
  field('tag-backslash', 'tags', 'tags: ["a\\\\b"]', (line) =>
    rejected({ line, field: 'tags[0]', message: '标签「a\\b」含有不能用在网址里的字符' }),
  ),
  field('tag-right-to-left-override', 'tags', 'tags: ["退\u202e款"]', (line) =>
    rejected({ line, field: 'tags[0]', message: '标签「退?款」含有不能用在网址里的字符' }),
  ),
  field('date-far-future', 'occurredOn', 'occurredOn: 2099-01-01', (line) =>
    rejected({ line, field: 'occurredOn', message: /^日期 2099-01-01 还没有到（今天是 \d{4}-\d{2}-\d{2}）$/ }),
  ),
  field('review-far-future', 'reviewedOn', 'reviewedOn: 2099-12-31', (line) =>
    rejected({ line, field: 'reviewedOn', message: /^日期 2099-12-31 还没有到（今天是 \d{4}-\d{2}-\d{2}）$/ }),
  ),
];

const forgedOutput: HostileInput[] = [
  field('output-newline-warning', 'channel', 'channel: "微信\\n::warning file=README.md,line=1::伪造的警告"', (line) =>
    rejected({
      line,
      field: 'channel',
      message: /^「微信\\n::warning file=README\.md,line=1::伪造的警告」不是有效的渠道$/,
    }),
  ),
  field('output-add-mask', 'channel', 'channel: "x\\n::add-mask::KF-2026"', (line) =>
    rejected({ line, field: 'channel', message: /^「x\\n::add-mask::KF-2026」不是有效的渠道$/ }),
  ),
  field('output-stop-commands', 'channel', 'channel: "x\\n::stop-commands::abc\\n::error::伪造"', (line) =>
    rejected({ line, field: 'channel', message: /^「x\\n::stop-commands::abc\\n::error::伪造」不是有效的渠道$/ }),
  ),
  field('output-carriage-return', 'channel', 'channel: "\\r已通过检查\\r"', (line) =>
    rejected({ line, field: 'channel', message: /^「\\r已通过检查\\r」不是有效的渠道$/ }),
  ),
  field('output-ansi-escape', 'channel', 'channel: "\\e[2K\\e[1A\\e[32m已检查：没有错误\\e[0m"', (line) =>
    rejected({ line, field: 'channel', message: /^「\\e\[2K\\e\[1A\\e\[32m已检查：没有错误\\e\[0m」不是有效的渠道$/ }),
  ),
  field('output-unicode-line-separator', 'channel', 'channel: "x\u2028::error::伪造"', (line) =>
    rejected({ line, field: 'channel', message: /^「x\\u\{2028\}::error::伪造」不是有效的渠道$/ }),
  ),
  field('output-phone-in-vocabulary', 'channel', 'channel: "13812345678"', (line) =>
    rejected({ line, field: 'channel', message: /^「138\*\*\*\*5678」不是有效的渠道$/ }),
  ),
  field('output-card-in-vocabulary', 'team', `team: "${withLuhnDigit('622202020011223344')}"`, (line) =>
    rejected({ line, field: 'team', message: /^「6222 \*\*\*\* \*\*\*\* 344\d」不是有效的班组$/ }),
  ),
  {
    technique: 'output-newline-in-file-name',
    files: { 'cases/hostile/a\n::error file=x::forged.mdx': withBody('文字').text },
    file: 'cases/hostile/a\n::error file=x::forged.mdx',
    outcome: rejected({ line: 1, field: '文件名', message: '文件名「a\\n::error file=x::forged」不符合要求' }),
  },
];

function files(
  technique: string,
  entries: Record<string, HostileFile>,
  file: string,
  rejection: Rejection,
  alone = false,
): HostileInput {
  return { technique, files: entries, file, outcome: rejected(rejection), ...(alone && { alone }) };
}

const SYMLINK = { line: 1, field: '文件', message: '这是一个符号链接（或不是普通文件）' };
const beforeGbk = withBody('').text.replace(/\n$/, '');
// 客服 in GBK.
const gbk = Buffer.concat([Buffer.from(beforeGbk), Buffer.from([0xbf, 0xcd, 0xb7, 0xfe, 0x0a])]);

const paths: HostileInput[] = [
  files(
    'symlink-dangling',
    { 'cases/hostile/dangling.mdx': { symlinkTo: './nowhere.mdx' } },
    'cases/hostile/dangling.mdx',
    SYMLINK,
  ),
  files(
    'symlink-dev-zero',
    { 'cases/hostile/zero.mdx': { symlinkTo: '/dev/zero' } },
    'cases/hostile/zero.mdx',
    SYMLINK,
  ),
  files(
    'symlink-outside-file',
    { 'cases/hostile/passwd.mdx': { symlinkTo: '/etc/passwd' } },
    'cases/hostile/passwd.mdx',
    SYMLINK,
  ),
  files('symlink-outside-folder', { 'cases/hostile/etc': { symlinkTo: '/etc' } }, 'cases/hostile/etc', SYMLINK),
  files(
    'symlink-collection-folder',
    { practices: { symlinkTo: '/etc' } },
    'practices',
    { line: 1, field: '文件夹', message: '内容文件夹是一个符号链接' },
    true,
  ),
  files('reserved-case-present', { 'cases/hostile/present.mdx': withBody('文字').text }, 'cases/hostile/present.mdx', {
    line: 1,
    field: '文件名',
    message: '文件名不能是 present.mdx（与网站生成的投屏页地址相同）',
  }),
  files(
    'reserved-script-stage',
    { 'service-scripts/stage/empathy.mdx': withBody('文字').text },
    'service-scripts/stage/empathy.mdx',
    {
      line: 1,
      field: '文件名',
      message: '话术不能放在名为 stage 的文件夹里（/scripts/stage/ 是网站生成的页面地址）',
    },
  ),
  files('reserved-practice-page', { 'practices/page/x.mdx': withBody('文字').text }, 'practices/page/x.mdx', {
    line: 1,
    field: '文件名',
    message: '最佳实践不能放在名为 page 的文件夹里（/practices/page/ 是网站生成的页面地址）',
  }),
  files('reserved-case-page', { 'cases/page/x.mdx': withBody('文字').text }, 'cases/page/x.mdx', {
    line: 1,
    field: '文件名',
    message: '案例不能放在名为 page 的文件夹里（/cases/page/ 是网站生成的页面地址）',
  }),
  files(
    'person-in-subfolder',
    { 'people/li-na/cases.yaml': 'name: 李娜\nrole: agent\nteam: ecom-online\n' },
    'people/li-na/cases.yaml',
    { line: 1, field: '文件名', message: '人员文件不能放在子文件夹里' },
  ),
  files('non-utf8-bytes', { 'cases/hostile/gbk.mdx': gbk }, 'cases/hostile/gbk.mdx', {
    line: beforeGbk.split('\n').length,
    field: '文件',
    message: '文件不是 UTF-8 编码（可能是 GBK 等其他编码保存的）',
  }),
  files('file-name-dots', { 'cases/hostile/a..b.mdx': withBody('文字').text }, 'cases/hostile/a..b.mdx', {
    line: 1,
    field: '文件名',
    message: '文件名「a..b」不符合要求',
  }),
  files('file-name-spaces', { 'cases/hostile/a b.mdx': withBody('文字').text }, 'cases/hostile/a b.mdx', {
    line: 1,
    field: '文件名',
    message: '文件名「a b」不符合要求',
  }),
];

export const corpus: GroupedInput[] = grouped({
  'waiver smuggling': waiverSmuggling,
  links,
  images,
  'HTML and JSX': htmlAndJsx,
  'parser stress and limits': structure,
  'YAML and frontmatter': frontmatter,
  'forged CI output': forgedOutput,
  'files, links and reserved paths': paths,
});
