/**
 * `npm run bench:worst-file`: the slowest files a contributor (or an attacker) can write. Each is at most 512 KB
 * and sits just inside every shape limit of src/library/limits.ts, filled with what parsers find hardest
 * (thousands of blocks, emphasis marks, character references, waiver tags, the passport case: 护照 followed by
 * 500,000 spaces). Prints, per file, the time the check takes on it alone and the time its body takes to render
 * (the build's share), then the time `npm run check` takes on the sample library with the slowest file added.
 * Targets: any file checked in ≤ 1 s; the sample library with it in ≤ 5 s.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { markdownToHtml } from 'satteri';
import { withoutAuthorTags } from '../../src/mdx/author-markup.ts';
import { bodyProcessorOptions } from '../../src/mdx/body-processor.ts';
import { createSchemas } from '../../src/schemas/collections.ts';
import { scanLibrary } from '../../src/library/layout.ts';
import { limits } from '../../src/library/limits.ts';
import { parseSource } from '../../src/library/source-file.ts';
import { checkFile } from '../../src/validation/validate.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const sample = readFileSync(path.join(projectRoot, 'content/cases/ecommerce/presale-refund-delay.mdx'), 'utf8').replace(
  /^(scripts|practices|relatedCases): .*$/gm,
  '$1: []',
);
const FILE_BYTES = limits.fileBytes - 1024;
const FILLER = '客户来电反映退款迟迟未到账，坐席核实后说明原因并给出到账日期。';

/** `unit` repeated as often as the limits allow (lines, marks, `<`/`{`, `&`), then plain text up to 511 KB. */
function edgeFile(unit: string): string {
  const count = (pattern: RegExp) => (unit.match(pattern) ?? []).length;
  const room = [
    [count(/\n/g), limits.bodyLines - 200],
    [count(/[*_~`[@]/g), limits.marks - 100],
    [count(/[<{]/g), limits.angleAndBrace - 10],
    [count(/&/g), limits.references - 10],
    [count(/\[\^/g), limits.footnotes - 5],
  ].map(([per, allowed]) => (per! > 0 ? Math.floor(allowed! / per!) : Infinity));
  const head = `${sample}\n`;
  const times = Math.min(...room, Math.floor((FILE_BYTES - Buffer.byteLength(head)) / Buffer.byteLength(unit)));
  const body = unit.repeat(times);
  const left = Math.max(0, FILE_BYTES - Buffer.byteLength(head + body) - 2);
  return `${head}${body}\n${FILLER.repeat(Math.floor(left / Buffer.byteLength(FILLER)))}\n`;
}

const files: Record<string, string> = {
  '护照 + 500,000 个空格': `${sample}\n护照${' '.repeat(500_000)}\n`,
  '段落（每行一段）': edgeFile('客户\n\n'),
  列表项: edgeFile('- 客户\n'),
  有序列表: edgeFile('1. 客户\n'),
  二级标题: edgeFile('## 处理过程\n'),
  代码围栏: edgeFile('```\n'),
  脚注定义: edgeFile('[^a]: 客户\n'),
  强调: edgeFile('*客户*'),
  下划线强调: edgeFile('_a'),
  删除线: edgeFile('~~a~~'),
  行内代码: edgeFile('`a`'),
  链接: edgeFile('[a](/b)'),
  邮箱样式: edgeFile('a@b.cn '),
  字符实体: edgeFile('&lt;'),
  豁免标记: edgeFile('<PiiOk reason="x">客户</PiiOk>'),
  '引用（嵌套 12 层）': edgeFile(`${'> '.repeat(limits.nesting)}客户\n`),
  表格行: edgeFile('| 客户 | 退款 |\n'),
  长的一行数字: `${sample}\n${'1'.repeat(FILE_BYTES - Buffer.byteLength(sample) - 2)}\n`,
  // A line break between two digits is read as nothing (a number split across lines): thousands of such joins.
  '数字行（每行 100 位）': edgeFile(`${'1'.repeat(100)}\n`),
  '字段区：数字行': frontmatterFile('1\n'),
  '字段区：邮箱样式': frontmatterFile('a@b.cn '),
};

/**
 * The sample case with one more frontmatter value, a block of `unit` repeated up to the frontmatter's limit (no body
 * limit applies there), and the body filled with plain text up to 511 KB.
 */
function frontmatterFile(unit: string): string {
  const room = limits.frontmatterCharacters - sample.indexOf('\n---', 4) - 32;
  const block = `  ${unit}`.repeat(Math.floor(room / (unit.length + 2))).trimEnd();
  const head = sample.replace(/^---\n/, `---\nnote: |\n${block}\n`);
  return `${head}\n${FILLER.repeat(Math.floor((FILE_BYTES - Buffer.byteLength(head)) / Buffer.byteLength(FILLER)))}\n`;
}

const root = mkdtempSync(path.join(tmpdir(), 'casebook-worst-file-'));
cpSync(path.join(projectRoot, 'content'), root, { recursive: true });
mkdirSync(path.join(root, 'cases/bench'), { recursive: true });
const target = path.join(root, 'cases/bench/worst.mdx');
const ms = (value: number) => `${Math.round(value)} ms`.padStart(8);

const rows: { name: string; bytes: number; check: number; render: number }[] = [];
for (const [name, text] of Object.entries(files)) {
  writeFileSync(target, text);
  const library = scanLibrary(root);
  const schemas = createSchemas(library.index);
  const file = library.files.find((candidate) => candidate.absolutePath === target)!;
  const started = performance.now();
  const report = checkFile(file, schemas, '2026-11-28');
  const check = performance.now() - started;
  const errors = report.problems.filter((problem) => problem.severity === 'error');
  const parsed = parseSource(text, 'mdx', false);
  let render = 0;
  if (errors.length === 0 && parsed.ok) {
    const rendering = performance.now();
    markdownToHtml(withoutAuthorTags(parsed.body), {
      features: bodyProcessorOptions.features,
      mdastPlugins: bodyProcessorOptions.mdastPlugins,
      hastPlugins: bodyProcessorOptions.hastPlugins,
    });
    render = performance.now() - rendering;
  }
  rows.push({ name, bytes: Buffer.byteLength(text), check, render });
  console.log(
    `${name.padEnd(16, '　')} ${String(Math.round(Buffer.byteLength(text) / 1024)).padStart(4)} KB  ` +
      `检查 ${ms(check)}  渲染 ${errors.length ? `    （未通过：${errors[0]!.message}）` : ms(render)}`,
  );
}

const slowest = rows.reduce((worst, row) => (row.check > worst.check ? row : worst));
writeFileSync(target, files[slowest.name]!);
const started = performance.now();
const command = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/run-check.js')], {
  cwd: projectRoot,
  env: { ...process.env, CASEBOOK_CONTENT: root, GITHUB_ACTIONS: '' },
  encoding: 'utf8',
});
const whole = performance.now() - started;
console.log(`最慢的文件：${slowest.name}，检查 ${Math.round(slowest.check)} ms（目标 ≤ 1000 ms）`);
console.log(
  `示例库加上这个文件，npm run check 命令（含启动）${Math.round(whole)} ms（目标 ≤ 5000 ms）；` +
    `${command.stdout.trim().split('\n').at(-1)}`,
);
rmSync(root, { recursive: true, force: true });
