/**
 * The standards desk's guards (src/data/standards.ts): each takes the valid small fixture, breaks
 * it the way the fact-check found the real file broken, and expects the check to name the record,
 * the field and what to do. The real data file passes them all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { dateMentions, identifyingDetail, outletKey } from '../../src/data/standards.ts';
import { describeProblem, validateDataset } from '../../src/data/validate.ts';

const raw = () => JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));

/** The problems of a patched copy of the small fixture, as the build prints them. */
function problems(patch: (d: any) => void): string[] {
  const d = raw();
  patch(d);
  const result = validateDataset(d);
  return result.ok ? [] : result.problems.map((p) => describeProblem(d, p));
}

describe('the fixtures and the real data pass every guard', () => {
  test.each([
    'tests/fixtures/small.json',
    'tests/fixtures/hostile.json',
    'content/data/prison-attacks.json',
  ])('%s', (file) => {
    const result = validateDataset(JSON.parse(readFileSync(file, 'utf8')));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

describe('established needs investigators or two outlets', () => {
  test('one outlet and no attribution: the record is named, with the three ways out', () => {
    const found = problems((d) => delete d.incidents[0].attribution);
    expect(found).toEqual([
      expect.stringMatching(
        /^incidents\[0\]\.link \(record "I01"\): Marked "established" on one outlet only \(Agency A\).*"attribution".*"unconfirmed"/,
      ),
    ]);
  });

  test('two sources from the same outlet are one outlet; two copies of one agency are one outlet', () => {
    expect(
      problems((d) => {
        delete d.incidents[0].attribution;
        d.sources.push({
          ...d.sources[0],
          id: 'agency-a-mirror',
          outlet: 'Agency A (mirror)',
          url: 'https://example.org/mirror',
        });
        d.incidents[0].sources = ['agency-a', 'agency-a-mirror'];
      }),
    ).toHaveLength(1);
    expect(outletKey('Blick (AFP)')).toBe(outletKey('TRT World (AFP)'));
    expect(outletKey('Libération (mirror)')).toBe(outletKey('Libération'));
    expect(outletKey('BFMTV')).not.toBe(outletKey('RTL'));
  });

  test('a second outlet, an attribution, or "unconfirmed" each satisfy the rule', () => {
    expect(
      problems(
        (d) =>
          (d.incidents[0].sources = ['agency-a', 'paper-b']) && delete d.incidents[0].attribution,
      ),
    ).toEqual([]);
    expect(
      problems((d) => (d.incidents[0].attribution = 'The prosecutor included it in the case.')),
    ).toEqual([]);
    expect(
      problems((d) => (d.incidents[0].link = 'unconfirmed') && delete d.incidents[0].attribution),
    ).toEqual([]);
  });
});

describe('homes at commune level', () => {
  test.each([
    [
      "a residence name in a home's location note",
      (d: any) =>
        (d.places[2].locationNote =
          'Commune centre; the building (résidence de la Maillette) was not located.'),
      /places\[2\]\.locationNote \(record "home-east"\).*a street, building or residence name \("résidence de la Maillette"\)/,
    ],
    [
      "a street in a home's name",
      (d: any) => (d.places[2].name = 'Home of an officer, rue Victor Hugo'),
      /places\[2\]\.name .*"rue Victor Hugo"/,
    ],
    [
      'a house number',
      (d: any) => (d.places[2].locationNote = 'At 12 avenue de la Gare.'),
      /street address/,
    ],
    [
      'a role that singles the officer out',
      (d: any) =>
        (d.incidents[3].summary =
          'The car of an officer, a staff representative, was burned outside his home.'),
      /incidents\[3\]\.summary \(record "I04"\).*staff representative/,
    ],
    [
      'a personal detail',
      (d: any) =>
        (d.incidents[3].summary = 'An officer, on sick leave for a year, was struck at her home.'),
      /sick leave/,
    ],
    [
      'exact coordinates for a home',
      (d: any) => (d.places[2].precision = 'exact'),
      /places\[2\]\.precision .*commune level/,
    ],
  ])('%s is refused', (_, patch, expected) => {
    expect(problems(patch)).toEqual([expect.stringMatching(expected)]);
  });

  test('the same words about a prison, not a home, are allowed', () => {
    expect(
      problems(
        (d) =>
          (d.places[0].locationNote =
            'Coordinates of the prison, 133 avenue de la Commune de Paris.'),
      ),
    ).toEqual([]);
  });

  test.each([
    [
      'a residence name',
      'Des poubelles ont brûlé devant la résidence des Tilleuls.',
      /incidents\[3\]\.fr\.summary \(record "I04"\): .*a street, building or residence name \("résidence des Tilleuls"\)/,
    ],
    [
      'a union role',
      'La victime, déléguée syndicale, a été menacée.',
      /incidents\[3\]\.fr\.summary .*staff representative/,
    ],
    ['an age', 'Une surveillante âgée de 45 ans a été visée.', /incidents\[3\]\.fr\.summary .*age/],
  ])('the French text of a home is checked too: %s', (_, text, expected) => {
    expect(problems((d) => (d.incidents[3].fr.summary = text))).toEqual([
      expect.stringMatching(expected),
    ]);
  });

  test('an address word before the commune itself is no detail, in either language', () => {
    expect(
      problems((d) => (d.incidents[3].fr.summary = "Le hall d'un immeuble d'Easttown a brûlé.")),
    ).toEqual([]);
    expect(identifyingDetail("l'immeuble de Villenoy", new Set(['Villenoy']))).toBeUndefined();
    expect(identifyingDetail("l'immeuble de Villenoy")?.match).toBe('immeuble de Villenoy');
    expect(identifyingDetail('la résidence de Farlède', new Set(['La Farlède']))).toBeUndefined();
  });

  test('identifyingDetail finds names but not ordinary words', () => {
    expect(identifyingDetail('outside a residence housing justice-ministry staff')).toBeUndefined();
    expect(identifyingDetail('the Maillette Residence')).toBeUndefined();
    expect(identifyingDetail('in Residence of the Pines')?.match).toBe('Residence of the Pines');
    expect(identifyingDetail('on Station Road')?.match).toBe('Station Road');
  });
});

describe('nothing after the "checked" date', () => {
  test.each([
    [
      'a timeline event',
      (d: any) => (d.timeline[3].date = '2026-01-05'),
      /timeline\[3\]\.date .*after the day the data was checked \(meta\.checked, 2025-12-31\)/,
    ],
    [
      'an incident',
      (d: any) => (d.incidents[5].date = '2026-01-06') && (d.incidents[5].night = '2026-01-05'),
      /incidents\[5\]\.date .*after the day the data was checked/,
    ],
    [
      'a statistic',
      (d: any) => (d.statistics[0].asOf = '2026-01'),
      /statistics\[0\]\.asOf .*after the day/,
    ],
    [
      'a source',
      (d: any) => (d.sources[0].date = '2026-01-21'),
      /sources\[0\]\.date .*after the day/,
    ],
    [
      'a date in a note',
      (d: any) =>
        (d.statistics[0].note = '37 detainees were held after a transfer on 21 January 2026.'),
      /statistics\[0\]\.note .*reports "21 January 2026"/,
    ],
    [
      'a month in a summary',
      (d: any) => (d.timeline[0].summary = 'It was full by January 2026.'),
      /timeline\[0\]\.summary .*reports "January 2026"/,
    ],
    [
      'a date in a French summary',
      (d: any) => (d.timeline[0].fr.summary = 'Elle était pleine le 1er janvier 2026.'),
      /timeline\[0\]\.fr\.summary .*reports "1er janvier 2026"/,
    ],
    [
      'a month in a French note',
      (d: any) =>
        (d.statistics[0].fr = { ...d.statistics[0].fr, note: 'Chiffre de février 2026.' }),
      /statistics\[0\]\.fr\.note .*reports "février 2026"/,
    ],
  ])('%s dated after it is refused', (_, patch, expected) => {
    expect(problems(patch)).toEqual([expect.stringMatching(expected)]);
  });

  test('a plan announced before the check for a later day is not a report from the future', () => {
    expect(
      problems(
        (d) =>
          (d.timeline[0].summary =
            "The new prosecutor's office is due to start on 1 January 2026."),
      ),
    ).toEqual([]);
    expect(dateMentions('due to start on 1 January 2026')).toEqual([
      { iso: '2026-01-01', match: '1 January 2026', planned: true },
    ]);
    expect(dateMentions('after a transfer on 21 January 2026')[0]!.planned).toBe(false);
    expect(dateMentions('le parquet doit ouvrir le 1er janvier 2026')).toEqual([
      { iso: '2026-01-01', match: '1er janvier 2026', planned: true },
    ]);
    expect(dateMentions('après un transfert le 21 janvier 2026')[0]!.planned).toBe(false);
  });

  test('moving "checked" to the later day accepts the record', () => {
    expect(
      problems((d) => (d.timeline[3].date = '2026-01-05') && (d.meta.checked = '2026-01-05')),
    ).toEqual([]);
  });
});
