import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDirOverride = process.env.CASEBOOK_OUT_DIR
  ? path.resolve(projectRoot, process.env.CASEBOOK_OUT_DIR)
  : undefined;
/** The site `npm run build` writes and benchmarks read: `dist/`, or CASEBOOK_OUT_DIR. */
export const siteDir = outDirOverride ?? path.join(projectRoot, 'dist');
/**
 * The site the tests build (sample content, dated 28 November 2026) and read: `.test-dist/`, so `npm test` never
 * replaces the user's `dist/`; or CASEBOOK_OUT_DIR when test runs go side by side.
 */
export const distDir = outDirOverride ?? path.join(projectRoot, '.test-dist');
/**
 * Node arguments of the project's build (`npm run build`): `astro build` with the allocator settings of
 * scripts/build.ts.
 */
export const buildArguments = [path.join(projectRoot, 'scripts/build.ts')];
export const fixturesDir = path.join(projectRoot, 'tests/fixtures');
