/**
 * Rules that span records, checked after the shape is right: unique ids, references that resolve,
 * dates that are real and in order, coordinates inside metropolitan France.
 */
import type { Dataset } from './schema.ts';
import type { DataProblem } from './validate.ts';

/** Metropolitan France with Corsica, a little generous: [west, south, east, north] in degrees. */
export const METROPOLITAN_FRANCE = [-5.5, 41.2, 9.8, 51.2] as const;

type Path = (string | number)[];

export function crossRecordProblems(d: Dataset): DataProblem[] {
  const problems: DataProblem[] = [];
  const report = (path: Path, message: string, value?: unknown) => problems.push({ path, message, value });

  for (const table of ['sources', 'places', 'incidents', 'timeline', 'statistics', 'corrections'] as const) {
    const seen = new Map<string, number>();
    d[table].forEach((record, i) => {
      const first = seen.get(record.id);
      if (first !== undefined) report([table, i, 'id'], `Duplicate id: ${table}[${first}] already uses it; each id must be unique`, record.id);
      else seen.set(record.id, i);
    });
  }

  const sourceIds = new Set(d.sources.map((s) => s.id));
  const placeIds = new Set(d.places.map((p) => p.id));
  const checkSources = (table: 'places' | 'incidents' | 'timeline' | 'statistics') =>
    d[table].forEach((record, i) =>
      record.sources.forEach((ref, j) => {
        if (!sourceIds.has(ref)) report([table, i, 'sources', j], `No source has the id "${ref}"; add it to "sources" or fix the spelling`, ref);
      }),
    );
  checkSources('places');
  checkSources('incidents');
  checkSources('timeline');
  checkSources('statistics');

  d.incidents.forEach((incident, i) => {
    if (!placeIds.has(incident.place)) report(['incidents', i, 'place'], `No place has the id "${incident.place}"; add it to "places" or fix the spelling`, incident.place);
    const nightToDate = daysBetween(incident.night, incident.date);
    if (nightToDate < 0 || nightToDate > 1)
      report(['incidents', i, 'night'], `The night must be the evening of the date or the one before (date is ${incident.date})`, incident.night);
    const previous = d.incidents[i - 1];
    if (previous && incident.night < previous.night)
      report(['incidents', i, 'night'], `Incidents must be in order of night: this one comes after "${previous.id}" (night ${previous.night})`, incident.night);
  });

  d.timeline.forEach((event, i) => {
    if (event.place && !placeIds.has(event.place)) report(['timeline', i, 'place'], `No place has the id "${event.place}"`, event.place);
    const previous = d.timeline[i - 1];
    if (previous && sortKey(event.date) < sortKey(previous.date))
      report(['timeline', i, 'date'], `Timeline events must be in date order: this one comes after "${previous.id}" (${previous.date})`, event.date);
  });

  d.places.forEach((place, i) => {
    const hasPoint = place.lat !== undefined && place.lon !== undefined;
    if (place.precision === 'unlocated' && (place.lat !== undefined || place.lon !== undefined))
      report(['places', i, 'precision'], 'A place with coordinates cannot be "unlocated": use "exact" or "town"', place.precision);
    if (place.precision !== 'unlocated' && !hasPoint)
      report(['places', i, place.lat === undefined ? 'lat' : 'lon'], `A place with precision "${place.precision}" needs both lat and lon; use "unlocated" when no source gives them`);
    const [west, south, east, north] = METROPOLITAN_FRANCE;
    if (place.lat !== undefined && (place.lat < south || place.lat > north))
      report(['places', i, 'lat'], `Latitude must be inside metropolitan France (${south} to ${north}); were lat and lon swapped?`, place.lat);
    if (place.lon !== undefined && (place.lon < west || place.lon > east))
      report(['places', i, 'lon'], `Longitude must be inside metropolitan France (${west} to ${east}); were lat and lon swapped?`, place.lon);
  });

  d.corrections.forEach((c, i) => {
    const previous = d.corrections[i - 1];
    if (previous && c.date < previous.date) report(['corrections', i, 'date'], `Corrections must be in date order, oldest first (after ${previous.date})`, c.date);
  });

  const { firstNight, lastNight } = d.meta.wave;
  if (lastNight < firstNight) report(['meta', 'wave', 'lastNight'], `The last night must not be before the first (${firstNight})`, lastNight);

  for (const check of realDates(d)) report(check.path, 'This day does not exist in the calendar', check.value);
  return problems;
}

/** Days from ISO day a to ISO day b (both YYYY-MM-DD, UTC, no clock involved). */
export function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

const SEASON_MONTH = { spring: '03', summer: '06', autumn: '09', winter: '12' } as const;

/** A sortable key for a partial date: "2025-summer" sorts as June, "2025" as January. */
export function sortKey(date: string): string {
  const season = /^(\d{4})-(spring|summer|autumn|winter)$/.exec(date);
  if (season) return `${season[1]}-${SEASON_MONTH[season[2] as keyof typeof SEASON_MONTH]}`;
  return date;
}

function* realDates(d: Dataset): Generator<{ path: Path; value: string }> {
  const fields: [Path, string | null | undefined][] = [
    ...d.sources.map((s, i): [Path, string | null] => [['sources', i, 'date'], s.date]),
    ...d.timeline.map((t, i): [Path, string] => [['timeline', i, 'date'], t.date]),
    ...d.statistics.map((s, i): [Path, string] => [['statistics', i, 'asOf'], s.asOf]),
  ];
  for (const [path, value] of fields) {
    if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) continue;
    const parsed = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) yield { path, value };
  }
}
