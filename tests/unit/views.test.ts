import { describe, expect, test } from 'vitest';
import {
  addDays,
  aftermathIncidents,
  countsByNight,
  countsByNightAndType,
  countsByType,
  departements,
  incidentsByPlace,
  locatedPlaces,
  share,
  statistic,
  totalCount,
  waveIncidents,
  waveNights,
} from '../../src/data/views.ts';
import { smallDataset } from '../support/fixtures.ts';

describe('derived views', () => {
  test('waveIncidents(d) keeps incidents whose night is inside meta.wave, inclusive', () => {
    const d = smallDataset();
    expect(waveIncidents(d).map((i) => i.id)).toEqual(['I01', 'I02', 'I03', 'I04', 'I05']);
    expect(aftermathIncidents(d).map((i) => i.id)).toEqual(['I06']);
  });

  test('waveNights(d) lists every night of the wave, including nights without incidents', () => {
    const d = smallDataset();
    d.meta.wave.lastNight = '2025-04-18';
    expect(waveNights(d)).toEqual([
      '2025-04-13',
      '2025-04-14',
      '2025-04-15',
      '2025-04-16',
      '2025-04-17',
      '2025-04-18',
    ]);
  });

  test('addDays(day, k) crosses month ends', () => {
    expect(addDays('2025-04-30', 1)).toBe('2025-05-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  test('countsByNight(d) counts incidents per night with zeros', () => {
    const d = smallDataset();
    expect(countsByNight(d)).toEqual([
      { night: '2025-04-13', count: 2 },
      { night: '2025-04-14', count: 1 },
      { night: '2025-04-15', count: 1 },
      { night: '2025-04-16', count: 1 },
    ]);
  });

  test('countsByNightAndType(d) gives one row per night and type, summing to the wave total', () => {
    const d = smallDataset();
    const rows = countsByNightAndType(d);
    expect(rows.reduce((s, r) => s + r.count, 0)).toBe(waveIncidents(d).length);
    expect(rows.find((r) => r.night === '2025-04-13' && r.type === 'arson')?.count).toBe(2);
    expect(rows.find((r) => r.night === '2025-04-14' && r.type === 'gunfire')?.count).toBe(1);
  });

  test('countsByType(incidents) lists only types that occur, most frequent first', () => {
    const d = smallDataset();
    expect(countsByType(waveIncidents(d))).toEqual([
      { type: 'arson', count: 3 },
      { type: 'attempted-arson', count: 1 },
      { type: 'gunfire', count: 1 },
    ]);
  });

  test('incidentsByPlace(d, incidents) groups by place in first-incident order', () => {
    const d = smallDataset();
    const groups = incidentsByPlace(d, waveIncidents(d));
    expect(groups.map((g) => [g.place.id, g.incidents.length])).toEqual([
      ['school-south', 1],
      ['prison-north', 2],
      ['home-east', 1],
      ['office-west', 1],
    ]);
  });

  test('totalCount(incidents, key) sums a count, missing counts adding nothing', () => {
    const d = smallDataset();
    expect(totalCount(waveIncidents(d), 'vehiclesBurned')).toBe(12);
    expect(totalCount(waveIncidents(d), 'bulletImpacts')).toBe(15);
    expect(totalCount(waveIncidents(d), 'homesHit')).toBe(0);
  });

  test('departements(d, incidents) lists distinct départements', () => {
    const d = smallDataset();
    expect(departements(d, waveIncidents(d))).toHaveLength(4);
  });

  test('share(part, whole) is a fraction and refuses a zero whole', () => {
    expect(share(700, 17000)).toBeCloseTo(0.041176, 5);
    expect(() => share(1, 0)).toThrow(/whole must be positive/);
  });

  test('statistic(d, id) finds a statistic and names a missing id', () => {
    const d = smallDataset();
    expect(statistic(d, 'drug-detainees').value).toBe(17000);
    expect(() => statistic(d, 'nope')).toThrow(/"nope"/);
  });

  test('locatedPlaces(places) drops places without coordinates', () => {
    const d = smallDataset();
    expect(locatedPlaces(d.places).map((p) => p.id)).not.toContain('office-west');
    expect(locatedPlaces(d.places)).toHaveLength(3);
  });
});
