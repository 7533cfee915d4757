/**
 * Corrections are guarded: one dated after today is refused (tests/unit/rules.test.ts), one that
 * names a record that does not exist is refused, and after a correction to a number the check
 * warns while the record's own text still states the old number.
 */
import { describe, expect, test } from 'vitest';
import { describeProblem, validateDataset } from '../../src/data/validate.ts';
import { formatMessage, lintContent } from '../../src/lint/index.ts';
import { lintCorrections, statesNumber } from '../../src/lint/corrections.ts';
import { dataLocator } from '../../src/lint/locate.ts';
import { smallDataset } from '../support/fixtures.ts';

/** The small fixture with I03's bullet impacts corrected from 15 to 12, its summary as given. */
function corrected(summary: string) {
  const d = smallDataset();
  const i3 = d.incidents.find((i) => i.id === 'I03')!;
  i3.counts.bulletImpacts = 12;
  i3.summary = summary;
  d.corrections = [
    {
      id: '2025-12-02-impacts',
      date: '2025-12-02',
      kind: 'correction',
      text: 'An earlier version said 15 impacts; the prosecutor says 12.',
      record: 'I03',
      was: 15,
    },
  ];
  return d;
}

describe('lintCorrections(d, file, locate)', () => {
  test("the record's summary still says the old number: a warning naming the record, the field, its line and what to do", () => {
    const d = corrected('About 15 bullet impacts were counted on the gate.');
    const text = JSON.stringify(d, null, 2);
    const line = text.slice(0, text.indexOf('"summary": "About 15')).split('\n').length;
    const index = d.incidents.findIndex((i) => i.id === 'I03');
    expect(lintCorrections(d, 'data.json', dataLocator(text)).map(formatMessage)).toEqual([
      `  ⚠ data.json:${line}:7: incidents[${index}].summary (record "I03"): The correction "2025-12-02-impacts" says this record used to state 15, but its summary still does: "About 15 bullet impacts were counted on the gate.". Fix the text too (the correction explains the change; it does not make it).`,
    ]);
  });

  test('fixed text gives no warning, and neither does a correction without record and was', () => {
    const d = corrected('About 12 bullet impacts were counted on the gate.');
    expect(lintCorrections(d, 'data.json', dataLocator(JSON.stringify(d)))).toEqual([]);
    const plain = smallDataset();
    plain.corrections = [{ id: 'c', date: '2025-12-02', kind: 'update', text: 'Fifteen things.' }];
    expect(lintCorrections(plain, 'data.json', dataLocator(JSON.stringify(plain)))).toEqual([]);
  });

  test('lintContent runs it, so npm run check shows the warning', () => {
    const d = corrected('Fifteen impacts.');
    expect(lintCorrections(d, 'data.json', dataLocator(JSON.stringify(d)))).toHaveLength(0); // 15 has no word form here: only up to twelve
    const d3 = corrected('Three cars burned.');
    d3.corrections[0]!.was = 3;
    const messages = lintContent({
      storyText: 'Text.\n',
      storyFile: 'story.mdx',
      dataText: JSON.stringify(d3),
      dataFile: 'data.json',
    });
    expect(messages.filter((m) => m.severity === 'warning').map((m) => m.where)).toContain(
      `incidents[2].summary (record "I03")`,
    );
  });
});

describe('statesNumber(text, n)', () => {
  test.each([
    ['About 15 impacts', 15, true],
    ['About 150 impacts', 15, false],
    ['1.5 km away', 15, false],
    ['17,000 people', 17000, true],
    ['17 000 people', 17000, true],
    ['Three cars', 3, true],
    ['thirteen cars', 3, false],
    ['in 2025', 20, false],
  ])('%s states %i: %s', (text, n, yes) => {
    expect(statesNumber(text, n)).toBe(yes);
  });
});

describe("the correction's record must exist", () => {
  test('an unknown record id is refused with "did you mean"; was without record is refused', () => {
    const d = smallDataset();
    d.corrections = [
      { id: 'a', date: '2025-12-01', kind: 'correction', text: 'Fixed.', record: 'I3', was: 2 },
      { id: 'b', date: '2025-12-02', kind: 'correction', text: 'Fixed.', was: 2 },
    ];
    const r = validateDataset(d);
    expect(r.ok ? [] : r.problems.map((p) => describeProblem(d, p))).toEqual([
      'corrections[0].record (record "a"): No incident, place, timeline event or statistic has the id "I3". Did you mean "I03"? Use the id of the record the correction changed. Found "I3".',
      'corrections[1].was (record "b"): Say which record the old number was in: add "record" with its id. Found 2.',
    ]);
  });
});
