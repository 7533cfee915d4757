import { describe, expect, test } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import * as maplibre from 'maplibre-gl';
import { mapStyle, nightFilter, placesGeoJson } from '../../src/map/style.ts';
import { mapPlaces } from '../../src/data/mapPlaces.ts';
import { focusBounds } from '../../src/map/focus.ts';
import { REGIONS } from '../../src/map/regions.ts';
import { smallDataset } from '../support/fixtures.ts';

const colours = {
  sea: '#fff',
  land: '#eee',
  france: '#ddd',
  border: '#999',
  text: '#111',
  halo: '#fff',
  types: { arson: '#c2410c', gunfire: '#b3124e' },
};

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
    ]) {
      expect(
        typeof (maplibre.Map.prototype as unknown as Record<string, unknown>)[method],
        method,
      ).toBe('function');
    }
  });
});
