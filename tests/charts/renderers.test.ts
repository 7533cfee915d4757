/** Each renderer's SVG from the small fixture, compared with its checked-in snapshot. */
import { describe, expect, test } from 'vitest';
import { attackWaveChart } from '../../src/charts/attackWaveChart.ts';
import { runs, unitChart700 } from '../../src/charts/unitChart700.ts';
import { policyTimeline } from '../../src/charts/policyTimeline.ts';
import { staticMap } from '../../src/map/fallback.ts';
import { baseGeography } from '../../src/map/geography.ts';
import { mapPlaces } from '../../src/data/mapPlaces.ts';
import { REGIONS } from '../../src/map/regions.ts';
import { placeIndex, waveIncidents, waveNights } from '../../src/data/views.ts';
import { traffickersCounts } from '../../src/graphics/traffickers.ts';
import { compareSnapshot } from '../support/snapshot.ts';
import { smallDataset } from '../support/fixtures.ts';
import { NARROW } from '../../src/draw/sizes.ts';
import { countingAttacks } from '../../src/charts/countingAttacks.ts';
import { countBars, countRows } from '../../src/graphics/countingAttacks.ts';

const d = smallDataset();
const wave = { nights: waveNights(d), incidents: waveIncidents(d), places: placeIndex(d) };
const bars = countBars(countRows(d));
const counts = traffickersCounts(d);

const cases: [string, () => SVGSVGElement][] = [
  [
    'AttackWaveChart.wide',
    () => attackWaveChart(wave, { width: 720, annotations: [{ id: 'I03', text: 'Shots fired' }] }),
  ],
  [
    'AttackWaveChart.narrow-night',
    () => attackWaveChart(wave, { width: NARROW, night: '2025-04-14', highlight: ['I03'] }),
  ],
  ['UnitChart700.wide', () => unitChart700(counts, { width: 720 })],
  [
    'UnitChart700.narrow-most-dangerous',
    () => unitChart700(counts, { width: NARROW, units: 'most-dangerous' }),
  ],
  ['PolicyTimeline.horizontal', () => policyTimeline(d.timeline, { orientation: 'horizontal' })],
  [
    'PolicyTimeline.vertical-range',
    () =>
      policyTimeline(d.timeline, {
        orientation: 'vertical',
        range: ['2025-01', '2025-04-30'],
        highlight: ['A01'],
      }),
  ],
  ['CountingAttacks.wide', () => countingAttacks(bars, { width: 720 })],
  ['CountingAttacks.narrow', () => countingAttacks(bars, { width: NARROW })],
  [
    'AttackMap.france-night',
    () =>
      staticMap(baseGeography(), mapPlaces(d).located, {
        bounds: REGIONS.france,
        width: NARROW,
        height: 311,
        night: '2025-04-13',
      }),
  ],
];

describe('renderer snapshots', () => {
  for (const [name, render] of cases) {
    test(`${name} matches its snapshot`, () => {
      expect(compareSnapshot(name, render().outerHTML)).toBeUndefined();
    });
  }
});

describe('renderers', () => {
  test('attackWaveChart draws one mark per incident, in its night', () => {
    const svg = attackWaveChart(wave, { width: 720 });
    const marks = [...svg.querySelectorAll('[data-id]')];
    expect(marks.map((m) => m.getAttribute('data-id')).sort()).toEqual(
      wave.incidents.map((i) => i.id).sort(),
    );
    for (const m of marks)
      expect(m.getAttribute('data-night')).toBe(
        wave.incidents.find((i) => i.id === m.getAttribute('data-id'))!.night,
      );
    expect(svg.querySelectorAll('.is-unconfirmed')).toHaveLength(1);
  });

  test('attackWaveChart dims other nights and names a bad annotation', () => {
    const svg = attackWaveChart(wave, { night: '2025-04-14' });
    expect(svg.querySelectorAll('.night.is-dimmed')).toHaveLength(wave.nights.length - 1);
    expect(() => attackWaveChart(wave, { annotations: [{ id: 'I99', text: 'x' }] })).toThrow(
      /no incident "I99"/,
    );
  });

  test('unitChart700 draws one square per hundred people, nested from the 200 to be isolated out to everyone', () => {
    const svg = unitChart700(
      { total: 82912, drug: 17000, dangerous: 700, isolate: 200, first: 17 },
      { width: 720 },
    );
    expect(svg.getAttribute('data-squares')).toBe('2 5 163 659');
    const cells = (sel: string) =>
      [...svg.querySelectorAll(`${sel} rect`)].reduce(
        (n, r) =>
          n + (Number(r.getAttribute('width')) * Number(r.getAttribute('height'))) / 18 ** 2,
        0,
      );
    expect(Math.round(cells('.units--isolate'))).toBe(2);
    expect(Math.round(cells('.units--danger'))).toBe(5);
    expect(Math.round(cells('.units--drug'))).toBe(163);
    expect(Math.round(cells('.units--rest'))).toBe(659);
    expect(() => unitChart700({ total: 10, drug: 20, dangerous: 1, isolate: 1, first: 1 })).toThrow(
      /dangerous ≤ drug ≤ total/,
    );
    expect(() =>
      unitChart700({ total: 100, drug: 50, dangerous: 10, isolate: 20, first: 1 }),
    ).toThrow(/isolate ≤ dangerous/);
  });

  test('unitChart700 draws the first transfer inside the first square, its area its share of a hundred', () => {
    const svg = unitChart700(
      { total: 82912, drug: 17000, dangerous: 700, isolate: 200, first: 17 },
      { width: 720 },
    );
    const first = [...svg.querySelectorAll('.units--first rect')];
    expect(first).toHaveLength(1);
    const inner = 18 - Math.max(1.5, 18 * 0.18);
    const side = Number(first[0]!.getAttribute('width'));
    expect(side ** 2 / inner ** 2).toBeCloseTo(0.17, 2);
    const twoHundredAndFifty = unitChart700(
      { total: 1000, drug: 500, dangerous: 300, isolate: 300, first: 250 },
      { width: 720 },
    );
    expect(twoHundredAndFifty.querySelectorAll('.units--first rect')).toHaveLength(3);
  });

  test('runs(from, to, cols) covers exactly the squares from..to in at most three rectangles', () => {
    expect(runs(0, 7, 40)).toEqual([[0, 0, 7, 1]]);
    expect(runs(7, 170, 40)).toEqual([
      [7, 0, 33, 1],
      [0, 1, 40, 3],
      [0, 4, 10, 1],
    ]);
    expect(runs(40, 80, 40)).toEqual([[0, 1, 40, 1]]);
    expect(runs(5, 5, 40)).toEqual([]);
  });

  test('policyTimeline draws a day as a dot and a month or season as a span', () => {
    const svg = policyTimeline(d.timeline);
    expect(svg.querySelector('[data-id="T01"] circle')).not.toBeNull();
    expect(svg.querySelector('[data-id="T02"] rect')).not.toBeNull();
    expect(svg.querySelector('[data-id="T03"] rect')).not.toBeNull();
    expect(svg.querySelectorAll('.key-number')).toHaveLength(
      d.timeline.filter((e) => e.key).length,
    );
  });

  test('countingAttacks draws one bar per count, ours end to end, each row labelled with its number', () => {
    const svg = countingAttacks(bars, { width: 720 });
    const kinds = [...svg.querySelectorAll('.count-bar')].map((g) => [
      g.getAttribute('class'),
      g.querySelectorAll('rect').length,
    ]);
    expect(kinds).toEqual([
      ['count-bar count-bar--prosecutors', 3],
      ['count-bar count-bar--ministry', 1],
      ['count-bar count-bar--established', 1],
      ['count-bar count-bar--unconfirmed', 1],
      ['count-bar count-bar--vehicles', 1],
    ]);
    const [established, unconfirmed] = ['established', 'unconfirmed'].map((k) =>
      svg.querySelector(`.count-bar--${k} rect`)!,
    );
    expect(Number(unconfirmed!.getAttribute('x'))).toBeCloseTo(
      Number(established!.getAttribute('x')) + Number(established!.getAttribute('width')),
      3,
    );
    expect([...svg.querySelectorAll('.count-value text')].map((t) => t.textContent)).toEqual([
      '12 acts',
      '13 acts',
      'about 15 acts',
      '65 acts',
      '4 + 1 incidents',
      '21 vehicles',
    ]);
    expect([...svg.querySelectorAll('.count-row text')].map((t) => t.textContent)).toEqual([
      'Prosecutors, 17 April',
      'Prosecutors, 22 April',
      'Prosecutors, 28 April',
      'Interior ministry, 23 April',
      "This story's data",
      'Vehicles, prosecutors, 17 April',
    ]);
  });

  test('countingAttacks is one image to assistive technology, with text of 12 px or more, and no Plot stylesheet', () => {
    const svg = countingAttacks(bars, { width: NARROW, ariaLabel: 'Counts' });
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Counts');
    expect(svg.querySelectorAll('g[aria-label]')).toHaveLength(0);
    expect(
      [...svg.querySelectorAll(':scope > g')].every(
        (g) => g.getAttribute('aria-hidden') === 'true',
      ),
    ).toBe(true);
    expect(svg.getAttribute('style')).toContain('font-size:15px');
    expect(svg.querySelector('style')).toBeNull();
    expect(() => countingAttacks(bars, { fontSize: 10 })).toThrow('invalid fontSize: 10');
    expect(() => countingAttacks([{ row: 'r', x1: 5, x2: 2, kind: 'ministry' }])).toThrow(
      'invalid bar "r": 5–2',
    );
    const hostile = countingAttacks([
      { row: '<img src=x onerror=alert(1)>', x1: 0, x2: 3, kind: 'ministry', text: '<b>3</b>' },
    ]);
    expect(hostile.querySelector('img, b')).toBeNull();
    expect(hostile.querySelector('.count-row text')!.textContent).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });

  test('text comes in as text: markup in data is not parsed', () => {
    const hostile = structuredClone(d.timeline);
    hostile[0]!.title = '<img src=x onerror=alert(1)>';
    const svg = policyTimeline(hostile);
    expect(svg.querySelector('img')).toBeNull();
    expect(svg.outerHTML).toContain('&lt;img');
  });

  test('the static map draws located places only and labels towns without overlap', () => {
    const { located, unlocated } = mapPlaces(d);
    expect(unlocated.map((p) => p.id)).toEqual(['office-west']);
    const svg = staticMap(baseGeography(), located, { bounds: REGIONS.france });
    expect(svg.querySelectorAll('.map-marker')).toHaveLength(located.length);
    expect(svg.querySelectorAll('.is-town .town-ring').length).toBe(
      located.filter((p) => p.precision === 'town').length,
    );
  });
});
