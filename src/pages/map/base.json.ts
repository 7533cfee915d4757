/** /map/base.json: France and its neighbours for the live map, made at build from Natural Earth. */
import type { APIRoute } from 'astro';
import { baseGeography } from '../../map/geography.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(baseGeography()), {
    headers: { 'content-type': 'application/json' },
  });
