/** The CI workflows run contributed content: every action pinned, read-only, no token left behind, time-bounded. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths.ts';

const folder = path.join(projectRoot, '.github/workflows');
const workflows = readdirSync(folder)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({ name, workflow: parse(readFileSync(path.join(folder, name), 'utf8')) as { permissions?: unknown; jobs: Record<string, { 'timeout-minutes'?: number; steps: { uses?: string; with?: Record<string, unknown> }[] }> } }));

describe.each(workflows.map(({ name, workflow }) => [name, workflow] as const))('%s', (_, workflow) => {
  it('reads the repository only', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('pins every action to a full commit and leaves no credentials in the checkout', () => {
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps.filter((candidate) => candidate.uses)) {
        expect(step.uses).toMatch(/^[\w.-]+\/[\w.\/-]+@[0-9a-f]{40}$/);
        if (step.uses!.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials']).toBe(false);
      }
    }
  });

  it('stops every job after a bounded time', () => {
    for (const job of Object.values(workflow.jobs)) expect(job['timeout-minutes']).toBeGreaterThan(0);
  });
});
