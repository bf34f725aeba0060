/**
 * Fails when a line of code or configuration is wider than Prettier's `printWidth`, counted in display columns.
 * Prettier wraps code but leaves long strings, comments and regular expressions as written; this names each one.
 *
 *   node scripts/check-width.ts [folder]   (part of `npm run lint`; the folder defaults to the project's)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getFileInfo, resolveConfig } from 'prettier';
import { linesOverWidth } from './lib/line-width.ts';

const root = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..'));
const folders = ['src', 'scripts', 'tests'];
const code = /\.(?:[cm]?[jt]s|astro|css|json)$/;

const topLevel = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isFile() && code.test(entry.name))
  .map((entry) => entry.name);
const inFolders = folders.flatMap((folder) =>
  (existsSync(path.join(root, folder))
    ? readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    : []
  )
    .filter((name) => code.test(name))
    .map((name) => path.join(folder, name)),
);

let checked = 0;
const problems: string[] = [];
for (const file of [...topLevel, ...inFolders].sort()) {
  const absolute = path.join(root, file);
  // The files `prettier --check .` formats: not those .prettierignore or .gitignore leave out (data, build output).
  const info = await getFileInfo(absolute, {
    ignorePath: ['.prettierignore', '.gitignore'].map((name) => path.join(root, name)),
  });
  if (info.ignored || !info.inferredParser) continue;
  const limit = (await resolveConfig(absolute))?.printWidth ?? 80;
  checked++;
  for (const { line, width } of linesOverWidth(readFileSync(absolute, 'utf8'), limit)) {
    problems.push(`${file.split(path.sep).join('/')}:${line}  宽 ${width} 列，超过 ${limit} 列（中文字算 2 列）`);
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(
    `\n${problems.length} 行超宽。请把长字符串按句子拆成几段用 + 连接，长注释换行，长正则用 new RegExp 拼接；` +
      '代码本身运行 npx prettier --write 即可折行。',
  );
  process.exit(1);
}
console.log(`行宽：检查了 ${checked} 个文件，没有超宽的行。`);
