// @ts-check
/**
 * `npm run check`: turns Node's compile cache on, then runs the check (check.ts). Plain JavaScript, so that Node
 * compiles nothing before the cache is on: a TypeScript entry would load Node's type stripper on every run.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./check.ts');
