/**
 * The live map clusters its places when they would crowd it, on the static map's rule (more than
 * MAX_MARKS places, src/map/groups.ts): clustered sources, one kind each (established,
 * unconfirmed), each cluster summing its places' incidents. The real data stays unclustered, its
 * style as before. The ×10 copy (scripts/lib/scaled-data.ts) crowds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  validateStyleMin,
  type GeoJSONSourceSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import * as maplibre from 'maplibre-gl';
import { validateDataset } from '../../src/data/validate.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { mapPlaces } from '../../src/data/mapPlaces.ts';
import { GROUP_RADIUS, MAX_MARKS } from '../../src/map/groups.ts';
import { crowds, placesOf, type PlacesData } from '../../src/map/clusters.ts';
import { mapStyle, markSizing, placesGeoJson, styleUrls } from '../../src/map/style.ts';
import { ICON_AREA } from '../../src/map/icons.ts';
import { markerRange } from '../../src/map/layout.ts';
import { WIDE } from '../../src/draw/sizes.ts';
import { scaledDataset } from '../../scripts/lib/scaled-data.ts';
import { colours, layoutValue } from '../support/liveStyle.ts';

const raw = JSON.parse(readFileSync('content/data/prison-attacks.json', 'utf8'));
function places(factor: number): PlacesData {
  const v = validateDataset(scaledDataset(raw, factor, 2025));
  if (!v.ok) throw new Error(JSON.stringify(v.problems.slice(0, 3)));
  return placesGeoJson(mapPlaces(v.data as Dataset).located);
}
const real = places(1);
const big = places(10);

const crowdedStyle = () =>
  mapStyle(colours, { ...styleUrls(), places: big }, markSizing(WIDE), {
    places: big,
    locale: 'fr-FR',
  });
const geojson = (s: unknown) => s as GeoJSONSourceSpecification & { data: PlacesData };

describe('the live map clusters places only where they would crowd', () => {
  test('the real data is under the threshold: one unclustered source, the style as before', () => {
    expect(real.features.length).toBeLessThanOrEqual(MAX_MARKS);
    expect(crowds(real)).toBe(false);
    expect(big.features.length).toBeGreaterThan(MAX_MARKS);
    expect(crowds(big)).toBe(true);
    // mount.ts gives the style the places it fetched when they do not crowd: only the data differs.
    const before = mapStyle(colours);
    const now = mapStyle(colours, { ...styleUrls(), places: real });
    expect({ ...now, sources: { ...now.sources, places: before.sources.places } }).toEqual(before);
    expect(Object.values(now.sources).some((s) => 'cluster' in s)).toBe(false);
  });

  test('crowded, the places are in clustered sources, established and unconfirmed apart', () => {
    const style = crowdedStyle();
    expect(validateStyleMin(style)).toEqual([]);
    const sources = Object.entries(style.sources).filter(([id]) => id.startsWith('places'));
    expect(sources.map(([id]) => id).sort()).toEqual([
      'places',
      'places-all',
      'places-all-unconfirmed',
      'places-unconfirmed',
    ]);
    for (const [id, s] of sources) {
      const source = geojson(s);
      expect(source).toMatchObject({
        cluster: true,
        clusterRadius: GROUP_RADIUS,
        promoteId: 'id',
        // A cluster's incidents: its places' summed.
        clusterProperties: { count: ['+', ['get', 'count']] },
      });
      const kinds = new Set(source.data.features.map((f) => f.properties!.unconfirmed));
      expect([...kinds], id).toEqual([id.endsWith('-unconfirmed')]);
    }
    // Every place is in one source of each pair, every night's view.
    const all = geojson(style.sources['places-all']).data.features.length;
    const doubtful = geojson(style.sources['places-all-unconfirmed']).data.features.length;
    expect(doubtful).toBeGreaterThan(0);
    expect(all + doubtful).toBe(big.features.length);
    expect(geojson(style.sources.places).data.features.length).toBe(all);
    // Every clustered source's layers draw from it alone: no layer joins the two kinds.
    for (const layer of style.layers.filter((l) => 'source' in l && l.source.startsWith('places')))
      expect(layer.id.endsWith('-unconfirmed'), layer.id).toBe(
        (layer as { source: string }).source.endsWith('-unconfirmed'),
      );
  });

  test('a night’s view clusters only the places hit that night', () => {
    const night = String(big.features[0]!.properties!.nights).split(' ')[0]!;
    const hit = placesOf(big, false, night).features;
    expect(hit.length).toBeGreaterThan(0);
    expect(hit.length).toBeLessThan(placesOf(big, false, 'all').features.length);
    for (const f of hit) {
      expect(String(f.properties!.nights).split(' ')).toContain(night);
      expect(f.properties!.unconfirmed).toBe(false);
    }
  });

  test('a cluster is drawn as its most frequent type, hollow when unconfirmed, sized by its incidents', () => {
    const style = crowdedStyle();
    const cluster = {
      cluster: true,
      point_count: 4,
      count: 9,
      'n-arson': 3,
      'n-gunfire': 6,
      town: 0,
    };
    const image = (properties: Record<string, unknown>, layer = 'places') =>
      String(layoutValue(style, layer, 'icon-image', properties));
    expect(image(cluster)).toBe('mark-gunfire');
    expect(image({ ...cluster, town: 1 }, 'places-unconfirmed')).toBe('mark-gunfire-hollow-ring');
    // A tie goes to the vocabulary's first type, as on the static map.
    expect(image({ ...cluster, 'n-arson': 6 })).toBe('mark-arson');
    // A place on its own: its own mark.
    const place = big.features.find((f) => f.properties!.unconfirmed)!.properties!;
    expect(image(place, 'places-unconfirmed')).toMatch(/^mark-.+-hollow/);
    // Areas on the static map's scale: the smallest marker for one incident, the biggest for the
    // biggest possible cluster (every established place), more incidents a bigger mark.
    const area = (count: number) =>
      Number(layoutValue(style, 'places', 'icon-size', { ...cluster, count })) ** 2 * ICON_AREA;
    const total = big.features
      .filter((f) => !f.properties!.unconfirmed)
      .reduce((n, f) => n + Number(f.properties!.count), 0);
    const [small, largest] = markerRange(WIDE);
    expect(area(1)).toBeCloseTo(small, 6);
    expect(area(total)).toBeCloseTo(largest, 6);
    expect(area(40)).toBeGreaterThan(area(20));
    // Its number of incidents beside it, in the page's number format.
    expect(
      String(layoutValue(style, 'cluster-counts', 'text-field', { ...cluster, count: 1234 })),
    ).toBe(new Intl.NumberFormat('fr-FR').format(1234));
  });

  test('maplibre-gl still has the clustering API mount.ts calls', () => {
    for (const method of ['getSource', 'queryRenderedFeatures'])
      expect(typeof (maplibre.Map.prototype as unknown as Record<string, unknown>)[method]).toBe(
        'function',
      );
    for (const method of ['setData', 'getClusterExpansionZoom'])
      expect(
        typeof (maplibre.GeoJSONSource.prototype as unknown as Record<string, unknown>)[method],
        method,
      ).toBe('function');
  });
});
