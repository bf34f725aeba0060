/**
 * `npm run shards:changed -- --base SHA [--by year|quarter|team] [--content DIR] [--home KEY] [--all]`: the shards
 * a pull request must rebuild (src/library/changed-shards.ts), from `git diff --name-status BASE...HEAD`. Prints,
 * for the shard workflow's matrix, one JSON line on stdout: `[{"key":"2025","label":"2025 年","base":"/2025/"},…]`;
 * and why each shard rebuilds on stderr. `--all` (a push to main) lists every shard.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { changedShards, parseNameStatus, type FileChange } from '../src/library/changed-shards.ts';
import { layout } from '../src/library/layout.ts';
import { readLibrary } from '../src/library/read.ts';
import { isShardBy, planShards, SHARD_BY_HELP, shardKey } from '../src/library/shards.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    by: { type: 'string', default: 'year' },
    content: { type: 'string', default: 'content' },
    home: { type: 'string' },
    all: { type: 'boolean', default: false },
  },
});
if (!isShardBy(values.by)) {
  console.error(`--by 只能是 ${SHARD_BY_HELP}，而不是「${values.by}」`);
  process.exit(1);
}
if (!values.all && !values.base) {
  console.error('请用 --base 指定拉取请求的基准提交（例如 --base origin/main），或用 --all 列出全部分库');
  process.exit(1);
}
const by = values.by;
const contentRoot = path.resolve(values.content);
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
const repositoryRoot = git('rev-parse', '--show-toplevel').trim();
const contentDir = path.relative(repositoryRoot, contentRoot).replaceAll('\\', '/');

const library = readLibrary(contentRoot, ['cases', 'daily']);
const plans = planShards(library, by, values.home);
const keyOfCase = new Map(
  plans.flatMap((plan) =>
    plan.cases.map((file) => [
      path.relative(path.join(contentRoot, layout.cases.dir), file.absolutePath).replace(/\.mdx$/, ''),
      plan.key,
    ]),
  ),
);

/** The shard key of a file's version at the base: its year or team then (daily entries: their case's shard). */
function previousKey(change: FileChange): string | undefined {
  if (change.status !== 'M') return undefined;
  let before: string;
  try {
    before = git('show', `${values.base}:${change.path}`);
  } catch {
    return undefined;
  }
  const field = (name: string) => new RegExp(`^${name}:\\s*(\\S+)`, 'm').exec(before)?.[1];
  if (change.path.startsWith(`${contentDir}/${layout.daily.dir}/`)) {
    const caseId = field('case');
    return caseId === undefined ? undefined : keyOfCase.get(caseId);
  }
  const occurredOn = field('occurredOn');
  const team = field('team');
  if (by === 'team' ? team === undefined : occurredOn === undefined) return undefined;
  return shardKey(by, { occurredOn: occurredOn ?? '', team: team ?? '' });
}

const changes = values.all
  ? []
  : parseNameStatus(git('diff', '--name-status', '--find-renames', `${values.base}...HEAD`)).map((change) => ({
      ...change,
      previousKey: previousKey(change),
    }));
const { keys, reasons } = values.all
  ? { keys: plans.map((plan) => plan.key), reasons: new Map(plans.map((plan) => [plan.key, '全部重建'])) }
  : changedShards(changes, plans, contentDir, contentRoot);
for (const plan of plans)
  console.error(`${plan.label.padEnd(8)} ${reasons.has(plan.key) ? `重建：${reasons.get(plan.key)}` : '不变，跳过'}`);
console.log(
  JSON.stringify(plans.filter((plan) => keys.includes(plan.key)).map(({ key, label, base }) => ({ key, label, base }))),
);
