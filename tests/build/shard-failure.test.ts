/**
 * A sharded build whose shard fails (a customer's phone number in a 2025 case, which only that shard's build checks)
 * stops before anything is assembled to deploy, naming the shard and the library's own file and line; never a stack
 * trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';
import { standalone, standaloneCase, tempLibrary } from '../helpers/temp-library.ts';

const leaking = standalone(readFileSync(path.join(projectRoot, 'tests/fixtures/bad/pii-mobile-in-body.mdx'), 'utf8'))
  .replace('caseNumber: KF-2026-0901', 'caseNumber: KF-2025-0901')
  .replace('occurredOn: 2026-10-12', 'occurredOn: 2025-10-12');
const library = tempLibrary({
  'cases/ecommerce/presale-refund-delay.mdx': standaloneCase,
  'cases/telecom/broadband-rebooked.mdx': leaking,
});
const out = path.join(library, 'site');
afterAll(() => rmSync(library, { recursive: true, force: true }));

describe('a sharded build with a failing shard', () => {
  it('stops the deploy, naming the shard and the file', { timeout: 600_000 }, () => {
    const result = spawnSync(
      process.execPath,
      ['scripts/build-shards.ts', '--by', 'year', '--content', library, '--out', out, '--jobs', '2'],
      { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, BASE_URL: '' } },
    );
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).toBe(1);
    expect(output).toContain('分库「2025 年」构建失败');
    expect(output).toContain(
      `${path.join(library, 'cases/telecom/broadband-rebooked.mdx')}:` +
        `${leaking.split('\n').findIndex((line) => line.includes('13812345678')) + 1}`,
    );
    expect(output).toContain('疑似客户的手机号「138****5678」');
    expect(output).not.toMatch(/^\s+at .*\.(js|ts):\d+/m);
    // Nothing assembled: a deploy step finds no site to publish.
    expect(existsSync(out)).toBe(false);
  });
});
