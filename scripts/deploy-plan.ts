/**
 * `node scripts/deploy-plan.ts --visibility public|private|internal [--pages-api]
 * [--platform gitlab --pages-access private|enabled|public]`: the deploy job's first step. Reads the recipe from
 * casebook.config.json and prints `recipe=<id>` (or `recipe=none`) for $GITHUB_OUTPUT; refuses, with the reason
 * in Chinese on stderr and exit code 1, to publish a site anyone on the internet could open unless the team wrote
 * `"allowPublicSite": true` (src/lib/deploy/recipes.ts).
 * With `--pages-api` it also asks GitHub whether the repository's Pages site is public (GITHUB_TOKEN with
 * `pages: read`, GITHUB_REPOSITORY, GITHUB_API_URL, as in a workflow); on GitLab the pipeline passes the
 * project's `pages_access_level` when it can read it. Runs on Node alone, before `npm ci`.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { deployDecision, deployRecipes, gitlabPagesPublic } from '../src/lib/deploy/recipes.ts';
import { parseSettings, SETTINGS_FILE } from '../src/lib/site/settings.ts';

const { values } = parseArgs({
  options: {
    visibility: { type: 'string', default: 'private' },
    'pages-api': { type: 'boolean', default: false },
    platform: { type: 'string', default: 'github' },
    'pages-access': { type: 'string', default: '' },
  },
});
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The explanation goes where a reviewer reads it without opening the log: the job summary. */
const summarise = (text: string) => {
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${text}\n`);
};

let settings;
try {
  settings = parseSettings(JSON.parse(readFileSync(path.join(root, SETTINGS_FILE), 'utf8')));
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  summarise(`### ✗ 没有发布\n\n${(error as Error).message}`);
  process.exit(1);
}
/** The Pages site's `public` flag; undefined before the site exists (the API answers 404). */
async function pagesPublic(): Promise<boolean | undefined> {
  const { GITHUB_API_URL = 'https://api.github.com', GITHUB_REPOSITORY, GITHUB_TOKEN } = process.env;
  const response = await fetch(`${GITHUB_API_URL}/repos/${GITHUB_REPOSITORY}/pages`, {
    headers: { authorization: `Bearer ${GITHUB_TOKEN}`, accept: 'application/vnd.github+json' },
  });
  if (response.status === 404) return undefined;
  if (!response.ok) {
    console.error(
      `✗ 查不到 GitHub Pages 的可见范围（HTTP ${response.status}）— 工作流的这一步需要 permissions: pages: read`,
    );
    process.exit(1);
  }
  return ((await response.json()) as { public?: boolean }).public;
}

const gitlab = values.platform === 'gitlab';
const decision = deployDecision(settings.deploy, {
  platform: gitlab ? 'gitlab' : 'github',
  visibility: values.visibility,
  pagesPublic: gitlab
    ? gitlabPagesPublic(values['pages-access'], values.visibility)
    : values['pages-api'] && settings.deploy?.recipe === 'github-pages-private'
      ? await pagesPublic()
      : undefined,
});
if (decision.publish) {
  console.log(`recipe=${decision.recipe}`);
  summarise(`### 发布方式：${deployRecipes[decision.recipe].zh}（${decision.recipe}）`);
} else {
  console.log('recipe=none');
  console.error(`${decision.refused ? '✗' : 'ℹ'} ${decision.reason}`);
  summarise(`### ${decision.refused ? '✗ 拒绝发布' : 'ℹ 这次不发布'}\n\n${decision.reason}`);
  if (decision.refused) {
    // An annotation on the run's page as well.
    if (process.env.GITHUB_ACTIONS === 'true') console.error(`::error title=拒绝发布::${decision.reason}`);
    process.exit(1);
  }
}
