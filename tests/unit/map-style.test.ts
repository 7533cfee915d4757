import { describe, expect, test } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import * as maplibre from 'maplibre-gl';
import {
  mapStyle,
  markSizing,
  nightFilter,
  placesGeoJson,
  type MarkSizing,
} from '../../src/map/style.ts';
import { ICON_AREA, markIcons, markPaint } from '../../src/map/icons.ts';
import { typeSymbolPath } from '../../src/draw/symbols.ts';
import { INCIDENT_TYPES } from '../../src/data/vocabulary.ts';
import { loadDataset } from '../../src/data/load.ts';
import { attackMap } from '../../src/graphics/attackMap.ts';
import { staticMap } from '../../src/map/fallback.ts';
import { baseGeography } from '../../src/map/geography.ts';
import { NARROW, WIDE } from '../../src/draw/sizes.ts';
import { mapPlaces } from '../../src/data/mapPlaces.ts';
import { focusBounds } from '../../src/map/focus.ts';
import { REGIONS } from '../../src/map/regions.ts';
import { smallDataset } from '../support/fixtures.ts';
import { colours, layoutValue } from '../support/liveStyle.ts';

describe('the live map style', () => {
  test('mapStyle(colours) is a valid MapLibre style with no tile, glyph or sprite server', () => {
    const style = mapStyle(colours);
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const urls = Object.values(style.sources).map((s) => ('data' in s ? s.data : undefined));
    for (const url of urls) expect(typeof url === 'string' && url.startsWith('/')).toBe(true);
  });

  test('the live map draws the same borders, from the site’s own /map/reference.json', () => {
    const style = mapStyle(colours);
    expect(style.sources.reference).toEqual({ type: 'geojson', data: '/map/reference.json' });
    const lines = style.layers.filter((l) => 'source' in l && l.source === 'reference');
    expect(lines.map((l) => [l.type, 'filter' in l ? l.filter : undefined])).toEqual([
      ['line', ['==', ['get', 'kind'], 'departements']],
      ['line', ['==', ['get', 'kind'], 'regions']],
    ]);
  });

  test('nightFilter(night) keeps the places hit that night, or all', () => {
    expect(nightFilter('all')).toBeNull();
    const style = mapStyle(colours);
    style.layers = style.layers.map((l) =>
      l.id === 'places' ? { ...l, filter: nightFilter('2025-04-13')! } : l,
    );
    expect(validateStyleMin(style)).toEqual([]);
  });

  test('placesGeoJson(places) makes one point per located place, with its nights', () => {
    const { located } = mapPlaces(smallDataset());
    const geo = placesGeoJson(located);
    expect(geo.features).toHaveLength(3);
    expect(geo.features.find((f) => f.properties!.id === 'prison-north')!.properties!.nights).toBe(
      '2025-04-13 2025-04-14 2025-07-11',
    );
  });

  test('mapPlaces(d) takes the most frequent type of each place', () => {
    const d = smallDataset();
    const north = mapPlaces(d).located.find((p) => p.id === 'prison-north')!;
    expect([north.type, north.count]).toEqual(['arson', 3]);
  });

  test('focusBounds(focus, places) reads a region or fits place ids', () => {
    const d = smallDataset();
    expect(focusBounds('south-east', d.places)).toEqual(REGIONS['south-east']);
    const [w, s, e, n] = focusBounds('prison-north', d.places);
    expect(w).toBeLessThan(2.82);
    expect(e).toBeGreaterThan(2.82);
    expect(s).toBeLessThan(50.45);
    expect(n).toBeGreaterThan(50.45);
  });

  test('maplibre-gl still has the API mount.ts calls', () => {
    expect(typeof maplibre.setWorkerUrl).toBe('function');
    for (const method of [
      'setFilter',
      'cameraForBounds',
      'jumpTo',
      'easeTo',
      'setFeatureState',
      'getCanvas',
      'once',
      'on',
      'setMissingStyleImageResolver',
      'addImage',
      'hasImage',
      'updateImage',
    ]) {
      expect(
        typeof (maplibre.Map.prototype as unknown as Record<string, unknown>)[method],
        method,
      ).toBe('function');
    }
  });
});

/** A layout expression of the live style, evaluated for one place's properties. */
function evaluate(
  layer: string,
  property: string,
  properties: Record<string, unknown>,
  sizing?: MarkSizing,
) {
  return layoutValue(mapStyle(colours, undefined, sizing), layer, property, properties);
}

describe('the live map speaks the static map’s language', () => {
  test.each(INCIDENT_TYPES)(
    'a place of type %s has its shape, hollow when unconfirmed, ringed when only the town is known',
    (type) => {
      const icons = new Map(markIcons().map((i) => [i.id, i]));
      for (const unconfirmed of [false, true])
        for (const precision of ['exact', 'town']) {
          const id = String(evaluate('places', 'icon-image', { type, unconfirmed, precision }));
          expect(icons.get(id), id).toEqual({
            id,
            type,
            hollow: unconfirmed,
            ring: precision === 'town',
            // The very symbol the static map and its key draw.
            path: typeSymbolPath(type, ICON_AREA),
          });
        }
    },
  );

  test('hollow marks are outlined in their type’s colour and dashed, as on the static map', () => {
    const [filled, hollow] = markIcons().filter((i) => i.type === 'arson' && !i.ring);
    expect(markPaint(filled!, colours)).toMatchObject({ fill: '#c2410c', dash: [] });
    expect(markPaint(hollow!, colours)).toMatchObject({
      fill: '#fff',
      stroke: '#c2410c',
      dash: [3, 2],
    });
  });

  test.each([
    ['the story’s data', loadDataset()],
    ['the small fixture', smallDataset()],
  ])(
    'with %s, a mark is as big as on the static map, and the key lists exactly what the map draws',
    (_, d) => {
      const inputs = attackMap.inputs(d);
      const features = placesGeoJson(inputs.located).features.map((f) => f.properties!);
      for (const [width, sizing] of [
        [WIDE, markSizing(WIDE)],
        [NARROW, markSizing(NARROW)],
      ] as const) {
        const svg = staticMap(baseGeography(), inputs.located, {
          bounds: REGIONS.france,
          width,
          height: width,
        });
        for (const f of features) {
          const scale = Number(evaluate('places', 'icon-size', f, sizing));
          const drawn = svg.querySelector(`[data-place="${f.id}"] .mark`)?.getAttribute('d');
          if (!drawn) continue;
          // The same path, to a hundredth of a pixel.
          const numbers = (d: string) => d.match(/-?\d+(\.\d+)?/g)!.map(Number);
          const live = numbers(typeSymbolPath(f.type, scale ** 2 * ICON_AREA));
          expect(live.length, f.id).toBe(numbers(drawn).length);
          numbers(drawn).forEach((n, k) => expect(live[k], f.id).toBeCloseTo(n, 2));
        }
      }
      const legend = attackMap.legend(d, inputs);
      const keyed = legend.flatMap((item) =>
        item.swatch && 'type' in item.swatch && !item.swatch.unconfirmed ? [item.swatch.type] : [],
      );
      expect(new Set(keyed)).toEqual(new Set(features.map((f) => f.type)));
      expect(keyed.length).toBe(new Set(keyed).size);
      const has = (test: (s: NonNullable<(typeof legend)[number]['swatch']>) => boolean) =>
        legend.some((item) => item.swatch && test(item.swatch));
      expect(has((s) => 'type' in s && !!s.unconfirmed)).toBe(features.some((f) => f.unconfirmed));
      expect(has((s) => 'ring' in s)).toBe(features.some((f) => f.precision === 'town'));
    },
  );

  test('reference towns give way to every mark and incident label, the most populous first', () => {
    const ids = mapStyle(colours).layers.map((l) => l.id);
    // Symbols in higher layers are placed first; a town is placed only where nothing is.
    for (const first of ['places', 'places-faint', 'labels'])
      expect(ids.indexOf(first)).toBeGreaterThan(ids.indexOf('towns'));
    const places = mapStyle(colours).layers.find((l) => l.id === 'places')!.layout as Record<
      string,
      unknown
    >;
    expect(places['icon-ignore-placement']).toBeUndefined();
    const big = Number(evaluate('towns', 'symbol-sort-key', { population: 500000 }));
    const small = Number(evaluate('towns', 'symbol-sort-key', { population: 20000 }));
    expect(big).toBeLessThan(small);
  });
});
