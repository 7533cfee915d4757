import { describe, expect, test } from 'vitest';
import { validateDataset, describeProblem } from '../../src/data/validate.ts';
import { sortKey, daysBetween } from '../../src/data/rules.ts';
import { smallDataset } from '../support/fixtures.ts';

const problemsOf = (d: unknown) => {
  const r = validateDataset(d);
  return r.ok ? [] : r.problems.map((p) => describeProblem(d, p));
};

describe('cross-record rules', () => {
  test('the small fixture is valid', () => expect(problemsOf(smallDataset())).toEqual([]));

  test('a duplicate id names both records', () => {
    const d = smallDataset();
    d.incidents[1]!.id = 'I01';
    expect(problemsOf(d)).toEqual([expect.stringMatching(/^incidents\[1\]\.id \(record "I01"\): Duplicate id: incidents\[0\] already uses it/)]);
  });

  test('an unknown place or source id is reported where it is used', () => {
    const d = smallDataset();
    d.incidents[2]!.place = 'nowhere';
    d.timeline[0]!.sources = ['ghost'];
    const problems = problemsOf(d);
    expect(problems).toContainEqual(expect.stringMatching(/^incidents\[2\]\.place \(record "I03"\): No place has the id "nowhere".*Found "nowhere"/));
    expect(problems).toContainEqual(expect.stringMatching(/^timeline\[0\]\.sources\[0\] \(record "T01"\): No source has the id "ghost"/));
  });

  test('swapped coordinates fall outside metropolitan France', () => {
    const d = smallDataset();
    const p = d.places[0]!;
    [p.lat, p.lon] = [p.lon, p.lat];
    expect(problemsOf(d).join('\n')).toMatch(/places\[0\]\.lat \(record "prison-north"\): Latitude must be inside metropolitan France.*swapped/);
  });

  test('incidents out of night order and nights far from the date are refused', () => {
    const d = smallDataset();
    [d.incidents[0], d.incidents[2]] = [d.incidents[2]!, d.incidents[0]!];
    d.incidents[3]!.night = '2025-04-10';
    const text = problemsOf(d).join('\n');
    expect(text).toMatch(/must be in order of night/);
    expect(text).toMatch(/incidents\[3\]\.night \(record "I04"\): The night must be the evening of the date or the one before/);
  });

  test('a day that is not in the calendar is refused', () => {
    const d = smallDataset();
    d.statistics[0]!.asOf = '2025-02-30';
    expect(problemsOf(d)).toEqual([expect.stringMatching(/^statistics\[0\]\.asOf \(record "drug-detainees"\): This day does not exist/)]);
  });

  test('an unlocated place must not carry coordinates, a located one needs both', () => {
    const d = smallDataset();
    d.places[3]!.lat = 49.2;
    delete d.places[1]!.lon;
    const text = problemsOf(d).join('\n');
    expect(text).toMatch(/places\[3\]\.precision .*cannot be "unlocated"/);
    expect(text).toMatch(/places\[1\]\.lon .*needs both lat and lon/);
  });

  test('sortKey(date) sorts seasons and months among days', () => {
    expect(['2025-summer', '2025-05-02', '2025-07'].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(['2025-05-02', '2025-summer', '2025-07']);
    expect(daysBetween('2025-04-13', '2025-04-14')).toBe(1);
  });
});
