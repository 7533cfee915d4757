/**
 * Where the static map puts each marker and incident label in a view. It is the same in every step
 * of a view (a step only dims or highlights), so the layer a page shares between the maps of a view
 * (land, borders, reference towns; see landDefs) can keep its towns clear of them.
 */
import { scaleSqrt, type GeoProjection } from 'd3';
import type { MapPlace } from '../data/mapPlaces.ts';
import { placeLabel, type Box, type Spot } from './labels.ts';
import { groupCrowded, markerLabel } from './groups.ts';

export interface MapLayout {
  /** A marker's area in square pixels for a place's number of incidents. */
  area(count: number): number;
  /**
   * The places inside the drawing, most incidents first, with their position; where more than
   * MAX_MARKS would crowd the view, close places are one marker (src/map/groups.ts).
   */
  projected: { p: MapPlace; xy: [number, number] }[];
  /** The incident labels that fit, one per town. */
  labels: { p: MapPlace; spot: Spot }[];
  /** Every marker's and label's box: what reference towns must keep clear of. */
  taken: Box[];
  /** The towns an incident label already names. */
  named: Set<string>;
}

/** The dashed ring's radius around a mark of `area` square pixels ("only the town is known"). */
export const ringRadius = (area: number): number => Math.sqrt(area) / 2 + 4;

/** A marker's area in square pixels for a place's number of incidents, on a map `width` wide. */
export function markerArea(places: MapPlace[], width: number): (count: number) => number {
  return scaleSqrt()
    .domain([1, Math.max(2, ...places.map((p) => p.count))])
    .range(markerRange(width));
}

/** The smallest and the biggest marker's area in square pixels, on a map `width` wide. */
export const markerRange = (width: number): [number, number] =>
  width >= 600 ? [150, 650] : [90, 380];

export function mapLayout(
  places: MapPlace[],
  projection: GeoProjection,
  o: { width: number; height: number; fontSize: number },
): MapLayout {
  const projected = groupCrowded(
    places
      .map((p) => ({ p, xy: projection([p.lon, p.lat]) }))
      .filter(
        (m): m is { p: MapPlace; xy: [number, number] } =>
          !!m.xy && m.xy[0] >= 0 && m.xy[0] <= o.width && m.xy[1] >= 0 && m.xy[1] <= o.height,
      ),
  ).sort((a, b) => b.p.count - a.p.count);
  const area = markerArea(
    projected.map(({ p }) => p),
    o.width,
  );
  const taken: Box[] = projected.map(({ p, xy }) => {
    const radius = Math.sqrt(area(p.count)) / 2 + 2;
    return { x0: xy[0] - radius, y0: xy[1] - radius, x1: xy[0] + radius, y1: xy[1] + radius };
  });
  // Labels: biggest places first; each is dropped if every spot around it collides.
  const labels: MapLayout['labels'] = [];
  const named = new Set<string>();
  for (const { p, xy } of projected) {
    if (named.has(p.town)) continue;
    const rr = Math.sqrt(area(p.count)) / 2 + 5;
    const spot = placeLabel(markerLabel(p), xy, rr, o.fontSize, o, taken);
    if (!spot) continue;
    named.add(p.town);
    labels.push({ p, spot });
  }
  return { area, projected, labels, taken, named };
}
