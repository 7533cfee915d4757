import { describe, expect, test } from 'vitest';
import { sourceSummary, sourcesNewestFirst } from '../../src/data/sourceSummary.ts';
import type { Source } from '../../src/data/schema.ts';

const source = (id: string, outlet: string, date: string | null): Source => ({
  id,
  outlet,
  title: `Title ${id}`,
  url: `https://example.org/${id}`,
  date,
});

const SOURCES = [
  source('a', 'Zeta', '2025-04-15'),
  source('b', 'Alpha', null),
  source('c', 'Zeta', '2023-08'),
  source('d', 'Alpha (copy)', '2025-summer'),
  source('e', 'Beta', '2025-04-15'),
  source('f', 'Éclair', '2024-05'),
];

describe('sourcesNewestFirst(sources)', () => {
  test('orders by date, newest first, the same date by outlet, the undated last', () => {
    expect(sourcesNewestFirst(SOURCES).map((s) => s.id)).toEqual(['d', 'e', 'a', 'f', 'c', 'b']);
  });
});

describe('sourceSummary(sources, locale)', () => {
  test('counts sources, outlets as named (a copy apart), and the dated ones with their range', () => {
    const s = sourceSummary(SOURCES);
    expect(s).toMatchObject({ sources: 6, outlets: 5, dated: 5, first: '2023-08' });
    // A season sorts as its first month: summer 2025 is after 15 April 2025.
    expect(s.last).toBe('2025-summer');
  });

  test('groups outlets by count, most cited first, names in the locale’s order', () => {
    expect(sourceSummary(SOURCES, 'fr-FR').byCount).toEqual([
      { count: 2, outlets: ['Zeta'] },
      { count: 1, outlets: ['Alpha', 'Alpha (copy)', 'Beta', 'Éclair'] },
    ]);
  });

  test('no dated source: no range', () => {
    expect(sourceSummary([source('x', 'X', null)])).toMatchObject({
      dated: 0,
      first: undefined,
      last: undefined,
    });
  });
});

describe('sourceSummary(sources, locale, maxOutlets)', () => {
  test('names the most cited outlets up to the limit and counts the rest', () => {
    expect(sourceSummary(SOURCES, 'en-GB', 3)).toMatchObject({
      outlets: 5,
      byCount: [
        { count: 2, outlets: ['Zeta'] },
        { count: 1, outlets: ['Alpha', 'Alpha (copy)'] },
      ],
      unnamed: 2,
    });
    expect(sourceSummary(SOURCES).unnamed).toBe(0);
  });
});
