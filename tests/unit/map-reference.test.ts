/**
 * The maps' reference geography: département and région borders from the project's own reduced
 * copy of IGN Admin Express (src/map/reference/), drawn once per view and page on the static map
 * and served to the live map from the site's origin.
 */
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { geoLength } from 'd3';
import {
  referenceBorders,
  LIVE_PX_PER_DEGREE,
  MAP_CREDIT,
  MAP_CREDIT_SHORT,
  MAP_GEOGRAPHY_NOTE,
} from '../../src/map/reference.ts';
import { attackMap } from '../../src/graphics/attackMap.ts';
import { shareCardContent } from '../../src/share/cards.ts';
import { landDefs, landId, projectionFor, staticMap } from '../../src/map/fallback.ts';
import { baseGeography, MAP_BOUNDS } from '../../src/map/geography.ts';
import { REGIONS, REGION_NAMES } from '../../src/map/regions.ts';
import { mapPlaces } from '../../src/data/mapPlaces.ts';
import { NARROW, NARROW_MAP_HEIGHT, WIDE, WIDE_MAP_HEIGHT } from '../../src/draw/sizes.ts';
import { smallDataset } from '../support/fixtures.ts';

const points = (lines: { coordinates: number[][][] }) =>
  lines.coordinates.reduce((n, line) => n + line.length, 0);

describe('referenceBorders(pxPerDegree)', () => {
  test('gives the borders between départements and, apart, those between régions, all inside the map', () => {
    const { departements, regions } = referenceBorders(LIVE_PX_PER_DEGREE);
    // Metropolitan France: 96 départements in 13 régions; the région borders are a few thousand
    // kilometres of line, the département borders inside régions several times that.
    const km = (g: typeof regions) => (geoLength(g) * 6371).toFixed(0);
    expect(Number(km(regions))).toBeGreaterThan(3000);
    expect(Number(km(departements))).toBeGreaterThan(2 * Number(km(regions)));
    const [w, s, e, n] = MAP_BOUNDS;
    for (const g of [departements, regions])
      for (const line of g.coordinates)
        for (const [lon, lat] of line) {
          expect(lon! >= w && lon! <= e && lat! >= s && lat! <= n).toBe(true);
        }
  });

  test('keeps fewer points for a view that shows less detail', () => {
    const national = referenceBorders(40);
    const close = referenceBorders(LIVE_PX_PER_DEGREE);
    expect(points(national.departements)).toBeLessThan(points(close.departements) / 2);
    expect(points(national.departements)).toBeGreaterThan(300);
  });
});

describe('the static map', () => {
  test.each(REGION_NAMES)('in the %s view draws département and région borders', (region) => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const svg = staticMap(baseGeography(), mapPlaces(smallDataset()).located, {
      document: document as unknown as Document,
      bounds: REGIONS[region],
      width: WIDE,
      height: WIDE_MAP_HEIGHT,
    });
    expect(svg.querySelector('.borders-departements')?.getAttribute('d')).toMatch(/^M/);
    expect(svg.querySelector('.borders-regions')?.getAttribute('d')).toMatch(/^M/);
  });

  test('a page defines each view’s borders and towns once, and its maps place them with <use>', () => {
    const bounds = REGIONS['lyon-area'];
    const id = landId(bounds, NARROW, NARROW_MAP_HEIGHT);
    const places = mapPlaces(smallDataset()).located;
    const defs = landDefs(baseGeography(), places, bounds, NARROW, NARROW_MAP_HEIGHT);
    expect(defs.querySelector(`#${id} .towns`)!.getAttribute('style')).toMatch(
      /fill:var\(--muted\)/,
    );
    expect(defs.querySelector(`#${id} .borders-departements`)).not.toBeNull();
    // Styled inline: page styles do not reach into a <use> element's copy.
    expect(defs.querySelector(`#${id} .borders-regions`)!.getAttribute('style')).toMatch(
      /stroke:var\(--land-stroke\)/,
    );
    const map = staticMap(baseGeography(), places, { bounds, landRef: `#${id}` });
    expect(map.querySelector('.borders-departements, .towns')).toBeNull();
    expect(map.querySelector('use')!.getAttribute('href')).toBe(`#${id}`);
    expect(projectionFor(bounds, NARROW, NARROW_MAP_HEIGHT)([4.85, 45.75])).toBeDefined();
  });
});

describe('reference towns', () => {
  const townsIn = (region: keyof typeof REGIONS, width = WIDE, height = WIDE_MAP_HEIGHT) =>
    [
      ...staticMap(baseGeography(), [], {
        bounds: REGIONS[region],
        width,
        height,
      }).querySelectorAll('.towns text'),
    ].map((t) => t.textContent);

  test('the national view names the biggest cities, the Lyon area its own towns', () => {
    expect(townsIn('france').slice(0, 4)).toEqual(['Paris', 'Marseille', 'Lyon', 'Toulouse']);
    const lyon = townsIn('lyon-area');
    expect(lyon[0]).toBe('Lyon');
    expect(lyon).toContain('Vienne');
    expect(lyon).not.toContain('Paris');
  });

  test('a narrow map names fewer towns, and a town an incident label names is not named twice', () => {
    expect(townsIn('france', NARROW, NARROW_MAP_HEIGHT).length).toBeLessThan(
      townsIn('france').length,
    );
    const valence = mapPlaces(smallDataset()).located.map((p) => ({
      ...p,
      town: 'Lyon',
      lon: 4.85,
      lat: 45.75,
    }));
    const svg = staticMap(baseGeography(), valence.slice(0, 1), { bounds: REGIONS['lyon-area'] });
    expect(svg.querySelector('.map-label')!.textContent).toBe('Lyon');
    expect([...svg.querySelectorAll('.towns text')].map((t) => t.textContent)).not.toContain(
      'Lyon',
    );
  });
});

test('the geography is credited on the map’s source line, on its share images and in the methodology', () => {
  const d = smallDataset();
  expect(attackMap.caption(d).credit).toEqual({ line: MAP_CREDIT, card: MAP_CREDIT_SHORT });
  const story = { title: 'A story', standfirst: 'What happened.' };
  for (const card of ['attack-map', 'story'])
    expect(shareCardContent(card, d, story, new URL('https://example.org/')).texts.credit).toMatch(
      new RegExp(`\\. ${MAP_CREDIT_SHORT}$`),
    );
  // Every source the credits name, in the methodology's words too.
  for (const name of ['IGN Admin Express', 'INSEE', 'GeoNames', 'Natural Earth', 'Licence Ouverte'])
    expect(MAP_GEOGRAPHY_NOTE).toContain(name);
});
