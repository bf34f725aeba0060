/**
 * Writing one shard's content library for a sharded build (the plan is src/library/shards.ts). Cases and daily
 * entries go to their shard; the shared material (people, practices, service scripts, lexicon, journeys) is copied
 * into every shard so its references resolve, and only the home shard indexes it. Files are copied unchanged: a
 * "related case" in another shard is checked against the library-wide step's list of ids.
 */
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { SHARED_COLLECTIONS, type ShardPlan } from '../../src/library/shards.ts';
import { layout } from '../../src/library/layout.ts';

/** Writes one shard's library under `target`. */
export function writeShardLibrary(plan: ShardPlan, contentRoot: string, target: string): void {
  for (const collection of SHARED_COLLECTIONS) {
    const folder = layout[collection].dir;
    if (existsSync(path.join(contentRoot, folder)))
      cpSync(path.join(contentRoot, folder), path.join(target, folder), { recursive: true });
  }
  for (const file of [...plan.cases, ...plan.daily]) {
    const destination = path.join(target, path.relative(contentRoot, file.absolutePath));
    mkdirSync(path.dirname(destination), { recursive: true });
    cpSync(file.absolutePath, destination);
  }
}
