/**
 * The data generator behind `npm run bench:scale` (scripts/lib/scaled-data.ts): the same seed gives
 * the same file, and the file it makes passes every rule of `npm run check:data` (schema,
 * cross-record rules and the standards desk's rules) at every scale, with the records multiplied.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateDataset } from '../../src/data/validate.ts';
import { HOME_KINDS } from '../../src/data/standards.ts';
import {
  addDays,
  recordCount,
  scaledDataset,
  seededRandom,
} from '../../scripts/lib/scaled-data.ts';

const REAL = 'content/data/prison-attacks.json';
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('seededRandom(seed) and addDays(day, days)', () => {
  test('seededRandom gives the same numbers for the same seed, others for another, all in [0, 1)', () => {
    const a = seededRandom(17);
    const b = seededRandom(17);
    const c = seededRandom(18);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  test('addDays crosses months and years in UTC', () => {
    expect(addDays('2025-04-30', 1)).toBe('2025-05-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
});

describe('scaledDataset(data, factor, seed)', () => {
  test('is deterministic: the same seed gives the same file, another seed another file', () => {
    const data = read(REAL);
    const one = JSON.stringify(scaledDataset(data, 10, 1));
    expect(JSON.stringify(scaledDataset(data, 10, 1))).toBe(one);
    expect(JSON.stringify(scaledDataset(data, 10, 2))).not.toBe(one);
  });

  test('leaves its input unchanged, and factor 1 is the file itself', () => {
    const data = read(REAL);
    const before = JSON.stringify(data);
    scaledDataset(data, 3, 1);
    expect(JSON.stringify(data)).toBe(before);
    expect(scaledDataset(data, 1, 1)).toEqual(data);
  });

  test('refuses a factor that is not a whole number from 1', () => {
    expect(() => scaledDataset(read(REAL), 0, 1)).toThrow('invalid factor: 0');
    expect(() => scaledDataset(read(REAL), 2.5, 1)).toThrow('invalid factor: 2.5');
  });

  test.each([
    [REAL, 10],
    [REAL, 100],
    ['tests/fixtures/small.json', 10],
  ])(
    '%s ×%i passes every rule of check:data, with the records multiplied',
    (file, factor) => {
      const data = read(file);
      const scaled = scaledDataset(data, factor, 42);
      const result = validateDataset(scaled);
      expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
      for (const table of ['places', 'incidents', 'timeline'] as const)
        expect(scaled[table]).toHaveLength(data[table].length * factor);
      expect(scaled.statistics).toEqual(data.statistics);
      // Sources that places, incidents or timeline events cite are copied with them.
      const citedByCopied = new Set(
        [...data.places, ...data.incidents, ...data.timeline].flatMap(
          (r: { sources: string[] }) => r.sources,
        ),
      ).size;
      expect(scaled.sources).toHaveLength(data.sources.length + (factor - 1) * citedByCopied);
      const copied =
        data.places.length + data.incidents.length + data.timeline.length + citedByCopied;
      expect(recordCount(scaled)).toBe(recordCount(data) + (factor - 1) * copied);
      // Every copied source is cited (a source nobody cites is a warning in the check).
      const cited = new Set(
        [...scaled.places, ...scaled.incidents, ...scaled.timeline, ...scaled.statistics].flatMap(
          (r: { sources: string[] }) => r.sources,
        ),
      );
      expect(scaled.sources.filter((s: { id: string }) => !cited.has(s.id)).length).toBe(
        data.sources.filter((s: { id: string }) => !cited.has(s.id)).length,
      );
      // Homes are never exact, and nothing is dated after the checked day.
      expect(
        scaled.places.filter(
          (p: { kind: string; precision: string }) =>
            HOME_KINDS.includes(p.kind as never) && p.precision === 'exact',
        ),
      ).toEqual([]);
      expect(
        scaled.incidents.filter((i: { date: string }) => i.date > scaled.meta.checked),
      ).toEqual([]);
      // The seed spreads copies of wave incidents over the wave's nights.
      const nights = new Set(scaled.incidents.map((i: { night: string }) => i.night));
      expect(nights.size).toBeGreaterThanOrEqual(
        new Set(data.incidents.map((i: { night: string }) => i.night)).size,
      );
    },
    60_000,
  );
});
