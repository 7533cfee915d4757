/**
 * Derived views of the dataset: pure functions, data in, value out. Charts, tables and prose read
 * these instead of counting for themselves, so a number means the same thing everywhere.
 */
import { formats } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { ui } from '../i18n/ui/index.ts';
import type { Dataset, Incident, IncidentType, Place } from './schema.ts';
import { INCIDENT_TYPES } from './schema.ts';
import { daysBetween } from './rules.ts';

/** Incidents whose night falls inside meta.wave (inclusive), in file order. */
export function waveIncidents(d: Dataset): Incident[] {
  const { firstNight, lastNight } = d.meta.wave;
  return d.incidents.filter((i) => i.night >= firstNight && i.night <= lastNight);
}

/** The incidents investigators or several outlets tie to the wave: what headline counts count. */
export function established(incidents: Incident[]): Incident[] {
  return incidents.filter((i) => i.link === 'established');
}

/** The incidents whose link to the wave is not confirmed: reported beside the headline counts, never inside them. */
export function unconfirmed(incidents: Incident[]): Incident[] {
  return incidents.filter((i) => i.link === 'unconfirmed');
}

/** Incidents after the wave's last night: the aftermath. */
export function aftermathIncidents(d: Dataset): Incident[] {
  return d.incidents.filter((i) => i.night > d.meta.wave.lastNight);
}

/** Every night of the wave as an ISO day, first to last, including nights with no incident. */
export function waveNights(d: Dataset): string[] {
  const { firstNight, lastNight } = d.meta.wave;
  const n = daysBetween(firstNight, lastNight);
  return Array.from({ length: n + 1 }, (_, k) => addDays(firstNight, k));
}

export function addDays(day: string, k: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + k * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export interface NightCount {
  night: string;
  type: IncidentType;
  count: number;
}

/** Incidents per night and type over the whole wave, zeros included, types in schema order. */
export function countsByNightAndType(
  d: Dataset,
  incidents: Incident[] = waveIncidents(d),
): NightCount[] {
  return waveNights(d).flatMap((night) =>
    INCIDENT_TYPES.map((type) => ({
      night,
      type,
      count: incidents.filter((i) => i.night === night && i.type === type).length,
    })),
  );
}

/** Incidents per night over the wave, zeros included. */
export function countsByNight(
  d: Dataset,
  incidents: Incident[] = waveIncidents(d),
): { night: string; count: number }[] {
  return waveNights(d).map((night) => ({
    night,
    count: incidents.filter((i) => i.night === night).length,
  }));
}

/** Incidents per type, only the types that occur, most frequent first (ties in schema order). */
export function countsByType(incidents: Incident[]): { type: IncidentType; count: number }[] {
  return INCIDENT_TYPES.map((type) => ({
    type,
    count: incidents.filter((i) => i.type === type).length,
  }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count);
}

export interface PlaceSummary {
  place: Place;
  incidents: Incident[];
}

/** Each place with its incidents, places in first-incident order; places without incidents left out. */
export function incidentsByPlace(d: Dataset, incidents: Incident[] = d.incidents): PlaceSummary[] {
  const byId = placeIndex(d);
  const groups = new Map<string, Incident[]>();
  for (const incident of incidents) {
    const list = groups.get(incident.place) ?? [];
    list.push(incident);
    groups.set(incident.place, list);
  }
  return [...groups].map(([id, list]) => ({ place: byId.get(id)!, incidents: list }));
}

/**
 * Places and sources by id, built once per dataset (a table's rows, a figure's credit and each
 * source line ask for them again and again: rebuilt every time, they made each graphic's table
 * quadratic in the records, minutes at ×100).
 */
const placeIndexes = new WeakMap<Dataset, Map<string, Place>>();
const sourceIndexes = new WeakMap<Dataset, Map<string, Dataset['sources'][number]>>();

export function placeIndex(d: Dataset): Map<string, Place> {
  let index = placeIndexes.get(d);
  if (!index) placeIndexes.set(d, (index = new Map(d.places.map((p) => [p.id, p]))));
  return index;
}

export function sourceIndex(d: Dataset): Map<string, Dataset['sources'][number]> {
  let index = sourceIndexes.get(d);
  if (!index) sourceIndexes.set(d, (index = new Map(d.sources.map((s) => [s.id, s]))));
  return index;
}

/** Sum of one count over incidents; a missing count adds nothing. */
export function totalCount(incidents: Incident[], key: keyof Incident['counts']): number {
  return incidents.reduce((sum, i) => sum + (i.counts[key] ?? 0), 0);
}

/** Distinct départements among the places of these incidents. */
export function departements(d: Dataset, incidents: Incident[]): string[] {
  const byId = placeIndex(d);
  return [...new Set(incidents.map((i) => byId.get(i.place)!.departement))];
}

/** part / whole as a fraction (0–1); throws on a zero whole rather than printing Infinity. */
export function share(part: number, whole: number): number {
  if (!(whole > 0)) throw new Error(`share(): the whole must be positive, got ${whole}`);
  return part / whole;
}

/**
 * The chain the traffickers' unit chart draws, from everyone in prison to the first transfer, each
 * level inside the one before: a statistic id in the data file for each.
 */
export const TRAFFICKERS_CHAIN = [
  { count: 'total', stat: 'detained-population' },
  { count: 'drug', stat: 'drug-detainees' },
  { count: 'dangerous', stat: 'most-dangerous' },
  { count: 'isolate', stat: 'to-be-isolated' },
  { count: 'first', stat: 'first-transfers' },
] as const;

/** The statistic with this id; throws naming the id when it is missing. */
export function statistic(d: Dataset, id: string): Dataset['statistics'][number] {
  const s = d.statistics.find((x) => x.id === id);
  if (!s) throw new Error(`No statistic has the id "${id}" in the data file (statistics[].id).`);
  return s;
}

/** The outlets behind these source ids, each once, in order of first mention; unknown ids are skipped. */
export function sourceOutlets(d: Dataset, ids: string[]): string[] {
  const byId = sourceIndex(d);
  return [...new Set(ids.map((s) => byId.get(s)?.outlet).filter((o): o is string => !!o))];
}

/** A short credit naming the first `shown` outlets (default 4): "AFP, BFMTV, RTL, Le Parisien and 3 others". */
export function outletCredit(outlets: string[], shown = 4, lang: Lang = 'en'): string {
  const more = outlets.length - Math.min(shown, outlets.length);
  const f = formats(lang);
  return more > 0
    ? f.list([...outlets.slice(0, shown), f.count(more, ui(lang).figure.others)])
    : outlets.join(', ');
}

/** Places that the map can draw (they have coordinates). */
export function locatedPlaces(places: Place[]): (Place & { lat: number; lon: number })[] {
  return places.filter(
    (p): p is Place & { lat: number; lon: number } => p.lat !== undefined && p.lon !== undefined,
  );
}
