/**
 * `npm run setup`: a new team's first step. Asks in Chinese (or takes flags) for the team's name, the repository's
 * web address (GitHub, GitLab or Gitea), the site's public address and the timezone, and writes them to
 * casebook.config.json; it can also clear the sample library, keeping the people and one entry of each kind.
 *
 *   npm run setup
 *   npm run setup -- --team-name 华东客服中心 --repo https://gitlab.company.cn/kefu/casebook --site-url
 * https://kb.company.cn/ --yes
 *
 * Run with `--help` for every flag.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { deployRecipeIds, deployRecipes, type DeployRecipe } from '../src/lib/deploy/recipes.ts';
import {
  forgeFromUrl,
  forges,
  isPlaceholderRepository,
  normaliseRepositoryUrl,
  type Forge,
} from '../src/lib/site/forge.ts';
import { samplesToKeep } from '../src/lib/cases/sample-library.ts';
import {
  formatSettings,
  isTimezone,
  parseSettings,
  repositoryFrom,
  SETTINGS_FILE,
  siteUrlProblem,
  titleForTeam,
  type Settings,
} from '../src/lib/site/settings.ts';
import { contentRoot } from '../src/library/layout.ts';
import { readLibrary } from '../src/library/read.ts';
import * as prompts from './lib/prompts.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const settingsPath = path.join(projectRoot, SETTINGS_FILE);

const usage =
  `用法：npm run setup [-- 选项]

设置团队的案例库：名称、仓库地址、网站地址、时区，写入 ${SETTINGS_FILE}。
不带选项时逐项询问；写了的选项不再询问，加 --yes 则其余保持原样、不询问。

  --team-name 名称       团队名称，显示在每页顶部，例如 华东客服中心（网站名称为“华东客服中心案例库”）
  --repo 地址            仓库的网页地址，例如 https://github.com/组织/casebook、https://gitlab.公司.cn/kefu/casebook
  --forge github|gitlab|gitea  代码托管平台（Forgejo 也写 Gitea）；地址看不出平台时必填
  --branch main          编辑链接打开的分支（不写就是这个）
  --site-url 地址        网站的公开地址，二维码和订阅指向它，例如 https://kb.公司.cn/
  --timezone 时区        判断“今天”用的时区，例如 Asia/Shanghai（北京时间）、Asia/Hong_Kong、Asia/Taipei
  --deploy ${deployRecipeIds.join('|')}
                         网站发布到哪里，各方式的说明见 docs/deploy.md
  --clear-samples        清空示例内容：保留人员和每类一个示例（一个案例、一期每日一案例、一篇最佳实践、一段话术）
  --yes, -y              不询问
  --help, -h             显示本说明

例子：npm run setup -- --team-name 华东客服中心 --repo https://gitlab.company.cn/kefu/casebook ` +
  `--site-url https://kb.company.cn/ --yes`;

/** Timezones a Chinese-speaking contact centre is likely to be in, offered first; any other IANA name may be typed. */
const timezones = [
  { value: 'Asia/Shanghai', label: '北京时间（Asia/Shanghai）' },
  { value: 'Asia/Hong_Kong', label: '香港（Asia/Hong_Kong）' },
  { value: 'Asia/Macau', label: '澳门（Asia/Macau）' },
  { value: 'Asia/Taipei', label: '台北（Asia/Taipei）' },
  { value: 'Asia/Singapore', label: '新加坡（Asia/Singapore）' },
  { value: 'Asia/Kuala_Lumpur', label: '吉隆坡（Asia/Kuala_Lumpur）' },
  { value: 'Asia/Tokyo', label: '东京（Asia/Tokyo）' },
  { value: 'Europe/London', label: '伦敦（Europe/London）' },
  { value: 'America/Los_Angeles', label: '洛杉矶（America/Los_Angeles）' },
];

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

function cancelled<T>(value: T): Exclude<T, symbol> {
  if (prompts.isCancel(value)) {
    prompts.cancel('已取消，没有改动任何文件。');
    process.exit(0);
  }
  return value as Exclude<T, symbol>;
}

/** Runs `make` and turns its error into a one-line Chinese message (flags) or returns it (prompts). */
const problemOf = (make: () => unknown): string | undefined => {
  try {
    make();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
};

async function askSettings(current: Settings): Promise<Settings> {
  const teamName = cancelled(
    await prompts.text({
      message: '团队名称（显示在每页顶部；会加上“案例库”，例如 华东客服中心 → 华东客服中心案例库）',
      initialValue: current.title,
      validate: (value) => ((value ?? '').trim() === '' ? '请填写团队名称' : undefined),
    }),
  );
  const repoUrl = cancelled(
    await prompts.text({
      message: '仓库的网页地址（在浏览器里打开仓库首页，复制地址栏）',
      placeholder: 'https://github.com/你们的组织/casebook',
      initialValue: isPlaceholderRepository(current.repository) ? '' : current.repository.url,
      validate: (value) => problemOf(() => normaliseRepositoryUrl(value ?? '')),
    }),
  );
  const url = normaliseRepositoryUrl(repoUrl);
  const forge: Forge =
    forgeFromUrl(url) ??
    cancelled(
      await prompts.select({
        message: '仓库在哪种平台上？',
        options: Object.entries(forges).map(([value, forge]) => ({ value: value as Forge, label: forge.zh })),
        initialValue: current.repository.forge,
      }),
    );
  const siteUrl = cancelled(
    await prompts.text({
      message: '网站的公开地址（同事的手机能打开的地址；二维码和订阅指向它）',
      placeholder: 'https://kb.你们的公司.cn/',
      initialValue: current.siteUrl,
      validate: (value) => siteUrlProblem(value ?? ''),
    }),
  );
  const known = timezones.some((zone) => zone.value === current.timezone)
    ? timezones
    : [{ value: current.timezone, label: current.timezone }, ...timezones];
  const timezone = cancelled(
    await prompts.autocomplete({
      message: '团队所在的时区（判断“今天”用）',
      options: known,
      initialValue: current.timezone,
      maxItems: 6,
      placeholder: '输入城市名筛选',
    }),
  );
  const recipe = cancelled(
    await prompts.select({
      message: '网站发布到哪里？（只让团队的同事看到，见 docs/deploy.md）',
      options: deployRecipeIds.map((id) => ({ value: id, label: `${deployRecipes[id].zh}（${id}）` })),
      initialValue: current.deploy?.recipe ?? 'nginx-basic',
    }),
  );
  const deploy = { recipe, allowPublicSite: current.deploy?.allowPublicSite ?? false };
  return {
    title: titleForTeam(teamName),
    siteUrl,
    timezone,
    repository: { url, forge, branch: current.repository.branch },
    deploy,
  };
}

function settingsFromFlags(current: Settings, flags: Record<string, string | boolean | undefined>): Settings {
  const next = { ...current, repository: { ...current.repository } };
  const text = (name: string) => (typeof flags[name] === 'string' ? flags[name] : undefined);
  if (text('team-name') !== undefined) {
    if (text('team-name')!.trim() === '') fail('--team-name 不能为空，例如 --team-name 华东客服中心');
    next.title = titleForTeam(text('team-name')!);
  }
  if (text('repo') !== undefined || text('forge') !== undefined || text('branch') !== undefined) {
    const problem = problemOf(
      () =>
        (next.repository = repositoryFrom(
          text('repo') ?? current.repository.url,
          text('forge') ?? (text('repo') ? undefined : current.repository.forge),
          text('branch') ?? current.repository.branch,
        )),
    );
    if (problem) fail(`--repo：${problem}`);
  }
  if (text('site-url') !== undefined) {
    const problem = siteUrlProblem(text('site-url')!);
    if (problem) fail(`--site-url「${text('site-url')}」${problem}`);
    next.siteUrl = text('site-url')!;
  }
  if (text('timezone') !== undefined) {
    if (!isTimezone(text('timezone')!))
      fail(
        `--timezone「${text('timezone')}」不是时区名称 — 例如 Asia/Shanghai（北京时间）、Asia/Hong_Kong、Asia/Taipei`,
      );
    next.timezone = text('timezone')!;
  }
  if (text('deploy') !== undefined) {
    if (!deployRecipeIds.includes(text('deploy') as DeployRecipe))
      fail(`--deploy「${text('deploy')}」不是发布方式 — 可选：${deployRecipeIds.join('、')}（docs/deploy.md）`);
    next.deploy = { recipe: text('deploy') as DeployRecipe, allowPublicSite: current.deploy?.allowPublicSite ?? false };
  }
  return next;
}

/** Removes the sample entries but the people and one of each kind, and rewrites the kept ones' references. */
function clearSamples(root: string): string[] {
  const library = readLibrary(root);
  const plan = samplesToKeep({
    cases: library.cases.map(({ file, data }) => ({
      id: file.id,
      scripts: data.scripts,
      practices: data.practices,
      lang: data.lang,
    })),
    daily: library.daily.map(({ file, data }) => ({ id: file.id, case: data.case })),
    practices: library.practices.map(({ file }) => ({ id: file.id })),
    scripts: library.scripts.map(({ file }) => ({ id: file.id })),
  });
  const kept: string[] = [];
  const keep = (
    entries: { file: { id: string; absolutePath: string } }[],
    id: string | undefined,
    references?: Record<string, string[]>,
  ) => {
    for (const { file } of entries) {
      if (file.id !== id) {
        rmSync(file.absolutePath);
        continue;
      }
      kept.push(path.relative(process.cwd(), file.absolutePath));
      if (references) rewriteReferences(file.absolutePath, references);
    }
  };
  keep(library.cases, plan.case, plan.caseReferences);
  keep(library.daily, plan.daily);
  keep(library.practices, plan.practice, plan.practiceReferences);
  keep(library.scripts, plan.script);
  return kept;
}

/**
 * Sets reference lists in a file's frontmatter, keeping its comments and layout (fields it does not have stay absent).
 */
function rewriteReferences(file: string, references: Record<string, string[]>): void {
  const source = readFileSync(file, 'utf8');
  const [, frontmatter = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n[\s\S]*)?$/.exec(source) ?? [];
  const document = parseDocument(frontmatter);
  for (const [field, ids] of Object.entries(references)) {
    if (document.has(field)) document.set(field, document.createNode(ids, { flow: true }));
  }
  writeFileSync(
    file,
    `---\n${document.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd()}\n---${body}`,
  );
}

async function main(): Promise<void> {
  const { values: flags } = parseArgs({
    options: {
      'team-name': { type: 'string' },
      repo: { type: 'string' },
      forge: { type: 'string' },
      branch: { type: 'string' },
      'site-url': { type: 'string' },
      timezone: { type: 'string' },
      deploy: { type: 'string' },
      'clear-samples': { type: 'boolean', default: false },
      yes: { type: 'boolean', short: 'y', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (flags.help) {
    console.log(usage);
    return;
  }
  const current = parseSettings(JSON.parse(readFileSync(settingsPath, 'utf8')));
  const anySettingFlag = ['team-name', 'repo', 'forge', 'branch', 'site-url', 'timezone', 'deploy'].some(
    (name) => flags[name as keyof typeof flags] !== undefined,
  );
  const interactive = !flags.yes && !anySettingFlag && process.stdin.isTTY === true && process.stdout.isTTY === true;
  if (!interactive && !flags.yes && !anySettingFlag && !flags['clear-samples'])
    fail(`不在终端里运行时请用选项写明要设置什么。\n${usage}`);

  if (interactive) prompts.intro('设置团队的案例库');
  const settings = interactive ? await askSettings(current) : settingsFromFlags(current, flags);
  const clear =
    flags['clear-samples'] ||
    (interactive &&
      cancelled(
        await prompts.confirm({
          message: '清空示例内容吗？（保留人员和每类一个示例，方便照着写）',
          initialValue: false,
        }),
      ));

  writeFileSync(settingsPath, formatSettings(settings));
  const deployment = settings.deploy
    ? `${deployRecipes[settings.deploy.recipe].zh}（${settings.deploy.recipe}，见 docs/deploy.md）`
    : '还没有选择（--deploy，见 docs/deploy.md）';
  const lines = [
    `已写入 ${SETTINGS_FILE}：`,
    `  网站名称  ${settings.title}`,
    `  仓库      ${settings.repository.url}（${forges[settings.repository.forge].zh}，` +
      `分支 ${settings.repository.branch}）`,
    `  网站地址  ${settings.siteUrl}`,
    `  时区      ${settings.timezone}`,
    `  发布方式  ${deployment}`,
  ];
  if (isPlaceholderRepository(settings.repository))
    lines.push('提醒：仓库还是示例地址，网站上的“在仓库中编辑此文件”和投稿按钮打不开你们的仓库。');
  if (clear) {
    const kept = clearSamples(contentRoot());
    lines.push(`已清空示例内容，保留了人员和：\n${kept.map((file) => `  ${file}`).join('\n')}`);
  }
  lines.push('下一步：npm run check 检查内容，npm start 构建并预览网站。');
  if (interactive) prompts.outro(lines.join('\n'));
  else console.log(lines.join('\n'));
}

await main();
