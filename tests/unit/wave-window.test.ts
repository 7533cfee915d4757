/**
 * An incident outside the wave's window (meta.wave) is on the map but not in the prose's counts or
 * the chart: the check says so, naming the record, its line, the window and how to include it, and
 * the prose can print the wave's last date from the data rather than from a fixed record.
 */
import { describe, expect, test } from 'vitest';
import { formatMessage, lintContent } from '../../src/lint/index.ts';
import { dataSummary, lintWave, NEAR_WAVE_DAYS } from '../../src/lint/wave.ts';
import { dataLocator } from '../../src/lint/locate.ts';
import { derivedDates, storyDate, storyNumber } from '../../src/data/storyNumbers.ts';
import { addDays } from '../../src/data/views.ts';
import { smallDataset } from '../support/fixtures.ts';

const STORY = 'Over <Num of="wave.nights" /> nights, to <DateOf event="wave.last-incident" />.\n';

/** The small fixture (wave 2025-04-13 to 16) with one more incident on `night`, appended at the end. */
function withIncidentOn(night: string) {
  const d = smallDataset();
  d.incidents.push({
    ...d.incidents[0]!,
    id: 'I07',
    night,
    date: addDays(night, 1),
    summary: 'A new incident.',
  });
  return d;
}

describe('lintWave(d, file, locate)', () => {
  test('an incident two nights after the wave: a warning naming the record, its line, the window and the fix', () => {
    const d = withIncidentOn('2025-04-18');
    const text = JSON.stringify(d, null, 2);
    const line = text.slice(0, text.indexOf('"night": "2025-04-18"')).split('\n').length;
    expect(lintWave(d, 'data.json', dataLocator(text)).map(formatMessage)).toEqual([
      `  ⚠ data.json:${line}:7: incidents[6].night (record "I07"): Its night, 2025-04-18, is after the wave: the wave's nights run from 2025-04-13 to 2025-04-16 (meta.wave). ` +
        'The map shows it, but the prose\'s counts and the attack-wave chart leave it out. To count it in the wave, set meta.wave.lastNight to "2025-04-18"; if it is aftermath, leave the window as it is.',
    ]);
  });

  test('one before the wave names firstNight', () => {
    const d = withIncidentOn('2025-04-11');
    expect(
      lintWave(d, 'data.json', dataLocator(JSON.stringify(d)))
        .map((m) => m.message)
        .join(),
    ).toContain('set meta.wave.firstNight to "2025-04-11"');
  });

  test(`incidents inside the wave, or more than ${NEAR_WAVE_DAYS} days after it (aftermath, like the fixture's I06 in July), give no warning`, () => {
    const d = smallDataset();
    expect(lintWave(d, 'data.json', dataLocator(JSON.stringify(d)))).toEqual([]);
    const late = withIncidentOn(addDays(d.meta.wave.lastNight, NEAR_WAVE_DAYS + 1));
    expect(lintWave(late, 'data.json', dataLocator(JSON.stringify(late)))).toEqual([]);
  });

  test('following the warning brings the incident into the counts and moves the derived last date', () => {
    const d = withIncidentOn('2025-04-18');
    // wave.incidents counts established incidents (four in the fixture; the new one copies I01, established).
    expect(storyNumber(d, 'wave.incidents')).toBe(4);
    expect(storyDate(d, 'wave.last-incident')).toBe('2025-04-17');
    d.meta.wave.lastNight = '2025-04-18';
    expect(lintWave(d, 'data.json', dataLocator(JSON.stringify(d)))).toEqual([]);
    expect(storyNumber(d, 'wave.incidents')).toBe(5);
    expect(storyDate(d, 'wave.last-incident')).toBe('2025-04-19');
  });

  test('lintContent runs it: the warning reaches npm run check', () => {
    const d = withIncidentOn('2025-04-18');
    const messages = lintContent({
      storyText: STORY,
      storyFile: 'story.mdx',
      dataText: JSON.stringify(d),
      dataFile: 'data.json',
    });
    expect(messages.filter((m) => m.severity === 'warning').map((m) => m.where)).toContain(
      'incidents[6].night (record "I07")',
    );
  });
});

describe('dataSummary(d)', () => {
  test('counts each list and names the incidents outside the wave', () => {
    expect(dataSummary(smallDataset())).toBe(
      '6 incidents, 4 places, 4 timeline events, 11 statistics, 3 sources; 5 in the wave (nights 2025-04-13 to 2025-04-16), 1 outside it, on the map only (I06, night 2025-07-11).',
    );
  });
});

describe('derivedDates(d)', () => {
  test("the wave's first and last nights and incidents, each saying what it is", () => {
    const dates = derivedDates(smallDataset());
    expect(Object.fromEntries(Object.entries(dates).map(([k, v]) => [k, v.date]))).toEqual({
      'wave.first-night': '2025-04-13',
      'wave.last-night': '2025-04-16',
      'wave.first-incident': '2025-04-13',
      'wave.last-incident': '2025-04-17',
    });
    for (const [name, v] of Object.entries(dates)) expect(v.means, name).toMatch(/\w{4,}/);
  });

  test('a misspelt derived date gets "did you mean"', () => {
    expect(() => storyDate(smallDataset(), 'wave.last-incidnet')).toThrow(
      /Did you mean "wave\.last-incident"\?/,
    );
  });
});
