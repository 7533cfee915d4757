/**
 * Rules that span records, checked after the shape is right: unique ids, references that resolve,
 * real dates, nights next to their dates, coordinates inside metropolitan France, corrections not
 * dated in the future. Order is not a rule: the build sorts the ordered lists itself (order.ts).
 */
import type { Dataset } from './schema.ts';
import type { DataProblem } from './problem.ts';
import { daysBetween, isRealDay } from './dates.ts';
import { didYouMean } from './spelling.ts';

export { daysBetween, sortKey } from './dates.ts';

/** Metropolitan France with Corsica, a little generous: [west, south, east, north] in degrees. */
export const METROPOLITAN_FRANCE = [-5.5, 41.2, 9.8, 51.2] as const;

type Path = (string | number)[];

export interface RuleOptions {
  /** Today, YYYY-MM-DD, for dates that must not be in the future; no check when absent. */
  today?: string | undefined;
}

const TABLES = ['sources', 'places', 'incidents', 'timeline', 'statistics', 'corrections'] as const;

export function crossRecordProblems(d: Dataset, options: RuleOptions = {}): DataProblem[] {
  const problems: DataProblem[] = [];
  const report = (path: Path, message: string, value?: unknown) =>
    problems.push({ path, message, value });

  for (const table of TABLES) {
    const seen = new Map<string, number>();
    const ids = d[table].map((r) => r.id);
    d[table].forEach((record, i) => {
      const first = seen.get(record.id);
      if (first !== undefined)
        report(
          [table, i, 'id'],
          `Duplicate id: ${table}[${first}] already uses it; each id must be unique: give this record the next free id, "${nextFreeId(record.id, ids)}"`,
          record.id,
        );
      else seen.set(record.id, i);
    });
  }

  // Lists for the "did you mean" hints, sets for membership: `includes` on a list for every
  // reference made the check quadratic in the records (seconds at ×100).
  const sourceIds = d.sources.map((s) => s.id);
  const placeIds = d.places.map((p) => p.id);
  const knownSources = new Set(sourceIds);
  const knownPlaces = new Set(placeIds);
  const unknown = (what: 'source' | 'place', ref: string, known: string[]) =>
    `No ${what} has the id "${ref}".${didYouMean(ref, known)} Add it to "${what}s" or fix the spelling`;
  const checkSources = (table: 'places' | 'incidents' | 'timeline' | 'statistics') =>
    d[table].forEach((record, i) =>
      record.sources.forEach((ref, j) => {
        if (!knownSources.has(ref))
          report([table, i, 'sources', j], unknown('source', ref, sourceIds), ref);
      }),
    );
  checkSources('places');
  checkSources('incidents');
  checkSources('timeline');
  checkSources('statistics');

  d.incidents.forEach((incident, i) => {
    if (!knownPlaces.has(incident.place))
      report(['incidents', i, 'place'], unknown('place', incident.place, placeIds), incident.place);
    const nightToDate = daysBetween(incident.night, incident.date);
    if (nightToDate < 0 || nightToDate > 1)
      report(
        ['incidents', i, 'night'],
        `The night must be the evening of the date or the one before (date is ${incident.date})`,
        incident.night,
      );
  });

  d.timeline.forEach((event, i) => {
    if (event.place && !knownPlaces.has(event.place))
      report(['timeline', i, 'place'], unknown('place', event.place, placeIds), event.place);
  });

  d.places.forEach((place, i) => {
    const hasPoint = place.lat !== undefined && place.lon !== undefined;
    if (place.precision === 'unlocated' && (place.lat !== undefined || place.lon !== undefined))
      report(
        ['places', i, 'precision'],
        'A place with coordinates cannot be "unlocated": use "exact" or "town"',
        place.precision,
      );
    if (place.precision !== 'unlocated' && !hasPoint)
      report(
        ['places', i, place.lat === undefined ? 'lat' : 'lon'],
        `A place with precision "${place.precision}" needs both lat and lon; use "unlocated" when no source gives them`,
      );
    const [west, south, east, north] = METROPOLITAN_FRANCE;
    if (place.lat !== undefined && (place.lat < south || place.lat > north))
      report(
        ['places', i, 'lat'],
        `Latitude must be inside metropolitan France (${south} to ${north}); were lat and lon swapped?`,
        place.lat,
      );
    if (place.lon !== undefined && (place.lon < west || place.lon > east))
      report(
        ['places', i, 'lon'],
        `Longitude must be inside metropolitan France (${west} to ${east}); were lat and lon swapped?`,
        place.lon,
      );
  });

  const recordIds = [...d.incidents, ...d.places, ...d.timeline, ...d.statistics].map((r) => r.id);
  const knownRecords = new Set(recordIds);
  d.corrections.forEach((c, i) => {
    if (c.record !== undefined && !knownRecords.has(c.record))
      report(
        ['corrections', i, 'record'],
        `No incident, place, timeline event or statistic has the id "${c.record}".${didYouMean(c.record, recordIds)} Use the id of the record the correction changed`,
        c.record,
      );
    if (c.was !== undefined && c.record === undefined)
      report(
        ['corrections', i, 'was'],
        'Say which record the old number was in: add "record" with its id',
        c.was,
      );
  });

  if (options.today)
    d.corrections.forEach((c, i) => {
      if (c.date > options.today!)
        report(
          ['corrections', i, 'date'],
          `A correction cannot be dated in the future (today is ${options.today}): date it the day it is published`,
          c.date,
        );
    });

  const { firstNight, lastNight } = d.meta.wave;
  if (lastNight < firstNight)
    report(
      ['meta', 'wave', 'lastNight'],
      `The last night must not be before the first (${firstNight})`,
      lastNight,
    );

  for (const check of realDates(d))
    report(check.path, 'This day does not exist in the calendar', check.value);
  return problems;
}

/**
 * The id to give a new record whose id is taken: for numbered ids ("I07", "T36"), one more than
 * the highest with the same prefix, zero-padded alike ("I35"); for others, the id with the first
 * free "-2", "-3"… suffix.
 */
export function nextFreeId(id: string, ids: readonly string[]): string {
  const numbered = /^([A-Za-z-]*?)(\d+)[a-z]?$/.exec(id);
  if (numbered) {
    const [, prefix, digits] = numbered;
    const highest = Math.max(
      ...ids.map((other) => {
        const m = /^([A-Za-z-]*?)(\d+)[a-z]?$/.exec(other);
        return m && m[1] === prefix ? Number(m[2]) : 0;
      }),
    );
    return `${prefix}${String(highest + 1).padStart(digits!.length, '0')}`;
  }
  for (let n = 2; ; n++) if (!ids.includes(`${id}-${n}`)) return `${id}-${n}`;
}

function* realDates(d: Dataset): Generator<{ path: Path; value: string }> {
  const fields: [Path, string | null | undefined][] = [
    ...d.sources.map((s, i): [Path, string | null] => [['sources', i, 'date'], s.date]),
    ...d.timeline.map((t, i): [Path, string] => [['timeline', i, 'date'], t.date]),
    ...d.statistics.map((s, i): [Path, string] => [['statistics', i, 'asOf'], s.asOf]),
  ];
  for (const [path, value] of fields) {
    if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) continue;
    if (!isRealDay(value)) yield { path, value };
  }
}
