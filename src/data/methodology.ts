/**
 * What the methodology section lists, read from the data: how much the file holds, and every place
 * where the record is approximate (a count the sources disagree on, a night not pinned down, a
 * link to the wave not confirmed, a location known only to the town or not at all). Pure.
 */
import type { Dataset, Incident } from './schema.ts';
import { formats } from '../i18n/format.ts';
import { ui } from '../i18n/ui/index.ts';
import { dataLang } from './translations.ts';
import { placeIndex } from './views.ts';

export interface Caveat {
  /** The record's id, for the anchor and the data downloads. */
  id: string;
  /** Which record, as readers name it: "Toulon-La Farlède prison, night of 14–15 April". */
  label: string;
  /** What is uncertain, in the data file's words. */
  note: string;
}

export interface Methodology {
  /** What the file holds, as a phrase (see holdings). */
  holdings: string;
  counts: {
    sources: number;
    incidents: number;
    places: number;
    timeline: number;
    statistics: number;
    corrections: number;
  };
  checked: string;
  disputedCounts: Caveat[];
  uncertainNights: Caveat[];
  unconfirmedLinks: Caveat[];
  /** Incidents established on investigators' word rather than on two outlets: who said so. */
  attributed: Caveat[];
  townOnly: Caveat[];
  unlocated: Caveat[];
}

/** A count with its noun, small numbers in words: "one correction", "seven incidents", "188 sources" (French plural rules in French). */
export const counted = (
  value: number,
  one: string,
  many: string,
  lang: Parameters<typeof formats>[0] = 'en',
): string => formats(lang).count(value, [one, many], { words: true });

/** What the data file holds, as a phrase: "33 incidents at 32 places, 38 timeline events and 31 statistics, drawn from 188 sources". */
export function holdings(d: Dataset): string {
  const lang = dataLang(d);
  const t = ui(lang).methodology;
  const n = (value: number, noun: string) => counted(value, ...t.nouns[noun]!, lang);
  return t.holdings(
    n(d.incidents.length, 'incident'),
    n(d.places.length, 'place'),
    n(d.timeline.length, 'event'),
    n(d.statistics.length, 'statistic'),
    n(d.sources.length, 'source'),
  );
}

export function methodology(d: Dataset): Methodology {
  const lang = dataLang(d);
  const f = formats(lang);
  const t = ui(lang).methodology;
  const places = placeIndex(d);
  const incidentLabel = (i: Incident) => t.incidentLabel(f, places.get(i.place)!.name, i.night);
  const incidents = (keep: (i: Incident) => string | undefined): Caveat[] =>
    d.incidents.flatMap((i) => {
      const note = keep(i);
      return note ? [{ id: i.id, label: incidentLabel(i), note }] : [];
    });
  const placesWith = (precision: string, fallback: string): Caveat[] =>
    d.places
      .filter((p) => p.precision === precision)
      .map((p) => ({
        id: p.id,
        label: `${p.name} (${p.town}, ${p.departement})`,
        note: p.locationNote ?? fallback,
      }));
  return {
    holdings: holdings(d),
    counts: {
      sources: d.sources.length,
      incidents: d.incidents.length,
      places: d.places.length,
      timeline: d.timeline.length,
      statistics: d.statistics.length,
      corrections: d.corrections.length,
    },
    checked: f.date(d.meta.checked),
    disputedCounts: incidents((i) => i.countNote),
    uncertainNights: incidents((i) => (i.nightConfirmed ? undefined : (i.timeNote ?? t.noNight))),
    unconfirmedLinks: incidents((i) => (i.link === 'unconfirmed' ? i.summary : undefined)),
    attributed: incidents((i) => (i.link === 'established' ? i.attribution : undefined)),
    townOnly: placesWith('town', t.townOnly),
    unlocated: placesWith('unlocated', t.unlocated),
  };
}
