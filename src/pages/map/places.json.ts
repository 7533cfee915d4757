/** /map/places.json: the located places as GeoJSON points for the live map. */
import type { APIRoute } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { placesGeoJson } from '../../map/style.ts';
import { mapPlaces } from '../../data/mapPlaces.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(placesGeoJson(mapPlaces(await getDataset()).located)), {
    headers: { 'content-type': 'application/json' },
  });
