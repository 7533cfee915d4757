/**
 * What the graphics do when marks would crowd (a bigger story, `npm run bench:scale`): the map
 * groups close places (src/map/groups.ts), the wave chart stacks each night by type
 * (src/charts/attackWaveChart.ts), long lists show their first rows (src/data/firstRows.ts). The
 * real data stays as it is drawn; the ×10 copy (scripts/lib/scaled-data.ts) crowds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateDataset } from '../../src/data/validate.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { mapPlaces } from '../../src/data/mapPlaces.ts';
import { established, unconfirmed, waveIncidents } from '../../src/data/views.ts';
import { MAX_MARKS, groupCrowded, markerLabel } from '../../src/map/groups.ts';
import { staticMap } from '../../src/map/fallback.ts';
import { baseGeography } from '../../src/map/geography.ts';
import { focusBounds } from '../../src/map/focus.ts';
import { attackWaveChart, MAX_MARKS as MAX_IN_COLUMN } from '../../src/charts/attackWaveChart.ts';
import { attackWaveInputs } from '../../src/graphics/attackWave.ts';
import { firstRows } from '../../src/data/firstRows.ts';
import { MAX_EVENTS, policyTimeline } from '../../src/charts/policyTimeline.ts';
import { scaledDataset } from '../../scripts/lib/scaled-data.ts';

const raw = JSON.parse(readFileSync('content/data/prison-attacks.json', 'utf8'));
function dataset(factor: number): Dataset {
  const v = validateDataset(scaledDataset(raw, factor, 2025));
  if (!v.ok) throw new Error(JSON.stringify(v.problems.slice(0, 3)));
  return v.data as Dataset;
}
const real = dataset(1);
const big = dataset(10);

describe('groupCrowded(placed, max, radius)', () => {
  const place = (id: string, x: number, count: number, doubt = false) => ({
    xy: [x, 10] as [number, number],
    p: {
      ...mapPlaces(real).located[0]!,
      id,
      town: id,
      count,
      type: doubt ? ('threat' as const) : ('arson' as const),
      incidents: Array.from({ length: count }, (_, k) => `${id}-${k}`),
      unconfirmed: doubt,
    },
  });

  test('leaves a view of at most `max` places as it is', () => {
    const placed = [place('a', 0, 1), place('b', 1, 1)];
    expect(groupCrowded(placed, 2)).toBe(placed);
  });

  test('groups close places around the biggest, adds their incidents and keeps the unconfirmed apart', () => {
    const placed = [
      place('small', 5, 1),
      place('big', 0, 3),
      place('far', 200, 2),
      place('doubt', 3, 4, true),
    ];
    const groups = groupCrowded(placed, 2, 10);
    const big = groups.find((g) => g.p.id === 'big')!;
    expect(groups).toHaveLength(3);
    expect(big.p.count).toBe(4);
    expect(big.p.incidents).toEqual(['big-0', 'big-1', 'big-2', 'small-0']);
    expect(big.p.grouped).toBe(1);
    expect(markerLabel(big.p)).toBe('big +1');
    expect(groups.find((g) => g.p.id === 'doubt')!.p).toMatchObject({
      unconfirmed: true,
      count: 4,
    });
    expect(markerLabel(groups.find((g) => g.p.id === 'far')!.p)).toBe('far');
  });
});

describe('the static map of a crowded story', () => {
  const draw = (d: Dataset, width: number) =>
    staticMap(baseGeography(), mapPlaces(d).located, {
      width,
      height: width,
      bounds: focusBounds(undefined, d.places),
    });

  test('draws one marker per place in the real data', () => {
    const { located } = mapPlaces(real);
    expect(located.length).toBeLessThanOrEqual(MAX_MARKS);
    const svg = draw(real, 720);
    expect(svg.querySelectorAll('.map-marker').length).toBe(located.length);
    expect(svg.querySelectorAll('[data-grouped]').length).toBe(0);
  });

  test.each([320, 720])(
    'groups the ×10 copy at %i px: fewer markers, each group labelled with how many places it stands for, the unconfirmed apart',
    (width) => {
      const { located } = mapPlaces(big);
      expect(located.length).toBeGreaterThan(MAX_MARKS);
      const svg = draw(big, width);
      const markers = [...svg.querySelectorAll('.map-marker')];
      expect(markers.length).toBeLessThan(located.length / 2);
      expect(svg.querySelectorAll('[data-grouped]').length).toBeGreaterThan(0);
      // Each group's label names how many more places it stands for.
      for (const label of svg.querySelectorAll('.map-label')) {
        const marker = svg.querySelector(
          `.map-marker[data-place="${label.getAttribute('data-place')}"]`,
        )!;
        const more = marker.getAttribute('data-grouped');
        expect(label.textContent!.endsWith(` +${more}`)).toBe(!!more);
      }
      // Unconfirmed places stay hollow marks of their own.
      expect(svg.querySelectorAll('.map-marker.is-unconfirmed').length).toBeGreaterThan(0);
    },
  );
});

describe('the attack-wave chart of a crowded story', () => {
  test('draws one mark per incident in the real data', () => {
    const { data } = attackWaveInputs(real);
    const svg = attackWaveChart(data);
    expect(svg.querySelectorAll('.mark[data-id]').length).toBe(data.incidents.length);
    expect(svg.querySelectorAll('.stack').length).toBe(0);
  });

  test('stacks the ×10 copy per night and type; the bars add up, the unconfirmed apart; totals count the established', () => {
    const { data, annotations } = attackWaveInputs(big);
    const svg = attackWaveChart(data, { annotations });
    expect(svg.querySelectorAll('.mark[data-id]').length).toBe(0);
    expect(annotations.length).toBeLessThanOrEqual(4);
    const tallest = Math.max(
      ...data.nights.map((n) => data.incidents.filter((i) => i.night === n).length),
    );
    expect(tallest).toBeGreaterThan(MAX_IN_COLUMN);
    for (const night of data.nights) {
      const col = svg.querySelector(`.night[data-night="${night}"]`)!;
      const on = data.incidents.filter((i) => i.night === night);
      const sum = (sel: string) =>
        [...col.querySelectorAll(sel)].reduce(
          (n, b) => n + Number(b.getAttribute('data-count')),
          0,
        );
      expect(sum('.stack')).toBe(on.length);
      expect(sum('.stack.is-unconfirmed')).toBe(unconfirmed(on).length);
      const total = col.querySelector('.stack-total');
      if (total) expect(total.textContent).toBe(String(established(on).length));
    }
    expect(svg.querySelectorAll('.stack-total').length).toBeGreaterThan(0);
    expect(waveIncidents(big).length).toBe(data.incidents.length);
  });
});

describe('the policy timeline of a crowded story', () => {
  const drawn = (svg: SVGSVGElement) =>
    [...svg.querySelectorAll('.events .mark')].reduce(
      (n, m) => n + Number(m.getAttribute('data-count') ?? 1),
      0,
    );

  test('draws one mark per event in the real data', () => {
    expect(real.timeline.length).toBeLessThanOrEqual(MAX_EVENTS);
    const svg = policyTimeline(real.timeline);
    expect(svg.querySelectorAll('.events .mark').length).toBe(real.timeline.length);
  });

  test.each(['horizontal', 'vertical'] as const)(
    'the ×10 copy, %s: events on one spot share a mark that counts them, every event counted once, every key event its own',
    (orientation) => {
      const svg = policyTimeline(big.timeline, { orientation });
      expect(svg.querySelectorAll('.events .mark').length).toBeLessThan(big.timeline.length / 2);
      expect(drawn(svg)).toBe(big.timeline.length);
      expect(svg.querySelectorAll('.mark.is-key').length).toBe(
        big.timeline.filter((e) => e.key).length,
      );
    },
  );
});

describe('firstRows(rows, max)', () => {
  test('keeps a list no longer than max whole, else its first max rows and how many more', () => {
    expect(firstRows([1, 2, 3], 3)).toEqual({ shown: [1, 2, 3], more: 0 });
    expect(firstRows([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], more: 2 });
    expect(() => firstRows([1], 0)).toThrow('invalid max: 0');
  });
});
