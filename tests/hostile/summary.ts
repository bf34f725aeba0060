/**
 * `node tests/hostile/summary.ts`: the hostile corpora in figures, for an issue's closing note: inputs per corpus and
 * group, refused and accepted, and the realistic non-personal numbers the personal-data corpus must accept. Counted
 * from the corpora themselves (tests/hostile/<corpus>/corpus.ts), never by hand.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { HostileInput } from './types.ts';

const folders = readdirSync(import.meta.dirname, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const corpora = await Promise.all(
  folders.map(async (corpus) => ({
    corpus,
    inputs: ((await import(path.join(import.meta.dirname, corpus, 'corpus.ts'))) as { corpus: HostileInput[] }).corpus,
  })),
);

const rows: string[][] = [['语料', '分组', '输入', '拒绝', '接受']];
const count = (inputs: HostileInput[]) => {
  const refused = inputs.filter((input) => 'rejected' in input.outcome).length;
  return [String(inputs.length), String(refused), String(inputs.length - refused)];
};
for (const { corpus, inputs } of corpora) {
  for (const group of [...new Set(inputs.map((input) => input.group))])
    rows.push([corpus, group, ...count(inputs.filter((input) => input.group === group))]);
  rows.push([corpus, '（合计）', ...count(inputs)]);
}
rows.push(['（全部）', '', ...count(corpora.flatMap(({ inputs }) => inputs))]);
console.log(rows.map((row) => `| ${row.join(' | ')} |`).join('\n'));

const notPersonal = corpora.flatMap(({ inputs }) =>
  inputs.filter((input) => input.group === 'realistic numbers that are not personal data'),
);
console.log(
  `\n不是个人信息、必须通过检查的真实号码（${notPersonal.length} 个）：` +
    `${notPersonal.map((input) => input.technique).join('; ')}`,
);
const shown = corpora.flatMap(({ inputs }) => inputs.filter((input) => input.shows));
console.log(
  `\n页面上必须原样显示的打码写法（${shown.length} 个）：${shown.map((input) => input.technique).join('; ')}`,
);
