/**
 * The finder's term shards (`terms-0.json` …), fetched for the terms of a pasted text, and case chunks
 * (`cases-0.json` …), fetched for the results shown.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFinderIndex } from '../../../data/similar.ts';

export const getStaticPaths = (async () => {
  const { shards, chunks } = await getFinderIndex();
  return [
    ...shards.map((shard, number) => ({ params: { file: `terms-${number}` }, props: { body: shard } })),
    ...chunks.map((chunk, number) => ({ params: { file: `cases-${number}` }, props: { body: chunk } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.body), { headers: { 'content-type': 'application/json' } });
