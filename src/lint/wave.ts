/**
 * The wave's window (meta.wave.firstNight to lastNight) decides what the prose counts and the
 * attack-wave chart draw; an incident outside it is only on the map. So the check says which
 * incidents fall outside: a warning for one within NEAR_WAVE_DAYS of the window (most likely a
 * new incident of the wave that the window does not yet cover), and every one in the summary line.
 * Pure.
 */
import { daysBetween } from '../data/dates.ts';
import type { Dataset } from '../data/schema.ts';
import { waveIncidents } from '../data/views.ts';
import type { Locate } from './locate.ts';
import type { LintMessage } from './message.ts';

/** An incident this many days or fewer outside the window is probably part of the wave: the check warns. */
export const NEAR_WAVE_DAYS = 14;

export function lintWave(d: Dataset, file: string, locate: Locate): LintMessage[] {
  const { firstNight, lastNight } = d.meta.wave;
  const window = `the wave's nights run from ${firstNight} to ${lastNight} (meta.wave)`;
  return d.incidents.flatMap((incident): LintMessage[] => {
    const after = incident.night > lastNight;
    const before = incident.night < firstNight;
    if (!after && !before) return [];
    const days = after
      ? daysBetween(lastNight, incident.night)
      : daysBetween(incident.night, firstNight);
    if (days > NEAR_WAVE_DAYS) return [];
    const field = after ? 'lastNight' : 'firstNight';
    return [
      {
        severity: 'warning',
        file,
        ...locate('incidents', incident.id, 'night'),
        message:
          `Its night, ${incident.night}, is ${after ? 'after' : 'before'} the wave: ${window}. The map shows it, but the prose's counts and the attack-wave chart leave it out. ` +
          `To count it in the wave, set meta.wave.${field} to "${incident.night}"; if it is aftermath, leave the window as it is`,
      },
    ];
  });
}

/** The data check's one-line summary: how many records of each kind, and which incidents are outside the wave (on the map only). */
export function dataSummary(d: Dataset): string {
  const wave = waveIncidents(d);
  const outside = d.incidents.filter((i) => !wave.includes(i));
  const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
  return (
    `${plural(d.incidents.length, 'incident')}, ${plural(d.places.length, 'place')}, ${plural(d.timeline.length, 'timeline event')}, ` +
    `${plural(d.statistics.length, 'statistic')}, ${plural(d.sources.length, 'source')}; ` +
    `${wave.length} in the wave (nights ${d.meta.wave.firstNight} to ${d.meta.wave.lastNight})` +
    (outside.length
      ? `, ${outside.length} outside it, on the map only (${outside.map((i) => `${i.id}, night ${i.night}`).join('; ')})`
      : '') +
    '.'
  );
}
