/**
 * `npm run bench:check [-- --entries 10000] [--keep]`: generates a realistic library in a temporary
 * folder and times `npm run check` on it, in this process (the time `check` prints) and as the command
 * a contributor runs (a new process, module loading included). The generated library must come out clean.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateLibrary } from './generate-library.ts';
import { validateLibrary } from '../../src/validation/validate.ts';
import { validateLibraryInParallel } from '../../src/validation/parallel.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '10000' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('用法：npm run bench:check [-- --entries 条数（默认 10000）] [--keep（保留生成的内容库）]');
  process.exit(0);
}
const entries = Number(values.entries);
const out = mkdtempSync(path.join(tmpdir(), 'casebook-bench-check-'));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

let started = performance.now();
const library = generateLibrary({ entries, out });
console.log(
  `生成 ${entries} 条内容（${library.cases} 案例、${library.daily} 每日一案例、` +
    `${library.practices} 最佳实践、${library.scripts} 话术，繁体 ${library.traditional} 篇）` +
    `用时 ${seconds(performance.now() - started)}`,
);

started = performance.now();
// CPU time as well: on a machine shared with other work, the wall-clock times mostly measure the others.
const cpu = process.cpuUsage();
const single = validateLibrary({ root: out });
const singleMs = performance.now() - started;
const singleCpu = process.cpuUsage(cpu);
started = performance.now();
const parallel = await validateLibraryInParallel({ root: out });
const parallelMs = performance.now() - started;

// What `npm run check` runs (package.json), without npm itself.
const script = path.join(import.meta.dirname, '../run-check.js');
started = performance.now();
const command = spawnSync(process.execPath, [script], {
  env: { ...process.env, CASEBOOK_CONTENT: out },
  encoding: 'utf8',
});
const commandMs = performance.now() - started;

const errors = parallel.problems.filter((problem) => problem.severity === 'error').length;
console.log(`机器负载（1 分钟平均）${loadavg()[0]!.toFixed(1)}，${availableParallelism()} 个核`);
console.log(
  `校验 ${parallel.fileCount} 个文件：单线程 ${seconds(singleMs)}` +
    `（CPU ${seconds((singleCpu.user + singleCpu.system) / 1000)}），` +
    `${availableParallelism()} 个线程 ${seconds(parallelMs)}；` +
    `npm run check 命令（含启动）${seconds(commandMs)}`,
);
console.log(
  `每千个文件 ${seconds((parallelMs / parallel.fileCount) * 1000)}；` +
    `${errors} 个错误、${parallel.problems.length - errors} 条警告`,
);
if (!values.keep) rmSync(out, { recursive: true, force: true });
else console.log(`内容保留在 ${out}`);
if (errors > 0 || single.problems.length !== parallel.problems.length || command.status !== 0) {
  console.error('生成的内容库应当没有错误，单线程与多线程的结果也应相同：');
  console.error(command.stdout.split('\n').slice(0, 10).join('\n'));
  process.exitCode = 1;
}
