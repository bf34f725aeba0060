import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built site under test: `dist/`, or CASEBOOK_OUT_DIR when builds run side by side. */
export const distDir = process.env.CASEBOOK_OUT_DIR ? path.resolve(projectRoot, process.env.CASEBOOK_OUT_DIR) : path.join(projectRoot, 'dist');
/** Node arguments of the project's build (`npm run build`): `astro build` with the allocator settings of scripts/build.ts. */
export const buildArguments = [path.join(projectRoot, 'scripts/build.ts')];
export const fixturesDir = path.join(projectRoot, 'tests/fixtures');
