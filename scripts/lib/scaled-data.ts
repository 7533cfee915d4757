/**
 * A bigger copy of the data file, for `npm run bench:scale`: the same story with `factor` times the
 * incidents, places, timeline events and sources. Pure and deterministic: the file's JSON and a
 * seed in, the scaled JSON out; no clock, no I/O.
 *
 * Each extra copy k (1 … factor − 1) of a record is the original with the id suffixed "-x<k>",
 * pointing at copy k of its place and sources, so every rule the original passes, the copy passes
 * too: an "established" incident keeps its attribution or its sources from different outlets (the
 * copied sources keep their outlets), a home keeps its commune-level precision and its words, and
 * nothing moves past meta.checked. The seed varies what a bigger story would vary: the night of a
 * copied wave incident (any night of the wave), its type (three times in ten), a place's point (up
 * to 0.3° away, inside metropolitan France) and a dated timeline event's day (up to 10 days
 * either way). The originals stay as they are, so the story's references (statistics, incidents,
 * places) still resolve; statistics and corrections are not copied (the story names each one).
 */
import { daysBetween } from '../../src/data/dates.ts';
import { METROPOLITAN_FRANCE } from '../../src/data/rules.ts';
import { INCIDENT_TYPES } from '../../src/data/vocabulary.ts';

// The file as JSON, before validation: only the fields the scaling touches are typed.
type Json = Record<string, unknown>;
interface RawRecord extends Json {
  id: string;
  sources: string[];
}
interface RawDataset extends Json {
  meta: { wave: { firstNight: string; lastNight: string }; checked: string };
  sources: Json[];
  places: RawRecord[];
  incidents: RawRecord[];
  timeline: RawRecord[];
  statistics: RawRecord[];
}

/** A small seeded generator (mulberry32): the same seed gives the same numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The ISO day `days` after `day` (UTC, no clock). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const copyId = (id: string, k: number) => `${id}-x${k}`;
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** The data file with `factor` (a whole number ≥ 1) times the records, varied by `seed`. */
export function scaledDataset<T>(input: T, factor: number, seed: number): T {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`invalid factor: ${factor}`);
  const base = structuredClone(input) as unknown as RawDataset;
  const random = seededRandom(seed);
  const pick = <V>(list: readonly V[]): V => list[Math.floor(random() * list.length)]!;
  const { firstNight, lastNight } = base.meta.wave;
  const checked = base.meta.checked;
  const waveNights = Array.from({ length: daysBetween(firstNight, lastNight) + 1 }, (_, i) =>
    addDays(firstNight, i),
  );
  // Only sources that a copied record cites are copied: a copy nobody cites would be a warning.
  const citedByCopies = new Set(
    [...base.places, ...base.incidents, ...base.timeline].flatMap((r) => r.sources),
  );
  const [west, south, east, north] = METROPOLITAN_FRANCE;
  const jitter = (value: number, min: number, max: number) =>
    round4(Math.min(max - 0.05, Math.max(min + 0.05, value + (random() - 0.5) * 0.6)));

  const out: RawDataset = {
    ...base,
    sources: [...base.sources],
    places: [...base.places],
    incidents: [...base.incidents],
    timeline: [...base.timeline],
  };
  for (let k = 1; k < factor; k++) {
    const sources = (ids: string[]) => ids.map((id) => copyId(id, k));
    for (const s of base.sources)
      if (citedByCopies.has(s.id as string))
        out.sources.push({ ...s, id: copyId(s.id as string, k) });
    for (const p of base.places) {
      const place: RawRecord = {
        ...p,
        id: copyId(p.id, k),
        name: `${p.name} (${k + 1})`.slice(0, 120),
        sources: sources(p.sources),
      };
      if (typeof p.lat === 'number') place.lat = jitter(p.lat, south, north);
      if (typeof p.lon === 'number') place.lon = jitter(p.lon, west, east);
      out.places.push(place);
    }
    for (const i of base.incidents) {
      const inWave = (i.night as string) >= firstNight && (i.night as string) <= lastNight;
      const night = inWave ? pick(waveNights) : (i.night as string);
      const date = addDays(night, random() < 0.5 ? 0 : 1);
      out.incidents.push({
        ...i,
        id: copyId(i.id, k),
        night,
        date: date > checked ? night : date,
        type: random() < 0.3 ? pick(INCIDENT_TYPES) : i.type,
        place: copyId(i.place as string, k),
        sources: sources(i.sources),
      });
    }
    for (const t of base.timeline) {
      const event: RawRecord = {
        ...t,
        id: copyId(t.id, k),
        key: false,
        sources: sources(t.sources),
      };
      if (typeof t.place === 'string') event.place = copyId(t.place, k);
      if (/^\d{4}-\d{2}-\d{2}$/.test(t.date as string)) {
        const moved = addDays(t.date as string, Math.round((random() - 0.5) * 20));
        if (moved <= checked) event.date = moved;
      }
      out.timeline.push(event);
    }
  }
  return out as unknown as T;
}

/** How many records a data file holds, all tables together. */
export function recordCount(data: unknown): number {
  const d = data as Record<string, unknown>;
  return ['sources', 'places', 'incidents', 'timeline', 'statistics', 'corrections'].reduce(
    (n, table) => n + (Array.isArray(d[table]) ? (d[table] as unknown[]).length : 0),
    0,
  );
}
