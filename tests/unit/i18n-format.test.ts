import { describe, expect, test } from 'vitest';
import { formats } from '../../src/i18n/format.ts';
import { langOfPath, localPath } from '../../src/i18n/lang.ts';
import { besideUnconfirmed } from '../../src/graphics/unconfirmed.ts';

const fr = formats('fr');
const en = formats('en');
/** The narrow no-break space French groups digits with and sets before "%" (U+202F). */
const NNBSP = '\u202f';
/** The no-break space Intl sets before "%" in French (U+00A0). */
const NBSP = '\u00a0';

describe("formats('fr')", () => {
  test('groups thousands with a narrow no-break space', () =>
    expect(fr.number(17000)).toBe(`17${NNBSP}000`));
  test('writes decimals with a comma', () => expect(fr.number(1234.5)).toBe(`1${NNBSP}234,5`));
  test('writes a percentage with a comma and a no-break space', () => {
    expect(fr.number(700 / 17000, 'percent')).toBe(`4,1${NBSP}%`);
    expect(fr.number(17000 / 82912, 'percent')).toBe(`21${NBSP}%`);
  });
  test('reads a ratio as "1 sur N"', () =>
    expect(fr.number(700 / 17000, 'ratio')).toBe(`1 sur 24`));
  test('spells out numbers under ten in French, "une" before a feminine noun', () => {
    expect(fr.number(7, 'words')).toBe('sept');
    expect(fr.number(1, 'words')).toBe('un');
    expect(fr.number(1, 'words', 'f')).toBe('une');
    expect(fr.number(12, 'words')).toBe('12');
  });
  test('writes dates in French, with "1er" for the first of the month', () => {
    expect(fr.date('2025-04-13')).toBe('13 avril 2025');
    expect(fr.date('2025-04-13', { year: false })).toBe('13 avril');
    expect(fr.date('2025-05-01')).toBe('1er mai 2025');
    expect(fr.date('2025-07')).toBe('juillet 2025');
    expect(fr.date('2025-summer')).toBe('été 2025');
    expect(fr.date('2025')).toBe('2025');
  });
  test('says a night as French does', () => {
    expect(fr.nightPhrase('2025-04-14')).toBe('nuit du 14 au 15 avril');
    expect(fr.nightPhrase('2025-04-30')).toBe('nuit du 30 avril au 1er mai');
    expect(fr.night('2025-04-14')).toBe('14–15 avril');
  });
  test('says a span of days with "du … au …"', () => {
    expect(fr.dayRange('2025-04-13', '2025-04-24')).toBe('du 13 au 24 avril');
    expect(fr.dayRange('2025-12-28', '2026-01-03')).toBe('du 28 décembre 2025 au 3 janvier 2026');
  });
  test('follows French plural rules: 0 and 1 are singular', () => {
    expect(fr.count(0, ['incident', 'incidents'])).toBe('0 incident');
    expect(fr.count(1, ['voiture', 'voitures'], { words: true, gender: 'f' })).toBe('une voiture');
    expect(fr.count(2, ['voiture', 'voitures'], { words: true })).toBe('deux voitures');
    expect(en.count(0, ['incident', 'incidents'])).toBe('0 incidents');
  });
  test('abbreviates a day for axes', () => expect(fr.shortDay('2025-04-13')).toBe('13 avr.'));
  test('joins a list with "et"', () => expect(fr.list(['a', 'b', 'c'])).toBe('a, b et c'));
});

describe("formats('en') keeps the English house style", () => {
  test.each([
    [en.number(17000), '17,000'],
    [en.number(700 / 17000, 'percent'), '4.1%'],
    [en.number(700 / 17000, 'ratio'), '1 in 24'],
    [en.date('2025-04-01'), '1 April 2025'],
    [en.night('2025-04-30'), '30 April–1 May'],
    [en.nightPhrase('2025-04-13'), 'night of 13–14 April'],
    [en.dayRange('2025-04-30', '2025-05-02'), '30 April to 2 May'],
  ])('%s is %s', (got, want) => expect(got).toBe(want));
});

describe('edition paths', () => {
  test('localPath(lang, path) puts French pages under /fr', () => {
    expect(localPath('fr', '/data/')).toBe('/fr/data/');
    expect(localPath('en', '/data/')).toBe('/data/');
  });
  test('langOfPath(path) reads the edition from the first segment', () => {
    expect(langOfPath('/fr/embed/attack-wave/')).toBe('fr');
    expect(langOfPath('/embed/attack-wave/')).toBe('en');
    expect(langOfPath('/')).toBe('en');
  });
});

describe('besideUnconfirmed(lang, n): the unconfirmed beside a count, agreeing with n', () => {
  test.each([
    ['fr', 1, ', et un autre dont le lien avec la vague n’est pas confirmé (en creux)'],
    ['fr', 2, ', et deux autres dont le lien avec la vague n’est pas confirmé (en creux)'],
    ['en', 1, ', and one more whose link to the wave is unconfirmed (drawn hollow)'],
    ['en', 0, ''],
  ] as const)('%s, %i', (lang, n, want) => expect(besideUnconfirmed(lang, n)).toBe(want));
});
