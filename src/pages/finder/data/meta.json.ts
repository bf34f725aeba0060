/** The finder's case list and shard count, fetched when the agent first types or pastes. */
import type { APIRoute } from 'astro';
import { getFinderIndex } from '../../../data/similar.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify((await getFinderIndex()).meta), { headers: { 'content-type': 'application/json' } });
