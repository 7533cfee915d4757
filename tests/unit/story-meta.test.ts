import { describe, expect, test } from 'vitest';
import { storyDates, storyFrontmatter } from '../../src/data/storyMeta.ts';
import { methodology } from '../../src/data/methodology.ts';
import { smallDataset } from '../support/fixtures.ts';

const front = {
  title: 'Under fire',
  standfirst: 'What happened.',
  byline: 'By the desk',
  published: '2025-11-24',
};

describe('storyFrontmatter(input)', () => {
  test('accepts the fields the story needs', () =>
    expect(storyFrontmatter(front).published).toBe('2025-11-24'));
  test('names the story file and every bad field at once', () => {
    expect(() => storyFrontmatter({ ...front, byline: '', published: '2025-02-30' })).toThrow(
      /content\/story\.mdx: 2 problems in the frontmatter:\n {2}✗ frontmatter\.byline: The byline must not be empty\.\n {2}✗ frontmatter\.published: .*YYYY-MM-DD/,
    );
  });
  test('a missing title says what to add', () =>
    expect(() => storyFrontmatter({ ...front, title: undefined })).toThrow(
      /Add a title to the frontmatter/,
    ));
});

describe('storyDates(published, corrections)', () => {
  test('without corrections the story was modified when published', () => {
    expect(storyDates('2025-11-24', [])).toEqual({
      published: '2025-11-24',
      modified: '2025-11-24',
      latest: undefined,
    });
  });
  test('the newest correction or update sets the modified day and the top notice', () => {
    const corrections = [
      { id: 'a', date: '2025-11-30', kind: 'update' as const, text: 'Added the trial date.' },
      { id: 'b', date: '2025-12-02', kind: 'correction' as const, text: 'Fixed a count.' },
    ];
    const dates = storyDates('2025-11-24', corrections);
    expect(dates.modified).toBe('2025-12-02');
    expect(dates.latest?.id).toBe('b');
  });
  test('a correction dated before publication is refused, naming it', () => {
    expect(() =>
      storyDates('2025-11-24', [
        { id: 'early', date: '2025-11-01', kind: 'correction', text: 'x' },
      ]),
    ).toThrow(/corrections "early" is dated 2025-11-01, before/);
  });
});

describe('methodology(d)', () => {
  test("lists every approximate record with the data file's own note", () => {
    const d = smallDataset();
    const m = methodology(d);
    expect(m.counts.incidents).toBe(d.incidents.length);
    expect(m.townOnly.map((c) => c.id)).toEqual(
      d.places.filter((p) => p.precision === 'town').map((p) => p.id),
    );
    expect(m.unlocated.map((c) => c.id)).toEqual(
      d.places.filter((p) => p.precision === 'unlocated').map((p) => p.id),
    );
    expect(m.disputedCounts.map((c) => c.note)).toEqual(
      d.incidents.flatMap((i) => (i.countNote ? [i.countNote] : [])),
    );
    expect(m.unconfirmedLinks).toHaveLength(
      d.incidents.filter((i) => i.link === 'unconfirmed').length,
    );
  });
  test('follows an edit: a night marked uncertain appears with its timing note', () => {
    const d = smallDataset();
    d.incidents[0]!.nightConfirmed = false;
    d.incidents[0]!.timeNote = 'Reported the next morning.';
    const m = methodology(d);
    expect(m.uncertainNights.find((c) => c.id === d.incidents[0]!.id)?.note).toBe(
      'Reported the next morning.',
    );
    expect(m.uncertainNights[0]!.label).toMatch(/, night of \d+/);
  });
});
