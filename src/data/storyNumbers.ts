/**
 * The named numbers the prose may print, each computed from the data file. The MDX story writes
 * <Num of="wave.incidents" /> instead of typing a number, so an edit to the data changes the text.
 * Names with a dot are derived here; any other name is a statistic id from the data file;
 * "incident.I08.bulletImpacts" reads one incident's count.
 */
import type { Dataset, Incident } from './schema.ts';
import { didYouMean } from './spelling.ts';
import {
  departements,
  established,
  incidentsByPlace,
  placeIndex,
  share,
  statistic,
  totalCount,
  unconfirmed,
  waveIncidents,
  waveNights,
} from './views.ts';

/**
 * Which incidents a derived number counts. Headline numbers count established incidents only;
 * those whose link to the wave is unconfirmed are counted apart ("unconfirmed"), and only names
 * that say so ("wave.all-incidents") add the two.
 */
export type CountScope = 'established' | 'unconfirmed' | 'all incidents' | 'no incidents';

type Derived = Record<string, { value: number; means: string; counts: CountScope }>;

/** Every derived number, with a line saying what it counts and which incidents (shown in the component gallery). */
export function derivedNumbers(d: Dataset): Derived {
  const all = waveIncidents(d);
  const wave = established(all);
  const doubtful = unconfirmed(all);
  const places = placeIndex(d);
  const kindOf = (i: Incident) => places.get(i.place)!.kind;
  const waveSites = incidentsByPlace(d, wave);
  const seen = new Set(waveSites.map((s) => s.place.id));
  const doubtfulSites = incidentsByPlace(d, doubtful).filter((s) => !seen.has(s.place.id));
  const waveDepartements = new Set(departements(d, wave));
  const count = (f: (i: Incident) => boolean) => wave.filter(f).length;
  const stat = (id: string) => statistic(d, id).value;
  const E = 'established' as const;
  const U = 'unconfirmed' as const;
  const N = 'no incidents' as const;
  return {
    'wave.incidents': {
      value: wave.length,
      means: 'established incidents during the wave',
      counts: E,
    },
    'wave.unconfirmed': {
      value: doubtful.length,
      means: 'incidents during the wave whose link to it is unconfirmed',
      counts: U,
    },
    'wave.all-incidents': {
      value: all.length,
      means: 'every incident recorded during the wave, established and unconfirmed',
      counts: 'all incidents',
    },
    'wave.nights': {
      value: waveNights(d).length,
      means: 'nights from the first to the last night of the wave',
      counts: N,
    },
    'wave.nights-with-incidents': {
      value: new Set(wave.map((i) => i.night)).size,
      means: 'nights of the wave with at least one established incident',
      counts: E,
    },
    'wave.places': {
      value: waveSites.length,
      means: 'distinct places hit by established incidents',
      counts: E,
    },
    'wave.towns': {
      value: new Set(waveSites.map((s) => s.place.town)).size,
      means: 'distinct towns hit by established incidents',
      counts: E,
    },
    'wave.departements': {
      value: waveDepartements.size,
      means: 'départements with at least one established incident',
      counts: E,
    },
    'wave.prisons': {
      value: waveSites.filter((s) => s.place.kind === 'prison').length,
      means: 'distinct prisons hit by established incidents',
      counts: E,
    },
    'wave.homes': {
      value: count((i) => kindOf(i) === 'officers-home' || kindOf(i) === 'residence'),
      means: "established incidents at officers' homes or where staff live",
      counts: E,
    },
    'wave.arson': {
      value: count((i) => i.type === 'arson'),
      means: 'established arson incidents',
      counts: E,
    },
    'wave.attempted-arson': {
      value: count((i) => i.type === 'attempted-arson'),
      means: 'established attempted arson incidents',
      counts: E,
    },
    'wave.gunfire': {
      value: count((i) => i.type === 'gunfire'),
      means: 'established incidents with gunfire',
      counts: E,
    },
    'wave.threats': {
      value: count((i) => i.type === 'threat'),
      means: 'established threats and assaults on officers',
      counts: E,
    },
    'wave.ddpf': {
      value: count((i) => i.ddpf),
      means: 'established incidents where "DDPF" was written or claimed',
      counts: E,
    },
    'wave.vehicles-burned': {
      value: totalCount(wave, 'vehiclesBurned'),
      means: 'vehicles burned in established incidents, summing the counts sources give',
      counts: E,
    },
    'wave.bullet-impacts': {
      value: totalCount(wave, 'bulletImpacts'),
      means: 'bullet impacts counted in established incidents',
      counts: E,
    },
    'wave.officers-homes': {
      value: waveSites.filter((s) => s.place.kind === 'officers-home').length,
      means: "distinct officers' homes targeted in established incidents",
      counts: E,
    },
    'wave.unlocated-places': {
      value: waveSites.filter((s) => s.place.precision === 'unlocated').length,
      means: 'places of established incidents with no sourced location',
      counts: E,
    },
    'wave.unconfirmed-places': {
      value: doubtfulSites.length,
      means: 'places reached only by unconfirmed incidents',
      counts: U,
    },
    'wave.unconfirmed-departements': {
      value: new Set(departements(d, doubtful).filter((x) => !waveDepartements.has(x))).size,
      means: 'départements reached only by unconfirmed incidents',
      counts: U,
    },
    'wave.unconfirmed-vehicles-burned': {
      value: totalCount(doubtful, 'vehiclesBurned'),
      means: 'vehicles burned in unconfirmed incidents',
      counts: U,
    },
    'share.most-dangerous': {
      value: share(stat('most-dangerous'), stat('drug-detainees')),
      means: "AFP's 700 as a share of the 17,000",
      counts: N,
    },
    'share.to-be-isolated': {
      value: share(stat('to-be-isolated'), stat('drug-detainees')),
      means: 'the 200 to be isolated as a share of the 17,000',
      counts: N,
    },
    'share.prison-occupancy': {
      value: share(stat('detained-population'), stat('prison-places')),
      means: 'people detained per operational place',
      counts: N,
    },
    'share.drug-detainees': {
      value: share(stat('drug-detainees'), stat('detained-population')),
      means: 'drug detainees as a share of all detainees',
      counts: N,
    },
  };
}

/** The value of a named number; throws listing the known names when the name is unknown. */
export function storyNumber(d: Dataset, name: string): number {
  const incident = /^incident\.([^.]+)\.(\w+)$/.exec(name);
  if (incident) {
    const [, id, key] = incident;
    const found = d.incidents.find((i) => i.id === id);
    if (!found) throw new Error(`No incident has the id "${id}" (in "${name}").`);
    const value = found.counts[key as keyof Incident['counts']];
    if (value === undefined)
      throw new Error(`Incident "${id}" has no count "${key}" (in "${name}").`);
    return value;
  }
  const derived = derivedNumbers(d);
  if (name in derived) return derived[name]!.value;
  if (d.statistics.some((s) => s.id === name)) return statistic(d, name).value;
  const hint = didYouMean(name, [...Object.keys(derived), ...d.statistics.map((s) => s.id)]);
  throw new Error(
    `No number is called "${name}".${hint} Use a statistic id from the data file (${d.statistics.map((s) => s.id).join(', ')}), ` +
      `a derived name (${Object.keys(derived).join(', ')}) or incident.<id>.<count>.`,
  );
}

/**
 * Every derived date the prose may print with <DateOf event="…">, with a line saying what it is
 * (shown in the component gallery). Each follows the data: an incident added on a later night of
 * the wave moves "wave.last-incident".
 */
export function derivedDates(d: Dataset): Record<string, { date: string; means: string }> {
  const wave = waveIncidents(d);
  const dates = wave.map((i) => i.date).sort();
  const out: Record<string, { date: string; means: string }> = {
    'wave.first-night': {
      date: d.meta.wave.firstNight,
      means: 'the evening that started the first night of the wave (meta.wave.firstNight)',
    },
    'wave.last-night': {
      date: d.meta.wave.lastNight,
      means: 'the evening that started the last night of the wave (meta.wave.lastNight)',
    },
  };
  if (dates.length) {
    out['wave.first-incident'] = {
      date: dates[0]!,
      means: 'the date of the earliest incident of the wave',
    };
    out['wave.last-incident'] = {
      date: dates.at(-1)!,
      means: 'the date of the latest incident of the wave (the last attacks)',
    };
  }
  return out;
}

/** The date of a timeline event, an incident or a statistic (its as-of date), by id, or a derived date by name; throws naming the id when none has it. */
export function storyDate(d: Dataset, id: string): string {
  const derived = derivedDates(d);
  const date =
    derived[id]?.date ??
    d.timeline.find((t) => t.id === id)?.date ??
    d.incidents.find((i) => i.id === id)?.date ??
    d.statistics.find((s) => s.id === id)?.asOf;
  if (!date) {
    const hint = didYouMean(id, [
      ...Object.keys(derived),
      ...[...d.timeline, ...d.incidents, ...d.statistics].map((r) => r.id),
    ]);
    throw new Error(
      `No timeline event, incident or statistic has the id "${id}".${hint || ` Use an id from the data file, e.g. "${d.timeline[0]?.id ?? 'T01'}", or a derived date (${Object.keys(derived).join(', ')}).`}`,
    );
  }
  return date;
}
