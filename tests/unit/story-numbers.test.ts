import { describe, expect, test } from 'vitest';
import { derivedNumbers, storyNumber } from '../../src/data/storyNumbers.ts';
import { smallDataset } from '../support/fixtures.ts';

describe('storyNumber(d, name)', () => {
  test('reads derived numbers from the data', () => {
    const d = smallDataset();
    expect(storyNumber(d, 'wave.incidents')).toBe(5);
    expect(storyNumber(d, 'wave.nights')).toBe(4);
    expect(storyNumber(d, 'wave.places')).toBe(4);
    expect(storyNumber(d, 'wave.vehicles-burned')).toBe(12);
    expect(storyNumber(d, 'wave.ddpf')).toBe(2);
    expect(storyNumber(d, 'wave.unconfirmed')).toBe(1);
    expect(storyNumber(d, 'wave.unlocated-places')).toBe(1);
  });

  test('follows an edit to the data', () => {
    const d = smallDataset();
    d.incidents[0]!.counts.vehiclesBurned = 9;
    expect(storyNumber(d, 'wave.vehicles-burned')).toBe(14);
  });

  test('reads statistics by id and one incident count by path', () => {
    const d = smallDataset();
    expect(storyNumber(d, 'drug-detainees')).toBe(17000);
    expect(storyNumber(d, 'share.most-dangerous')).toBeCloseTo(700 / 17000);
    expect(storyNumber(d, 'incident.I03.bulletImpacts')).toBe(15);
  });

  test('names the problem when a name is unknown', () => {
    const d = smallDataset();
    expect(() => storyNumber(d, 'wave.bogus')).toThrow(/No number is called "wave.bogus".*drug-detainees/);
    expect(() => storyNumber(d, 'incident.I99.bulletImpacts')).toThrow(/No incident has the id "I99"/);
    expect(() => storyNumber(d, 'incident.I01.bulletImpacts')).toThrow(/has no count "bulletImpacts"/);
  });

  test('every derived number says what it means', () => {
    for (const [name, n] of Object.entries(derivedNumbers(smallDataset()))) {
      expect(n.means, name).toMatch(/\w{4,}/);
      expect(Number.isFinite(n.value), name).toBe(true);
    }
  });
});
