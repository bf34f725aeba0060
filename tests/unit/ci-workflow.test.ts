/**
 * The CI workflows run contributed content: every action pinned, read-only, no token left behind, time-bounded.
 * Publishing (deploy.yml) gets write access only where it publishes and only after the plan step allowed it;
 * pull requests (preview.yml) never get a secret or a write permission.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  if?: string;
}
interface Job {
  'timeout-minutes'?: number;
  permissions?: Record<string, string>;
  needs?: string | string[];
  if?: string;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  jobs: Record<string, Job>;
}

const folder = path.join(projectRoot, '.github/workflows');
const workflows = readdirSync(folder)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({
    name,
    text: readFileSync(path.join(folder, name), 'utf8'),
    workflow: parse(readFileSync(path.join(folder, name), 'utf8')) as Workflow,
  }));
const workflow = (name: string) => workflows.find((candidate) => candidate.name === name)!.workflow;
const runs = (job: Job) => job.steps.map((step) => step.run ?? '').join('\n');
const pinnedAction = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;

describe.each(workflows.map(({ name, workflow }) => [name, workflow] as const))('%s', (_, workflow) => {
  it('reads the repository only, unless a job publishes and says why', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (!job.permissions) continue;
      const { contents, ...writes } = job.permissions;
      expect(contents, name).toBe('read');
      for (const [scope, level] of Object.entries(writes)) {
        expect(level, `${name} ${scope}`).toBe('write');
        // Each write scope belongs to the one step that needs it.
        if (scope === 'pages' || scope === 'id-token')
          expect(
            job.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@')),
            `${name} ${scope}`,
          ).toBe(true);
        else if (scope === 'packages') expect(runs(job), name).toMatch(/docker push .*\n?/);
        else expect.unreachable(`${name} asks for ${scope}: write`);
      }
    }
  });

  it('pins every action to a full commit and leaves no credentials in the checkout', () => {
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps.filter((candidate) => candidate.uses)) {
        expect(step.uses).toMatch(pinnedAction);
        if (step.uses!.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials']).toBe(false);
      }
    }
  });

  it('stops every job after a bounded time', () => {
    for (const job of Object.values(workflow.jobs)) expect(job['timeout-minutes']).toBeGreaterThan(0);
  });
});

describe('workflows that run for pull requests', () => {
  it('have no secret and no write permission', () => {
    const forPullRequests = workflows.filter(
      ({ workflow }) => 'pull_request' in workflow.on || 'pull_request_target' in workflow.on,
    );
    expect(forPullRequests.map(({ name }) => name).sort()).toEqual(['ci.yml', 'preview.yml', 'shards.yml']);
    for (const { name, text, workflow } of forPullRequests) {
      expect('pull_request_target' in workflow.on, name).toBe(false);
      expect(text, name).not.toContain('secrets.');
      for (const job of Object.values(workflow.jobs)) expect(job.permissions, name).toBeUndefined();
    }
  });
});

describe('the shard workflow', () => {
  const { jobs } = workflow('shards.yml');

  it('builds on a pull request only the shards its diff changes, each with the library-wide step’s output', () => {
    expect(runs(jobs['library-wide']!)).toMatch(/npm run -s shards:changed -- .*--base "\$BASE_SHA"/);
    expect(runs(jobs['library-wide']!)).toContain('npm run build:library-wide');
    expect(jobs.shard!.needs).toBe('library-wide');
    expect(runs(jobs.shard!)).toMatch(/split-library\.ts --key "\$KEY" .*--library-wide library-wide\.json/);
    expect(jobs.shard!.steps.some((step) => step.with?.name === 'library-wide')).toBe(true);
  });

  it('assembles the site only on main and only when every shard built', () => {
    expect(jobs.assemble!.needs).toEqual(['library-wide', 'shard']);
    expect(jobs.assemble!.if).toBe("github.event_name != 'pull_request'");
  });
});

describe('the deploy workflow', () => {
  const { on, jobs } = workflow('deploy.yml');

  it('publishes main only, each recipe only after the plan step allowed it', () => {
    expect(on.push).toEqual({ branches: ['main'] });
    expect(runs(jobs.plan!)).toContain('node scripts/deploy-plan.ts --visibility "$VISIBILITY"');
    for (const [name, job] of Object.entries(jobs).filter(([name]) => name !== 'plan')) {
      expect([job.needs].flat(), name).toContain('plan');
      expect(job.if, name).toMatch(/needs\.plan\.outputs\.recipe [!=]= '/);
    }
    const published = ['github-pages-private', 'nginx-basic', 'nginx-sso', 'docker'];
    for (const recipe of published)
      expect(
        Object.values(jobs).some((job) => job.if?.includes(`== '${recipe}'`)),
        recipe,
      ).toBe(true);
  });

  it('asks GitHub whether the Pages are public before uploading them', () => {
    const steps = jobs['github-pages']!.steps;
    const asked = steps.findIndex((step) => step.run?.includes('deploy-plan.ts') && step.run.includes('--pages-api'));
    const uploaded = steps.findIndex((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(asked).toBeGreaterThanOrEqual(0);
    expect(asked).toBeLessThan(uploaded);
  });

  it('copies the site to the folder the nginx recipe serves, with the build’s header file, and reloads nginx', () => {
    const root = /^root (\S+);$/m.exec(
      readFileSync(path.join(projectRoot, 'deploy/nginx/casebook-site.conf'), 'utf8'),
    )![1]!;
    expect(runs(jobs.server!)).toContain(`site/ "$DEPLOY_HOST:${root}/"`);
    expect(runs(jobs.server!)).toContain('nginx -t && sudo systemctl reload nginx');
    const upload = jobs.build!.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.with).toMatchObject({ path: 'dist/', 'include-hidden-files': true });
  });
});

describe('the pull-request preview', () => {
  const steps = workflow('preview.yml').jobs.preview!.steps;

  it('writes the summary whatever the build did, then uploads the site and the screenshots', () => {
    const build = steps.findIndex((step) => step.run === 'npm run build');
    const preview = steps.findIndex((step) => step.run?.includes('npm run preview:changes -- --build "$BUILD"'));
    const upload = steps.findIndex((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(build).toBeGreaterThanOrEqual(0);
    expect(build).toBeLessThan(preview);
    expect(preview).toBeLessThan(upload);
    expect((steps[build] as { 'continue-on-error'?: boolean })['continue-on-error']).toBe(true);
    expect(steps[upload]!.with?.path).toBe('tests/.artifacts/preview/');
    expect(steps.at(-1)!.if).toBe("steps.build.outcome == 'failure'");
  });
});

describe('the GitLab example', () => {
  const gitlab = parse(readFileSync(path.join(projectRoot, 'deploy/gitlab/gitlab-ci.yml'), 'utf8')) as Record<
    string,
    { script?: string[]; before_script?: string[]; artifacts?: { paths: string[] } }
  >;

  it('checks Pages access before building, and publishes the built site', () => {
    const script = gitlab.pages!.script!.join('\n');
    expect(script.indexOf('node scripts/deploy-plan.ts --platform gitlab')).toBeLessThan(
      script.indexOf('npm run build'),
    );
    expect(script).toContain('mv dist public');
    expect(gitlab.pages!.artifacts!.paths).toEqual(['public']);
  });

  it('tests merge requests with the packages CI installs', () => {
    const tested = /packages\+=\((nginx [^)]*)\)/.exec(readFileSync(path.join(projectRoot, '.ci/run'), 'utf8'))![1]!;
    expect(gitlab.check!.before_script!.join('\n')).toContain(tested);
    expect(gitlab.check!.script).toEqual(['npm run check', 'npm run build', 'npm test']);
  });
});
