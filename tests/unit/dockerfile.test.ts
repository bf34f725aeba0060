/**
 * The container image (Dockerfile) is the nginx recipe that tests/deploy runs, built the way CI builds: where no
 * Docker daemon is at hand, its steps are checked against the recipe and the CI commands instead of run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { nginxDirectives } from '../../src/lib/deploy/server-config.ts';
import { projectRoot } from '../helpers/paths.ts';

const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');
/** Instructions per stage, continuation lines joined, comments dropped. */
const stages: string[][] = [];
for (const line of read('Dockerfile')
  .replace(/\\\n\s*/g, ' ')
  .split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  if (line.startsWith('FROM ')) stages.push([line]);
  else stages.at(-1)!.push(line);
}
const [build, serve] = stages as [string[], string[]];
const directives = (file: string) => nginxDirectives(read(`deploy/nginx/${file}`));
const copies = serve.filter((line) => line.startsWith('COPY ')).map((line) => line.split(/\s+/).slice(1));

describe('the Dockerfile', () => {
  it('builds in one stage and serves with nginx in another', () => {
    expect(stages).toHaveLength(2);
    expect(build[0]).toMatch(/^FROM node:24-bookworm-slim AS build$/);
    expect(serve[0]).toMatch(/^FROM debian:bookworm-slim$/);
    expect(serve.at(-1)).toBe('CMD ["nginx", "-g", "daemon off;"]');
  });

  it('builds with the commands CI builds with', () => {
    const ciSteps = (
      parse(read('.github/workflows/ci.yml')) as { jobs: Record<string, { steps: { run?: string }[] }> }
    ).jobs['check-build-test']!.steps.flatMap((step) => (step.run ? [step.run.trim()] : []));
    const runs = build.filter((line) => line.startsWith('RUN ')).map((line) => line.slice(4));
    expect(runs).toEqual(['npm ci --no-audit --no-fund', 'npm run build']);
    for (const command of runs) expect(ciSteps).toContain(command);
  });

  it('installs the nginx packages the recipe is tested with', () => {
    const tested = /packages\+=\((nginx [^)]*)\)/.exec(read('.ci/run'))![1]!.split(' ');
    const installed = /apt-get install -y --no-install-recommends ([^&]+)/
      .exec(serve.join('\n'))![1]!
      .trim()
      .split(/\s+/);
    expect(installed).toEqual(tested);
  });

  it('copies the files of the recipe to the places the recipe includes them from', () => {
    const site = directives('casebook-basic.conf');
    const included = [...site, ...directives('casebook-site.conf')]
      .filter(({ name, args }) => name === 'include' && args[0]!.startsWith('snippets/'))
      .map(({ args }) => path.basename(args[0]!));
    expect(new Set(included)).toEqual(new Set(['casebook-site.conf', 'casebook-headers.conf']));
    const snippets = copies.find((args) => args.at(-1) === '/etc/nginx/snippets/')!;
    expect(
      snippets
        .slice(0, -1)
        .map((file) => path.basename(file))
        .sort(),
    ).toEqual([...new Set(included)].sort());
    expect(copies).toContainEqual(['deploy/nginx/casebook-basic.conf', '/etc/nginx/sites-enabled/casebook.conf']);
    const root = directives('casebook-site.conf').find(({ name }) => name === 'root')!.args[0];
    expect(copies).toContainEqual(['--from=build', '/app/dist', root]);
  });

  it('takes the password file and the certificate from the server, not the image', () => {
    const secrets = directives('casebook-basic.conf')
      .filter(({ name }) => ['auth_basic_user_file', 'ssl_certificate', 'ssl_certificate_key'].includes(name))
      .map(({ args }) => args[0]!);
    const usage = read('Dockerfile')
      .split('\n')
      .filter((line) => line.startsWith('#'))
      .join('\n');
    const mounts = [...usage.matchAll(/-v (\S+):(\S+):ro/g)].map((match) => match[2]!);
    for (const secret of secrets)
      expect(
        mounts.some((mount) => secret.startsWith(mount)),
        secret,
      ).toBe(true);
    for (const line of copies)
      for (const secret of secrets) expect(line.join(' ')).not.toContain(path.basename(secret));
  });

  it('leaves local installs and builds out of the image, and nothing the build reads', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    for (const name of ['node_modules', 'dist', '.test-dist', '.git']) expect(ignored).toContain(name);
    for (const needed of [
      'content',
      'src',
      'public',
      'scripts',
      'astro.config.mjs',
      'casebook.config.json',
      'package-lock.json',
    ])
      expect(ignored).not.toContain(needed);
  });
});
