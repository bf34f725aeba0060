/**
 * The recipe a team publishes with (casebook.config.json `deploy`), and the deploy workflow's refusal to publish
 * a site anyone on the internet could open unless the team wrote so on purpose.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deployDecision, gitlabPagesPublic, type Deployment } from '../../src/lib/deploy/recipes.ts';
import { formatSettings, parseSettings } from '../../src/lib/site/settings.ts';
import { projectRoot } from '../helpers/paths.ts';
import { projectCopy, runIn } from '../helpers/project-copy.ts';

/** The plan script, run without blocking this process (it asks a loopback stand-in for GitHub's API). */
const runAsync = (root: string, args: string[], env: Record<string, string>) =>
  new Promise<{ status: number; output: string }>((resolve) => {
    execFile(
      process.execPath,
      [path.join(root, 'scripts/deploy-plan.ts'), ...args],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code) : 0, output: `${stdout}${stderr}` }),
    );
  });

const sample = JSON.parse(readFileSync(path.join(projectRoot, 'casebook.config.json'), 'utf8')) as Record<
  string,
  unknown
>;
const withDeploy = (deploy: unknown) => ({ ...sample, deploy });
/** Settings as written to casebook.config.json, read back. */
const settingsIn = (text: string) => JSON.parse(text) as { deploy?: Record<string, unknown> };

describe('the deploy setting', () => {
  it('is optional, and read and written back with its recipe', () => {
    expect(parseSettings(sample).deploy).toBeUndefined();
    const settings = parseSettings(withDeploy({ recipe: 'nginx-sso' }));
    expect(settings.deploy).toEqual({ recipe: 'nginx-sso', allowPublicSite: false });
    // Written only when a person set it.
    expect(settingsIn(formatSettings(settings)).deploy).toEqual({ recipe: 'nginx-sso' });
    expect(
      settingsIn(formatSettings(parseSettings(withDeploy({ recipe: 'github-pages-private', allowPublicSite: true }))))
        .deploy,
    ).toEqual({ recipe: 'github-pages-private', allowPublicSite: true });
  });

  it('names the field and the choices when it is wrong', () => {
    expect(() => parseSettings(withDeploy({ recipe: 'github-pages' }))).toThrow(
      'casebook.config.json  deploy.recipe  「github-pages」不是发布方式' +
        ' — 可选：nginx-basic、nginx-sso、docker、gitlab-pages、github-pages-private（docs/deploy.md）',
    );
    expect(() => parseSettings(withDeploy({ recipe: 'docker', public: true }))).toThrow('deploy.public  不认识这一项');
    expect(() => parseSettings(withDeploy({ recipe: 'docker', allowPublicSite: 'yes' }))).toThrow(
      'deploy.allowPublicSite  只能是 true 或 false',
    );
  });
});

describe('whether the deploy workflow publishes', () => {
  const pages: Deployment = { recipe: 'github-pages-private', allowPublicSite: false };

  it('refuses GitHub Pages of a public repository, and a private repository whose Pages are public', () => {
    const fromPublic = deployDecision(pages, { visibility: 'public' });
    expect(fromPublic).toMatchObject({ publish: false, refused: true });
    expect(fromPublic.publish || fromPublic.reason).toMatch(
      /^拒绝发布：这个仓库是公开的，公开仓库的 GitHub Pages 任何人都能打开.*"allowPublicSite": true/,
    );
    const publicPages = deployDecision(pages, { visibility: 'private', pagesPublic: true });
    expect(publicPages.publish || publicPages.reason).toMatch(/^拒绝发布：仓库是私有的，但它的 GitHub Pages 是公开的/);
    expect(deployDecision(pages, { visibility: 'private', pagesPublic: false })).toEqual({
      publish: true,
      recipe: 'github-pages-private',
    });
  });

  it('publishes a public site only when the team opted in', () => {
    expect(deployDecision({ ...pages, allowPublicSite: true }, { visibility: 'public', pagesPublic: true })).toEqual({
      publish: true,
      recipe: 'github-pages-private',
    });
  });

  it('publishes server recipes from any repository (the server asks for a password); GitLab Pages to GitLab', () => {
    for (const recipe of ['nginx-basic', 'nginx-sso', 'docker'] as const)
      expect(deployDecision({ recipe, allowPublicSite: false }, { visibility: 'public' })).toEqual({
        publish: true,
        recipe,
      });
    expect(deployDecision({ recipe: 'gitlab-pages', allowPublicSite: false }, { visibility: 'private' })).toMatchObject(
      { publish: false, refused: false },
    );
    expect(deployDecision(undefined, { visibility: 'private' })).toMatchObject({ publish: false, refused: false });
  });
});

describe('whether the GitLab pipeline publishes', () => {
  const gitlab: Deployment = { recipe: 'gitlab-pages', allowPublicSite: false };

  it('publishes Pages only project members can open', () => {
    expect(
      deployDecision(gitlab, {
        platform: 'gitlab',
        visibility: 'public',
        pagesPublic: gitlabPagesPublic('private', 'public'),
      }),
    ).toEqual({ publish: true, recipe: 'gitlab-pages' });
    expect(
      deployDecision(gitlab, {
        platform: 'gitlab',
        visibility: 'internal',
        pagesPublic: gitlabPagesPublic('enabled', 'internal'),
      }),
    ).toEqual({ publish: true, recipe: 'gitlab-pages' });
  });

  it('refuses Pages open to everyone, and a public project whose Pages setting it could not read', () => {
    for (const [level, visibility] of [
      ['public', 'private'],
      ['enabled', 'public'],
      ['', 'public'],
    ] as const) {
      const decision = deployDecision(gitlab, {
        platform: 'gitlab',
        visibility,
        pagesPublic: gitlabPagesPublic(level, visibility),
      });
      expect(decision.publish || decision.reason, `${level} ${visibility}`).toMatch(
        /^拒绝发布：这个项目的 GitLab Pages 任何人都能打开.*Only Project Members/,
      );
    }
    expect(
      deployDecision(
        { ...gitlab, allowPublicSite: true },
        { platform: 'gitlab', visibility: 'public', pagesPublic: true },
      ),
    ).toEqual({ publish: true, recipe: 'gitlab-pages' });
  });

  it('stops a pages job copied in by a team that publishes another way', () => {
    expect(
      deployDecision({ recipe: 'nginx-basic', allowPublicSite: false }, { platform: 'gitlab', visibility: 'private' }),
    ).toMatchObject({ publish: false, refused: true });
    expect(deployDecision(undefined, { platform: 'gitlab', visibility: 'private' })).toMatchObject({
      publish: false,
      refused: true,
    });
  });
});

describe('npm run setup --deploy and the deploy job’s plan', { timeout: 60_000 }, () => {
  const root = projectCopy();
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const settingsFile = path.join(root, 'casebook.config.json');

  it('records the recipe, and the plan refuses public Pages with the reason in Chinese', async () => {
    const setup = runIn(root, 'setup.ts', ['--deploy', 'github-pages-private', '--yes']);
    expect(setup.status).toBe(0);
    expect(setup.output).toContain('发布方式  GitHub Pages，私有站点');
    expect(settingsIn(readFileSync(settingsFile, 'utf8')).deploy).toEqual({ recipe: 'github-pages-private' });

    const refused = runIn(root, 'deploy-plan.ts', ['--visibility', 'public']);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('✗ 拒绝发布：这个仓库是公开的');
    // A private repository whose Pages GitHub reports public (a plan without private Pages).
    const pagesApi = createServer((request, response) => {
      const isPublic = request.headers.authorization === 'Bearer token-public';
      response
        .writeHead(request.url === '/repos/kefu/casebook/pages' ? 200 : 404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ public: isPublic }));
    });
    await new Promise<void>((resolve) => pagesApi.listen(0, '127.0.0.1', resolve));
    const api = {
      GITHUB_API_URL: `http://127.0.0.1:${(pagesApi.address() as { port: number }).port}`,
      GITHUB_REPOSITORY: 'kefu/casebook',
    };
    const publicPages = await runAsync(root, ['--visibility', 'private', '--pages-api'], {
      ...api,
      GITHUB_TOKEN: 'token-public',
    });
    const privatePages = await runAsync(root, ['--visibility', 'private', '--pages-api'], {
      ...api,
      GITHUB_TOKEN: 'token-private',
    });
    pagesApi.close();
    expect(publicPages.status).toBe(1);
    expect(publicPages.output).toContain('✗ 拒绝发布：仓库是私有的，但它的 GitHub Pages 是公开的');
    expect(privatePages.output).toContain('recipe=github-pages-private');

    const settings = settingsIn(readFileSync(settingsFile, 'utf8'));
    writeFileSync(settingsFile, JSON.stringify({ ...settings, deploy: { ...settings.deploy, allowPublicSite: true } }));
    const optedIn = runIn(root, 'deploy-plan.ts', ['--visibility', 'public']);
    expect(optedIn.status).toBe(0);
    expect(optedIn.output).toContain('recipe=github-pages-private');
    // Choosing again keeps the team's own decision.
    expect(runIn(root, 'setup.ts', ['--deploy', 'github-pages-private', '--yes']).status).toBe(0);
    expect(settingsIn(readFileSync(settingsFile, 'utf8')).deploy).toEqual({
      recipe: 'github-pages-private',
      allowPublicSite: true,
    });
  });

  it('refuses a recipe that does not exist, naming the choices', () => {
    const { status, output } = runIn(root, 'setup.ts', ['--deploy', 'netlify', '--yes']);
    expect(status).toBe(1);
    expect(output).toContain(
      '--deploy「netlify」不是发布方式 — 可选：nginx-basic、nginx-sso、docker、gitlab-pages、github-pages-private',
    );
  });
});
