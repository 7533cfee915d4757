import { describe, expect, test } from 'vitest';
import { derivedNumbers, storyNumber } from '../../src/data/storyNumbers.ts';
import { smallDataset } from '../support/fixtures.ts';

describe('storyNumber(d, name)', () => {
  test('reads derived numbers from the data', () => {
    const d = smallDataset();
    // Headline numbers count established incidents: I05 (unconfirmed, 4 vehicles, an unlocated office) is counted apart.
    expect(storyNumber(d, 'wave.incidents')).toBe(4);
    expect(storyNumber(d, 'wave.all-incidents')).toBe(5);
    expect(storyNumber(d, 'wave.nights')).toBe(4);
    expect(storyNumber(d, 'wave.places')).toBe(3);
    expect(storyNumber(d, 'wave.vehicles-burned')).toBe(8);
    expect(storyNumber(d, 'wave.ddpf')).toBe(2);
    expect(storyNumber(d, 'wave.unconfirmed')).toBe(1);
    expect(storyNumber(d, 'wave.unconfirmed-places')).toBe(1);
    expect(storyNumber(d, 'wave.unconfirmed-departements')).toBe(1);
    expect(storyNumber(d, 'wave.unconfirmed-vehicles-burned')).toBe(4);
    expect(storyNumber(d, 'wave.unlocated-places')).toBe(0);
  });

  test('follows an edit to the data', () => {
    const d = smallDataset();
    d.incidents[0]!.counts.vehiclesBurned = 9;
    expect(storyNumber(d, 'wave.vehicles-burned')).toBe(10);
  });

  test('flipping one incident to unconfirmed moves the headline numbers, and the unconfirmed beside them', () => {
    const d = smallDataset();
    const before = derivedNumbers(d);
    d.incidents.find((i) => i.id === 'I01')!.link = 'unconfirmed';
    const after = derivedNumbers(d);
    expect(after['wave.incidents']!.value).toBe(before['wave.incidents']!.value - 1);
    expect(after['wave.unconfirmed']!.value).toBe(before['wave.unconfirmed']!.value + 1);
    expect(after['wave.all-incidents']!.value).toBe(before['wave.all-incidents']!.value);
    expect(after['wave.vehicles-burned']!.value).toBe(before['wave.vehicles-burned']!.value - 7);
    expect(after['wave.places']!.value).toBe(before['wave.places']!.value - 1);
    expect(after['wave.departements']!.value).toBe(before['wave.departements']!.value - 1);
  });

  test('every count of incidents says which incidents it counts', () => {
    const numbers = derivedNumbers(smallDataset());
    for (const [name, n] of Object.entries(numbers))
      expect(['established', 'unconfirmed', 'all incidents', 'no incidents'], name).toContain(
        n.counts,
      );
    expect(numbers['wave.incidents']!.counts).toBe('established');
    expect(numbers['wave.unconfirmed']!.counts).toBe('unconfirmed');
  });

  test('reads statistics by id and one incident count by path', () => {
    const d = smallDataset();
    expect(storyNumber(d, 'drug-detainees')).toBe(17000);
    expect(storyNumber(d, 'share.most-dangerous')).toBeCloseTo(700 / 17000);
    expect(storyNumber(d, 'incident.I03.bulletImpacts')).toBe(15);
  });

  test('names the problem when a name is unknown', () => {
    const d = smallDataset();
    expect(() => storyNumber(d, 'wave.bogus')).toThrow(
      /No number is called "wave.bogus".*drug-detainees/,
    );
    expect(() => storyNumber(d, 'incident.I99.bulletImpacts')).toThrow(
      /No incident has the id "I99"/,
    );
    expect(() => storyNumber(d, 'incident.I01.bulletImpacts')).toThrow(
      /has no count "bulletImpacts"/,
    );
  });

  test('every derived number says what it means', () => {
    for (const [name, n] of Object.entries(derivedNumbers(smallDataset()))) {
      expect(n.means, name).toMatch(/\w{4,}/);
      expect(Number.isFinite(n.value), name).toBe(true);
    }
  });
});
