// @ts-check
/**
 * Runs before `npm start`, `npm test` and `npm run build`, under the `node` their scripts get: the Node 24 that
 * `npm install` puts in node_modules/.bin (package.json optionalDependencies), or else the machine's own.
 * Plain JavaScript, so that an old Node can run it and say in one line what to do instead of failing with a stack
 * trace.
 */
import { readFileSync } from 'node:fs';

// Node 22.18 runs the project's TypeScript scripts itself; Vitest 5's and Lighthouse's dependencies ask 22.19.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- typed by the JSDoc cast, which the rule misses
  const manifest = /** @type {{ optionalDependencies?: Record<string, string> }} */ (
    JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  );
  const platform = `${process.platform}-${process.arch}`;
  const bundled = Object.keys(manifest.optionalDependencies ?? {}).some((name) => name.endsWith(`-${platform}`));
  console.error(
    bundled
      ? `Node.js ${process.versions.node} 太旧，项目自带的 Node 24 还没有装上：` +
          '请重新运行 npm install（不要加 --omit=optional）。'
      : `Node.js ${process.versions.node} 太旧，项目没有适用于 ${platform} 的 Node 24：` +
          '请从 https://nodejs.org/zh-cn 安装 Node.js 24，再运行 npm install。',
  );
  process.exit(1);
}
