import { describe, expect, test } from 'vitest';
import {
  datePrecision,
  formatDate,
  formatNumber,
  nightLabel,
  shortDay,
} from '../../src/data/format.ts';

describe('formatNumber(value, format)', () => {
  test('groups thousands in British English', () => expect(formatNumber(17000)).toBe('17,000'));
  test('spells out whole numbers under ten with "words"', () => {
    expect(formatNumber(7, 'words')).toBe('seven');
    expect(formatNumber(0, 'words')).toBe('zero');
    expect(formatNumber(12, 'words')).toBe('12');
  });
  test('reads a fraction as a percentage, one decimal under 10%', () => {
    expect(formatNumber(700 / 17000, 'percent')).toBe('4.1%');
    expect(formatNumber(17000 / 82912, 'percent')).toBe('21%');
  });
  test('reads a fraction as "1 in N" with "ratio"', () =>
    expect(formatNumber(700 / 17000, 'ratio')).toBe('1 in 24'));
  test('refuses non-finite numbers', () =>
    expect(() => formatNumber(Number.NaN)).toThrow(/finite/));
});

describe('dates', () => {
  test('datePrecision(date) reads the precision from the form', () => {
    expect(datePrecision('2025-04-15')).toBe('day');
    expect(datePrecision('2025-04')).toBe('month');
    expect(datePrecision('2025-summer')).toBe('season');
    expect(datePrecision('2025')).toBe('year');
  });
  test('formatDate(date) prints only the precision the date has', () => {
    expect(formatDate('2025-04-15')).toBe('15 April 2025');
    expect(formatDate('2025-04-15', { year: false })).toBe('15 April');
    expect(formatDate('2025-07')).toBe('July 2025');
    expect(formatDate('2025-summer')).toBe('summer 2025');
    expect(formatDate('2025')).toBe('2025');
  });
  test('shortDay(day) and nightLabel(day) label axes and nights', () => {
    expect(shortDay('2025-04-13')).toBe('13 Apr');
    expect(nightLabel('2025-04-13')).toBe('13–14 April');
    expect(nightLabel('2025-04-30')).toBe('30 April–1 May');
  });
});
