/**
 * How a team publishes its library to colleagues, and only to them (docs/deploy.md): the recipe recorded in
 * casebook.config.json (`deploy.recipe`, chosen with `npm run setup`), and the rule the deploy workflow applies
 * before publishing anything. Pure.
 */

/**
 * Every recipe, with what the person who runs it reads in `npm run setup` and the deploy job's messages, and
 * whether its server sends the build's .gz/.br files as they are (GitHub Pages compresses by itself and would
 * publish them as more files).
 */
export const deployRecipes = {
  'nginx-basic': { zh: '内网服务器（nginx），同事用账号密码登录', precompressed: true },
  'nginx-sso': { zh: '内网服务器（nginx），用公司统一登录（oauth2-proxy）', precompressed: true },
  docker: { zh: '容器镜像（Docker：构建网站，用同一套 nginx 配置提供）', precompressed: true },
  'gitlab-pages': { zh: 'GitLab Pages，开启访问控制（只有项目成员能看）', precompressed: true },
  'github-pages-private': {
    zh: 'GitHub Pages，私有站点（需要 GitHub Enterprise Cloud 组织的私有仓库）',
    precompressed: false,
  },
} as const;

export type DeployRecipe = keyof typeof deployRecipes;
export const deployRecipeIds = Object.keys(deployRecipes) as DeployRecipe[];

export interface Deployment {
  recipe: DeployRecipe;
  /**
   * The team has decided that the site may be public (GitHub Pages of a public repository, or Pages the plan
   * cannot make private). Never set by `npm run setup`: written by hand, on purpose.
   */
  allowPublicSite: boolean;
}

/** The `deploy` part of the settings file checked; throws `字段  问题 — 改法` in Chinese. */
export function parseDeployment(raw: unknown): Deployment {
  if (typeof raw !== 'object' || raw === null)
    throw new Error(`deploy  应是 {"recipe": "…"} — 可选：${deployRecipeIds.join('、')}`);
  const { recipe, allowPublicSite = false, ...unknown } = raw as Record<string, unknown>;
  const extra = Object.keys(unknown)[0];
  if (extra) throw new Error(`deploy.${extra}  不认识这一项 — 只能写 recipe 和 allowPublicSite`);
  if (typeof recipe !== 'string' || !deployRecipeIds.includes(recipe as DeployRecipe)) {
    throw new Error(
      `deploy.recipe  「${String(recipe)}」不是发布方式 — 可选：${deployRecipeIds.join('、')}（docs/deploy.md）`,
    );
  }
  if (typeof allowPublicSite !== 'boolean') throw new Error('deploy.allowPublicSite  只能是 true 或 false');
  return { recipe: recipe as DeployRecipe, allowPublicSite };
}

/** What the deploy job knows about where it runs. */
export interface DeployTarget {
  /** The GitHub workflow (deploy.yml) or the GitLab pipeline (deploy/gitlab/gitlab-ci.yml). */
  platform?: 'github' | 'gitlab';
  /** The repository's visibility: public, private or internal (GitHub and GitLab use the same words). */
  visibility: string;
  /** Whether the Pages site itself is open to everyone, when the platform said (undefined: not known). */
  pagesPublic?: boolean;
}

/**
 * Whether GitLab Pages are open to everyone, from the project's `pages_access_level`: `private` is members only,
 * `enabled` is whoever can see the project (everyone, for a public project), `public` is everyone.
 */
export function gitlabPagesPublic(accessLevel: string, visibility: string): boolean | undefined {
  if (accessLevel === 'private') return false;
  if (accessLevel === 'public') return true;
  if (accessLevel === 'enabled') return visibility === 'public';
  return undefined;
}

export type DeployDecision =
  { publish: true; recipe: DeployRecipe } | { publish: false; refused: boolean; reason: string };

const howToKeepPrivate =
  '改法：运行 npm run setup 换一种带访问控制的发布方式' +
  '（nginx-basic、nginx-sso、docker、gitlab-pages，见 docs/deploy.md）';

/**
 * Whether the deploy workflow on GitHub may publish: never to a site anyone on the internet can open, unless
 * the settings say `allowPublicSite: true`. `refused` is a failure the team must act on; otherwise nothing to do.
 */
export function deployDecision(deployment: Deployment | undefined, target: DeployTarget): DeployDecision {
  const onGitlab = target.platform === 'gitlab';
  // GitLab runs this only from the pages job a team copied in on purpose: anything else there is a mistake.
  if (!deployment)
    return {
      publish: false,
      refused: onGitlab,
      reason: '还没有选择发布方式，这次不发布 — 运行 npm run setup 选一种（docs/deploy.md「发布给团队」）',
    };
  const { recipe, allowPublicSite } = deployment;
  if (onGitlab) {
    if (recipe !== 'gitlab-pages')
      return {
        publish: false,
        refused: true,
        reason:
          `发布方式是 ${recipe}，不是 gitlab-pages` +
          ' — 删掉 .gitlab-ci.yml 里的 pages 任务，或运行 npm run setup -- --deploy gitlab-pages',
      };
    const open = target.pagesPublic ?? target.visibility === 'public';
    if (open && !allowPublicSite) {
      return {
        publish: false,
        refused: true,
        reason:
          '拒绝发布：这个项目的 GitLab Pages 任何人都能打开，案例、内部政策和话术会被公司以外的人看到。改法：' +
          'Settings → General → Visibility, project features, permissions → Pages 选「Only Project Members」；' +
          '或换一种发布方式（npm run setup）；' +
          '确实要公开时，在 casebook.config.json 的 deploy 里写 "allowPublicSite": true。',
      };
    }
    return { publish: true, recipe };
  }
  if (recipe === 'gitlab-pages')
    return {
      publish: false,
      refused: false,
      reason: '发布方式是 GitLab Pages：由 GitLab 的 .gitlab-ci.yml 发布，GitHub 上不发布',
    };
  if (recipe === 'github-pages-private' && !allowPublicSite) {
    if (target.visibility === 'public') {
      return {
        publish: false,
        refused: true,
        reason:
          '拒绝发布：这个仓库是公开的，公开仓库的 GitHub Pages 任何人都能打开，' +
          `案例、内部政策和话术会被公司以外的人看到。${howToKeepPrivate}；` +
          '或把仓库改为私有并在 GitHub Enterprise Cloud 里把 Pages 设为私有；' +
          '确实要公开时，在 casebook.config.json 的 deploy 里写 "allowPublicSite": true。',
      };
    }
    if (target.pagesPublic === true) {
      return {
        publish: false,
        refused: true,
        reason:
          '拒绝发布：仓库是私有的，但它的 GitHub Pages 是公开的（只有 GitHub Enterprise Cloud 能把 Pages 设为私有：' +
          `Settings → Pages → Visibility 选 Private）。${howToKeepPrivate}；` +
          '确实要公开时，在 casebook.config.json 的 deploy 里写 "allowPublicSite": true。',
      };
    }
  }
  return { publish: true, recipe };
}
