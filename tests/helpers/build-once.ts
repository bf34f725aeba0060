/**
 * Vitest global setup: builds the site with the sample content once per test run into the tests' own folder
 * (`distDir`, not the user's `dist/`); both the build and the browser project use it, a stamp stops the second build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildArguments, distDir, projectRoot } from './paths.ts';

const stamp = path.join(distDir, '.test-build-stamp');
/**
 * The sample library is written around 28 November 2026 (Shanghai), so the test build is dated then
 * (`SOURCE_DATE_EPOCH`, 10:00 that day): tests of "today" do not change with the real date.
 */
const sampleBuildEpoch = String(Date.UTC(2026, 10, 28, 2) / 1000);

export default function buildOnce(): void {
  const runId = String(process.ppid) + ':' + String(process.pid);
  if (process.env.CASEBOOK_SKIP_BUILD === '1' && existsSync(distDir)) return;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === runId) return;
  const result = spawnSync(process.execPath, buildArguments, {
    cwd: projectRoot,
    encoding: 'utf8',
    env: sampleBuildEnv(),
  });
  if (result.status !== 0) {
    throw new Error(`astro build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  writeFileSync(stamp, runId);
}

function sampleBuildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { SOURCE_DATE_EPOCH: sampleBuildEpoch, ...process.env, CASEBOOK_OUT_DIR: distDir };
  delete env.CASEBOOK_CONTENT;
  return env;
}
