/**
 * Wires each collection's loader to its schema. The schemas and the library layout live in
 * `src/schemas/` and are shared with the CLI validator.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import type { Collection } from './schemas/common.ts';
import { createSchemas } from './schemas/collections.ts';
import { renderedBodies } from './data/rendered-bodies.ts';
import { contentRoot, entryIdFromPath, layout, scanLibrary } from './library/layout.ts';

const root = contentRoot();
const schemas = createSchemas(scanLibrary(root).index);

function collection<S extends z.ZodType>(name: Collection, schema: S) {
  return defineCollection({
    loader: renderedBodies(
      glob({
        pattern: layout[name].pattern,
        base: `${root}/${layout[name].dir}`,
        generateId: ({ entry }) => entryIdFromPath(name, entry),
      }),
    ),
    schema,
  });
}

export const collections = {
  cases: collection('cases', schemas.cases),
  daily: collection('daily', schemas.daily),
  practices: collection('practices', schemas.practices),
  scripts: collection('scripts', schemas.scripts),
  people: collection('people', schemas.people),
  lexicon: collection('lexicon', schemas.lexicon),
  journeys: collection('journeys', schemas.journeys),
};
