/**
 * `npm run docs:fields`: writes docs/fields.md, the field reference, from the field descriptions in src/schemas/.
 * A test fails while the file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { fieldReferenceDocument } from '../src/schemas/catalogue.ts';

writeFileSync(new URL('../docs/fields.md', import.meta.url), fieldReferenceDocument());
console.log('已更新 docs/fields.md');
