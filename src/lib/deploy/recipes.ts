/**
 * How a team publishes its library to colleagues, and only to them (docs/deploy.md): the recipe recorded in
 * casebook.config.json (`deploy.recipe`, chosen with `npm run setup`), and the rule the deploy workflow applies
 * before publishing anything. Pure.
 */

/** Every recipe, with what the person who runs it reads in `npm run setup` and the deploy job's messages. */
export const deployRecipes = {
  'nginx-basic': { zh: '内网服务器（nginx），同事用账号密码登录' },
  'nginx-sso': { zh: '内网服务器（nginx），用公司统一登录（oauth2-proxy）' },
  docker: { zh: '容器镜像（Docker：构建网站，用同一套 nginx 配置提供）' },
  'gitlab-pages': { zh: 'GitLab Pages，开启访问控制（只有项目成员能看）' },
  'github-pages-private': { zh: 'GitHub Pages，私有站点（需要 GitHub Enterprise Cloud 组织的私有仓库）' },
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
  if (typeof raw !== 'object' || raw === null) throw new Error(`deploy  应是 {"recipe": "…"} — 可选：${deployRecipeIds.join('、')}`);
  const { recipe, allowPublicSite = false, ...unknown } = raw as Record<string, unknown>;
  const extra = Object.keys(unknown)[0];
  if (extra) throw new Error(`deploy.${extra}  不认识这一项 — 只能写 recipe 和 allowPublicSite`);
  if (typeof recipe !== 'string' || !deployRecipeIds.includes(recipe as DeployRecipe)) {
    throw new Error(`deploy.recipe  「${String(recipe)}」不是发布方式 — 可选：${deployRecipeIds.join('、')}（docs/deploy.md）`);
  }
  if (typeof allowPublicSite !== 'boolean') throw new Error('deploy.allowPublicSite  只能是 true 或 false');
  return { recipe: recipe as DeployRecipe, allowPublicSite };
}

/** What the deploy workflow knows about where it runs. */
export interface DeployTarget {
  /** `github.event.repository.visibility`: public, private or internal. */
  visibility: string;
  /** For GitHub Pages: the Pages site's own `public` flag from the API, when the site exists. */
  pagesPublic?: boolean;
}

export type DeployDecision = { publish: true; recipe: DeployRecipe } | { publish: false; refused: boolean; reason: string };

const howToKeepPrivate = '改法：运行 npm run setup 换一种带访问控制的发布方式（nginx-basic、nginx-sso、docker、gitlab-pages，见 docs/deploy.md）';

/**
 * Whether the deploy workflow on GitHub may publish: never to a site anyone on the internet can open, unless
 * the settings say `allowPublicSite: true`. `refused` is a failure the team must act on; otherwise nothing to do.
 */
export function deployDecision(deployment: Deployment | undefined, target: DeployTarget): DeployDecision {
  if (!deployment) return { publish: false, refused: false, reason: '还没有选择发布方式，这次不发布 — 运行 npm run setup 选一种（docs/deploy.md「发布给团队」）' };
  const { recipe, allowPublicSite } = deployment;
  if (recipe === 'gitlab-pages') return { publish: false, refused: false, reason: '发布方式是 GitLab Pages：由 GitLab 的 .gitlab-ci.yml 发布，GitHub 上不发布' };
  if (recipe === 'github-pages-private' && !allowPublicSite) {
    if (target.visibility === 'public') {
      return {
        publish: false,
        refused: true,
        reason: `拒绝发布：这个仓库是公开的，公开仓库的 GitHub Pages 任何人都能打开，案例、内部政策和话术会被公司以外的人看到。${howToKeepPrivate}；或把仓库改为私有并在 GitHub Enterprise Cloud 里把 Pages 设为私有；确实要公开时，在 casebook.config.json 的 deploy 里写 "allowPublicSite": true。`,
      };
    }
    if (target.pagesPublic === true) {
      return {
        publish: false,
        refused: true,
        reason: `拒绝发布：仓库是私有的，但它的 GitHub Pages 是公开的（只有 GitHub Enterprise Cloud 能把 Pages 设为私有：Settings → Pages → Visibility 选 Private）。${howToKeepPrivate}；确实要公开时，在 casebook.config.json 的 deploy 里写 "allowPublicSite": true。`,
      };
    }
  }
  return { publish: true, recipe };
}
