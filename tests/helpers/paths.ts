import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built site under test: `dist/`, or CASEBOOK_OUT_DIR when builds run side by side. */
export const distDir = process.env.CASEBOOK_OUT_DIR ? path.resolve(projectRoot, process.env.CASEBOOK_OUT_DIR) : path.join(projectRoot, 'dist');
export const fixturesDir = path.join(projectRoot, 'tests/fixtures');
