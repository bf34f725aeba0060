/**
 * Links into the team's repository on GitHub, GitLab or Gitea (and Forgejo, which keeps Gitea's addresses):
 * read a file, edit it in the web editor, or open the new-file page with a name and a template filled in.
 * Pure: the repository comes from the settings (casebook.config.json).
 *
 * The forms, per forge (branch `main`, file `content/cases/a.mdx`):
 *   GitHub  /blob/main/…          /edit/main/…     /new/main/content/cases?filename=…&value=…
 *   GitLab  /-/blob/main/…        /-/edit/main/…   /-/new/main/content/cases?file_name=…&content=…
 *   Gitea   /src/branch/main/…    /_edit/main/…    /_new/main/content/cases/?filename=…&value=…  (Gitea 1.16 and later
 * fill these in)
 * GitLab's editor fills in the file name but not the content (gitlab-org/gitlab#594214): `prefillsContent`.
 */

export const forges = {
  github: { zh: 'GitHub', prefillsContent: true },
  gitlab: { zh: 'GitLab', prefillsContent: false },
  gitea: { zh: 'Gitea（或 Forgejo）', prefillsContent: true },
} as const;
export type Forge = keyof typeof forges;
export const forgeIds = Object.keys(forges) as Forge[];

export interface Repository {
  /** Web address of the repository, e.g. `https://github.com/hz-kefu/casebook` (no trailing slash). */
  url: string;
  forge: Forge;
  /** Branch that edit and new-file links open. */
  branch: string;
}

/** The sample repository the project ships with: links to it open someone else's repository (or nothing). */
export const PLACEHOLDER_REPOSITORY_URL = 'https://github.com/example-contact-centre/casebook';

export function isPlaceholderRepository(repository: Pick<Repository, 'url'>): boolean {
  return normaliseRepositoryUrl(repository.url) === PLACEHOLDER_REPOSITORY_URL;
}

/**
 * The forge a repository address belongs to when its host says so (github.com, gitlab.com, codeberg.org, or a
 * host named after the forge such as gitlab.company.cn); undefined for other self-hosted servers, which must say.
 */
export function forgeFromUrl(url: string): Forge | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (host === 'github.com' || host.endsWith('.github.com')) return 'github';
  if (host === 'codeberg.org') return 'gitea';
  const labels = host.split('.');
  if (labels.some((label) => label === 'gitlab' || label.startsWith('gitlab-'))) return 'gitlab';
  if (
    labels.some(
      (label) => label === 'gitea' || label === 'forgejo' || label.startsWith('gitea-') || label.startsWith('forgejo-'),
    )
  )
    return 'gitea';
  return undefined;
}

/**
 * A repository address as the links need it: `https://host/owner/name`, without `.git`, a trailing slash,
 * or the page the address was copied from (`/tree/main`, `/-/tree/main`, `/src/branch/main`).
 * Throws a Chinese message when it is not a web address of a repository.
 */
export function normaliseRepositoryUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new Error(
      `「${input}」不是网址 — 请从浏览器地址栏复制仓库首页的地址，例如 https://github.com/你们的组织/casebook`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`「${input}」须以 https:// 开头 — 例如 https://gitlab.company.cn/kefu/casebook`);
  }
  const pagePath = url.pathname
    .replace(/\/(?:-\/)?(?:tree|blob|src)\/.*$/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
  if (pagePath.split('/').filter(Boolean).length < 2) {
    throw new Error(
      `「${input}」不是一个仓库的地址 — 地址里要有组织（或用户）和仓库名，例如 https://github.com/你们的组织/casebook`,
    );
  }
  return `${url.origin}${pagePath}`;
}

/** Each segment of a path encoded, the slashes kept. */
const encodePath = (filePath: string) =>
  filePath
    .replace(/^\.?\//, '')
    .split('/')
    .filter(Boolean)
    .map(encodeURIComponent)
    .join('/');

const segments: Record<Forge, { view: string; edit: string; create: string }> = {
  github: { view: 'blob', edit: 'edit', create: 'new' },
  gitlab: { view: '-/blob', edit: '-/edit', create: '-/new' },
  gitea: { view: 'src/branch', edit: '_edit', create: '_new' },
};

/** The forge's page `action` for a path on the repository's branch. */
const pageUrl = (repository: Repository, action: keyof (typeof segments)[Forge], filePath: string) =>
  `${repository.url}/${segments[repository.forge][action]}/${encodePath(repository.branch)}/${encodePath(filePath)}`;

/** Link to read a file, e.g. `CONTRIBUTING.md`. */
export function viewUrl(repository: Repository, filePath: string): string {
  return pageUrl(repository, 'view', filePath);
}

/** Link that opens a file in the web editor. */
export function editUrl(repository: Repository, filePath: string): string {
  return pageUrl(repository, 'edit', filePath);
}

/** Link that opens the new-file page in `dir` with the file name and its content filled in. */
export function newFileUrl(repository: Repository, dir: string, filename: string, content: string): string {
  const base = pageUrl(repository, 'create', dir);
  const query = (name: string, text: string) => `${name}=${encodeURIComponent(text)}`;
  switch (repository.forge) {
    case 'github':
      return `${base}?${query('filename', filename)}&${query('value', content)}`;
    case 'gitlab':
      return `${base}?${query('file_name', filename)}&${query('content', content)}`;
    case 'gitea':
      // Gitea reads the folder from the path, which must end in a slash to be taken as one.
      return `${base}/?${query('filename', filename)}&${query('value', content)}`;
  }
}
