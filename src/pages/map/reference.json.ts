/**
 * /map/reference.json: the département and région borders for the live map, the same lines the
 * static map draws (src/map/reference.ts), at the detail its closest zoom needs.
 */
import type { APIRoute } from 'astro';
import { LIVE_PX_PER_DEGREE, referenceBorders } from '../../map/reference.ts';

export const GET: APIRoute = () => {
  const borders = referenceBorders(LIVE_PX_PER_DEGREE);
  return new Response(
    JSON.stringify({
      type: 'FeatureCollection',
      features: (['departements', 'regions'] as const).map((kind) => ({
        type: 'Feature',
        properties: { kind },
        geometry: borders[kind],
      })),
    }),
    { headers: { 'content-type': 'application/json' } },
  );
};
