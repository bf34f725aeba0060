/**
 * The finder's files (see src/lib/similar/finder-index.ts): `meta.json`, `lexicon.json` and `help.json`, term
 * shards (`terms-0.json` …) fetched for the terms of a pasted text, and case chunks (`cases-0.json` …) fetched
 * for the results shown.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFinderIndex } from '../../../data/similar.ts';

export const getStaticPaths = (async () => {
  const { meta, lexicon, help, shards, chunks } = await getFinderIndex();
  return [
    { params: { file: 'meta' }, props: { body: meta } },
    { params: { file: 'lexicon' }, props: { body: lexicon } },
    { params: { file: 'help' }, props: { body: help } },
    ...shards.map((shard, number) => ({ params: { file: `terms-${number}` }, props: { body: shard } })),
    ...chunks.map((chunk, number) => ({ params: { file: `cases-${number}` }, props: { body: chunk } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.body), { headers: { 'content-type': 'application/json' } });
