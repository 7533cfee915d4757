/** /map/towns.json: the reference towns for the live map, the list the static map chooses from. */
import type { APIRoute } from 'astro';
import { referenceTowns } from '../../map/reference.ts';
import { townsGeoJson } from '../../map/style.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(townsGeoJson(referenceTowns())), {
    headers: { 'content-type': 'application/json' },
  });
