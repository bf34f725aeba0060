/**
 * `npm run build:library-wide -- [--content DIR] [--out FILE] [--by year|quarter|team] [--home KEY]`: the
 * library-wide step of a sharded build (docs/scaling.md, "Past one machine"). Reads every entry's frontmatter (no
 * rendering) and writes one JSON file with what every shard's pages need of the whole library; each shard build gets
 * it as `CASEBOOK_LIBRARY_WIDE=<file>`. Without `--by` the library is one shard (a whole build can use it too).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { computeLibraryWide, writeLibraryWide } from '../src/library/library-wide.ts';
import { LIBRARY_WIDE_ENV } from '../src/library/library-wide-input.ts';
import { isShardBy, SHARD_BY_HELP } from '../src/library/shards.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'library-wide.json' },
    by: { type: 'string' },
    home: { type: 'string' },
  },
});
if (values.by !== undefined && !isShardBy(values.by)) {
  console.error(`--by 只能是 ${SHARD_BY_HELP}，而不是「${values.by}」`);
  process.exit(1);
}
// The step describes the content as it is: an older input in the environment must not lend it case ids.
delete process.env[LIBRARY_WIDE_ENV];

const started = performance.now();
const out = path.resolve(values.out);
try {
  const input = computeLibraryWide(path.resolve(values.content), { by: values.by, home: values.home });
  writeLibraryWide(out, input);
  console.log(
    `库级数据：${input.cases.length} 个案例、${input.daily.length} 个每日一案例，${input.shards.length} 个分库` +
      `（${input.shards.map((shard) => `${shard.label} ${shard.base}`).join('、')}）` +
      `→ ${path.relative(process.cwd(), out)}` +
      `（${(statSync(out).size / 2 ** 20).toFixed(1)} MB，` +
      `用时 ${((performance.now() - started) / 1000).toFixed(1)} s）`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
