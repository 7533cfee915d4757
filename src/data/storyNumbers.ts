/**
 * The named numbers the prose may print, each computed from the data file. The MDX story writes
 * <Num of="wave.incidents" /> instead of typing a number, so an edit to the data changes the text.
 * Names with a dot are derived here; any other name is a statistic id from the data file;
 * "incident.I08.bulletImpacts" reads one incident's count.
 */
import type { Dataset, Incident } from './schema.ts';
import { didYouMean } from './spelling.ts';
import { departements, incidentsByPlace, placeIndex, share, statistic, totalCount, waveIncidents, waveNights } from './views.ts';

type Derived = Record<string, { value: number; means: string }>;

/** Every derived number, with a line saying what it counts (shown in the component gallery). */
export function derivedNumbers(d: Dataset): Derived {
  const wave = waveIncidents(d);
  const places = placeIndex(d);
  const kindOf = (i: Incident) => places.get(i.place)!.kind;
  const waveSites = incidentsByPlace(d, wave);
  const count = (f: (i: Incident) => boolean) => wave.filter(f).length;
  const stat = (id: string) => statistic(d, id).value;
  return {
    'wave.incidents': { value: wave.length, means: 'incidents recorded in the data file during the wave' },
    'wave.nights': { value: waveNights(d).length, means: 'nights from the first to the last night of the wave' },
    'wave.nights-with-incidents': { value: new Set(wave.map((i) => i.night)).size, means: 'nights of the wave with at least one incident' },
    'wave.places': { value: waveSites.length, means: 'distinct places hit during the wave' },
    'wave.towns': { value: new Set(waveSites.map((s) => s.place.town)).size, means: 'distinct towns hit during the wave' },
    'wave.departements': { value: departements(d, wave).length, means: 'départements with at least one incident' },
    'wave.prisons': { value: waveSites.filter((s) => s.place.kind === 'prison').length, means: 'distinct prisons hit' },
    'wave.homes': { value: count((i) => kindOf(i) === 'officers-home' || kindOf(i) === 'residence'), means: "incidents at officers' homes or staff residences" },
    'wave.arson': { value: count((i) => i.type === 'arson'), means: 'arson incidents' },
    'wave.attempted-arson': { value: count((i) => i.type === 'attempted-arson'), means: 'attempted arson incidents' },
    'wave.gunfire': { value: count((i) => i.type === 'gunfire'), means: 'incidents with gunfire' },
    'wave.threats': { value: count((i) => i.type === 'threat'), means: 'threats and assaults on officers' },
    'wave.ddpf': { value: count((i) => i.ddpf), means: 'incidents where "DDPF" was written or claimed' },
    'wave.established': { value: count((i) => i.link === 'established'), means: 'incidents that investigators or several sources tie to the wave' },
    'wave.unconfirmed': { value: count((i) => i.link === 'unconfirmed'), means: 'incidents whose link to the wave is unconfirmed' },
    'wave.vehicles-burned': { value: totalCount(wave, 'vehiclesBurned'), means: 'vehicles burned, summing the counts sources give' },
    'wave.bullet-impacts': { value: totalCount(wave, 'bulletImpacts'), means: 'bullet impacts counted' },
    'wave.officers-homes': { value: waveSites.filter((s) => s.place.kind === 'officers-home').length, means: "distinct officers' homes targeted" },
    'wave.unlocated-places': { value: waveSites.filter((s) => s.place.precision === 'unlocated').length, means: 'places with no sourced location' },
    'share.most-dangerous': { value: share(stat('most-dangerous'), stat('drug-detainees')), means: 'the 700 as a share of the 17,000' },
    'share.drug-detainees': { value: share(stat('drug-detainees'), stat('detained-population')), means: 'drug detainees as a share of all detainees' },
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
    if (value === undefined) throw new Error(`Incident "${id}" has no count "${key}" (in "${name}").`);
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
    'wave.first-night': { date: d.meta.wave.firstNight, means: 'the evening that started the first night of the wave (meta.wave.firstNight)' },
    'wave.last-night': { date: d.meta.wave.lastNight, means: 'the evening that started the last night of the wave (meta.wave.lastNight)' },
  };
  if (dates.length) {
    out['wave.first-incident'] = { date: dates[0]!, means: 'the date of the earliest incident of the wave' };
    out['wave.last-incident'] = { date: dates.at(-1)!, means: 'the date of the latest incident of the wave (the last attacks)' };
  }
  return out;
}

/** The date of a timeline event, an incident or a statistic (its as-of date), by id, or a derived date by name; throws naming the id when none has it. */
export function storyDate(d: Dataset, id: string): string {
  const derived = derivedDates(d);
  const date = derived[id]?.date ?? d.timeline.find((t) => t.id === id)?.date ?? d.incidents.find((i) => i.id === id)?.date ?? d.statistics.find((s) => s.id === id)?.asOf;
  if (!date) {
    const hint = didYouMean(id, [...Object.keys(derived), ...[...d.timeline, ...d.incidents, ...d.statistics].map((r) => r.id)]);
    throw new Error(
      `No timeline event, incident or statistic has the id "${id}".${hint || ` Use an id from the data file, e.g. "${d.timeline[0]?.id ?? 'T01'}", or a derived date (${Object.keys(derived).join(', ')}).`}`,
    );
  }
  return date;
}
