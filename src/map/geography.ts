/**
 * France and its neighbours from Natural Earth (1:50m, shipped by the world-atlas package),
 * clipped to a box around metropolitan France. Read at build time only; the browser gets the
 * result as /map/base.json (for MapLibre) and inside the static SVG.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  Polygon,
  MultiPolygon,
  Position,
} from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';

/** The box the map can show, [west, south, east, north] in degrees: France, a margin, and a bit of each neighbour. */
export const MAP_BOUNDS = [-6.2, 41.0, 10.4, 51.6] as const;

const NEIGHBOURS = [
  'France',
  'Spain',
  'Italy',
  'Switzerland',
  'Germany',
  'Belgium',
  'Luxembourg',
  'United Kingdom',
  'Andorra',
  'Monaco',
  'Netherlands',
];

let cached:
  FeatureCollection<Polygon | MultiPolygon, { name: string; france: boolean }> | undefined;

/** The countries, each polygon ring dropped when it lies wholly outside MAP_BOUNDS (e.g. overseas France). */
export function baseGeography(): FeatureCollection<
  Polygon | MultiPolygon,
  { name: string; france: boolean }
> {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topo, topo.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const features = all.features
    .filter((f) => NEIGHBOURS.includes(f.properties.name))
    .map((f) => keepInside(f))
    .filter(
      (f): f is Feature<Polygon | MultiPolygon, { name: string; france: boolean }> =>
        f !== undefined,
    );
  cached = { type: 'FeatureCollection', features };
  return cached;
}

function inside([lon, lat]: Position): boolean {
  const [w, s, e, n] = MAP_BOUNDS;
  return lon! >= w && lon! <= e && lat! >= s && lat! <= n;
}

function keepInside(
  f: Feature<Geometry, { name: string }>,
): Feature<Polygon | MultiPolygon, { name: string; france: boolean }> | undefined {
  const polygons =
    f.geometry.type === 'Polygon'
      ? [f.geometry.coordinates]
      : f.geometry.type === 'MultiPolygon'
        ? f.geometry.coordinates
        : [];
  const kept = polygons
    .filter((rings) => rings[0]!.some(inside))
    .map((rings) => rings.map((ring) => ring.map(([x, y]) => [round(x!), round(y!)])));
  if (!kept.length) return undefined;
  return {
    type: 'Feature',
    properties: { name: f.properties.name, france: f.properties.name === 'France' },
    geometry: { type: 'MultiPolygon', coordinates: kept },
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
