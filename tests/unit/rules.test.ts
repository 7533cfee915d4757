import { describe, expect, test } from 'vitest';
import { validateDataset, describeProblem } from '../../src/data/validate.ts';
import { sortKey, daysBetween, nextFreeId } from '../../src/data/rules.ts';
import { addDays } from '../../src/data/views.ts';

const addDay = (day: string) => addDays(day, 1);
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
    expect(problemsOf(d)).toEqual([
      expect.stringMatching(
        /^incidents\[1\]\.id \(record "I01"\): Duplicate id: incidents\[0\] already uses it/,
      ),
    ]);
  });

  test('an unknown place or source id is reported where it is used', () => {
    const d = smallDataset();
    d.incidents[2]!.place = 'nowhere';
    d.timeline[0]!.sources = ['ghost'];
    const problems = problemsOf(d);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^incidents\[2\]\.place \(record "I03"\): No place has the id "nowhere".*Found "nowhere"/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^timeline\[0\]\.sources\[0\] \(record "T01"\): No source has the id "ghost"/,
      ),
    );
  });

  test('swapped coordinates fall outside metropolitan France', () => {
    const d = smallDataset();
    const p = d.places[0]!;
    [p.lat, p.lon] = [p.lon, p.lat];
    expect(problemsOf(d).join('\n')).toMatch(
      /places\[0\]\.lat \(record "prison-north"\): Latitude must be inside metropolitan France.*swapped/,
    );
  });

  test('nights far from the date are refused', () => {
    const d = smallDataset();
    d.incidents[3]!.night = '2025-04-10';
    expect(problemsOf(d)).toEqual([
      expect.stringMatching(
        /^incidents\[3\]\.night \(record "I04"\): The night must be the evening of the date or the one before/,
      ),
    ]);
  });

  test('records in any order are accepted and come back in order: incidents by night, date and id; timeline and corrections by date', () => {
    const d = smallDataset();
    const wanted = {
      incidents: d.incidents.map((i) => i.id),
      timeline: d.timeline.map((t) => t.id),
    };
    d.incidents.reverse();
    d.timeline.reverse();
    d.corrections = [
      { id: 'later', date: '2025-12-03', kind: 'update', text: 'Later.' },
      { id: 'earlier', date: '2025-12-01', kind: 'correction', text: 'Earlier.' },
    ];
    const result = validateDataset(d);
    if (!result.ok) throw new Error(result.problems.map((p) => describeProblem(d, p)).join('\n'));
    expect(result.data.incidents.map((i) => i.id)).toEqual(wanted.incidents);
    expect(result.data.timeline.map((t) => t.id)).toEqual(wanted.timeline);
    expect(result.data.corrections.map((c) => c.id)).toEqual(['earlier', 'later']);
    const sameDay = smallDataset();
    sameDay.corrections = [
      { id: 'zz-first-added', date: '2025-12-01', kind: 'correction', text: 'First.' },
      { id: 'aa-added-next', date: '2025-12-01', kind: 'update', text: 'Next.' },
    ];
    const kept = validateDataset(sameDay);
    // Corrections of one day keep the order they were added in: the last added is the newest.
    expect(kept.ok && kept.data.corrections.map((c) => c.id)).toEqual([
      'zz-first-added',
      'aa-added-next',
    ]);
  });

  test('on one night, incidents sort by date, then by id as people count (I9 before I10)', () => {
    const d = smallDataset();
    const base = d.incidents[0]!;
    d.incidents = [
      { ...base, id: 'I10', date: base.night },
      { ...base, id: 'I9', date: base.night },
      { ...base, id: 'I2', date: addDay(base.night) },
    ];
    const result = validateDataset(d);
    expect(result.ok && result.data.incidents.map((i) => i.id)).toEqual(['I9', 'I10', 'I2']);
  });

  test('a duplicate id still stops the check, wherever the records are, and names the next free id', () => {
    const d = smallDataset();
    d.incidents.push({ ...d.incidents[0]!, id: 'I02' });
    expect(problemsOf(d)).toEqual([
      expect.stringMatching(
        /^incidents\[6\]\.id \(record "I02"\): Duplicate id: incidents\[1\] already uses it; .*give this record the next free id, "I07"/,
      ),
    ]);
  });

  test('nextFreeId(id, ids) counts on from the highest numbered id, padded alike, or adds a suffix', () => {
    expect(nextFreeId('I07', ['I01', 'I07', 'I24a', 'I31', 'T99'])).toBe('I32');
    expect(nextFreeId('T3', ['T1', 'T2', 'T3'])).toBe('T4');
    expect(nextFreeId('afp-2025-04-15', ['afp-2025-04-15', 'afp-2025-04-15-2'])).toBe(
      'afp-2025-04-15-3',
    );
  });

  test('a misspelt place or source id gets "did you mean"', () => {
    const d = smallDataset();
    d.incidents[0]!.place = 'prison-nort';
    d.incidents[1]!.sources = ['agency-b'];
    const text = problemsOf(d).join('\n');
    expect(text).toContain(
      'incidents[0].place (record "I01"): No place has the id "prison-nort". Did you mean "prison-north"? Add it to "places" or fix the spelling',
    );
    expect(text).toContain('No source has the id "agency-b". Did you mean "agency-a"?');
  });

  test('a correction dated after today is refused; today or earlier is fine', () => {
    const d = smallDataset();
    d.corrections = [{ id: 'soon', date: '2025-12-03', kind: 'correction', text: 'Fixed.' }];
    expect(validateDataset(d, { today: '2025-12-03' }).ok).toBe(true);
    const r = validateDataset(d, { today: '2025-12-02' });
    expect(r.ok ? [] : r.problems.map((p) => describeProblem(d, p))).toEqual([
      'corrections[0].date (record "soon"): A correction cannot be dated in the future (today is 2025-12-02): date it the day it is published. Found "2025-12-03".',
    ]);
  });

  test('a day that is not in the calendar is refused', () => {
    const d = smallDataset();
    d.statistics[0]!.asOf = '2025-02-30';
    expect(problemsOf(d)).toEqual([
      expect.stringMatching(
        /^statistics\[0\]\.asOf \(record "drug-detainees"\): This day does not exist/,
      ),
    ]);
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
    expect(
      ['2025-summer', '2025-05-02', '2025-07'].sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
    ).toEqual(['2025-05-02', '2025-summer', '2025-07']);
    expect(daysBetween('2025-04-13', '2025-04-14')).toBe(1);
  });
});
