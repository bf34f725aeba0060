/**
 * Which shards a pull request must rebuild (`npm run shards:changed`, the shard workflow's plan): from the files its
 * diff touches and the head's shard plan. A shard rebuilds when its own cases or daily entries change, or when what
 * it reads of the library-wide input to build can change: the list of ids other entries link to (a case added under
 * another shard is only listed, but one deleted, renamed or moved to another year may be a related case of any shard's
 * entry). Everything else every shard copies or runs (shared material, code, settings) rebuilds them all. The deploy
 * on `main` rebuilds every shard, so every shard's lists and statistics follow each merge.
 */
import path from 'node:path';
import { layout } from './layout.ts';
import { SHARED_COLLECTIONS, type ShardPlan } from './shards.ts';

export interface FileChange {
  /** `git diff --name-status` letter: A added, M modified, D deleted, R renamed (C copied, T type changed). */
  status: string;
  /** Path from the repository's root, after the change (a renamed file's new path). */
  path: string;
  /** A renamed file's path before the change. */
  from?: string | undefined;
  /** For a modified case: the shard key its previous version belonged to (its year or team then). */
  previousKey?: string | undefined;
}

/** The shards to rebuild, by key, in plan order, with why each one rebuilds. */
export interface ChangedShards {
  keys: string[];
  reasons: Map<string, string>;
}

/** Parses `git diff --name-status` output (tab-separated; a rename's score, e.g. R087, keeps its letter). */
export function parseNameStatus(text: string): FileChange[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [status = '', first = '', second] = line.split('\t');
      return second === undefined
        ? { status: status[0]!, path: first }
        : { status: status[0]!, path: second, from: first };
    });
}

/**
 * `contentDir`: the content folder relative to the repository root (`content`). `plans`: the head's shards, whose
 * files carry absolute paths under `contentRoot`.
 */
export function changedShards(
  changes: readonly FileChange[],
  plans: readonly ShardPlan[],
  contentDir: string,
  contentRoot: string,
): ChangedShards {
  const shardOfPath = new Map<string, ShardPlan>();
  for (const plan of plans)
    for (const file of [...plan.cases, ...plan.daily])
      shardOfPath.set(path.relative(contentRoot, file.absolutePath).replaceAll('\\', '/'), plan);
  const reasons = new Map<string, string>();
  const all = (reason: string) => {
    for (const plan of plans) if (!reasons.has(plan.key)) reasons.set(plan.key, reason);
  };
  const entryFolders = new Set([layout.cases.dir, layout.daily.dir]);
  const sharedFolders = new Set(SHARED_COLLECTIONS.map((collection) => layout[collection].dir));
  for (const change of changes) {
    const inContent = (file: string) => {
      const relative = path.posix.relative(contentDir, file);
      return relative.startsWith('..') ? undefined : relative;
    };
    const relative = inContent(change.path);
    const folder = relative?.split('/')[0];
    if (relative === undefined || folder === undefined) {
      // Code, settings and tooling: every shard's build runs them.
      if (!/\.md$/.test(change.path) && !change.path.startsWith('docs/')) all(`${change.path} 改动（代码或设置）`);
      continue;
    }
    if (sharedFolders.has(folder)) {
      all(`${change.path} 改动（每个分库都有的共用内容）`);
      continue;
    }
    if (!entryFolders.has(folder)) continue;
    if (change.status === 'D' || change.status === 'R') {
      all(`${change.from ?? change.path} ${change.status === 'D' ? '删除' : '改名'}（其他分库可能链接到它）`);
      continue;
    }
    const plan = shardOfPath.get(relative);
    if (!plan) {
      // Not in any shard (it does not pass the check): the library-wide step stops on it, naming it.
      all(`${change.path} 未通过检查`);
      continue;
    }
    if (!reasons.has(plan.key)) reasons.set(plan.key, `${change.path} 改动`);
    if (change.previousKey !== undefined && change.previousKey !== plan.key)
      all(`${change.path} 换了分库（原在 ${change.previousKey}，其他分库可能链接到它）`);
  }
  return { keys: plans.filter((plan) => reasons.has(plan.key)).map((plan) => plan.key), reasons };
}
