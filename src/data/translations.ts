/**
 * The data's text in each edition. A record's French lives beside its English, in its `fr` object
 * (`"fr": { "summary": "…" }`); which fields take one is read from the schema (schema.ts, `french`).
 * Pure: data in, data or problems out.
 */
import type { Lang } from '../i18n/lang.ts';
import { Correction, Incident, Place, Source, Statistic, TimelineEvent } from './schema.ts';
import type { Dataset } from './schema.ts';
import type { DataProblem } from './problem.ts';

const TABLE_SCHEMAS = {
  sources: Source,
  places: Place,
  incidents: Incident,
  timeline: TimelineEvent,
  statistics: Statistic,
  corrections: Correction,
};
type Table = keyof typeof TABLE_SCHEMAS;

/** The text fields of each table that need a French version, e.g. incidents: summary, attribution, timeNote, countNote. */
export const TRANSLATED_FIELDS = Object.fromEntries(
  Object.entries(TABLE_SCHEMAS).map(([table, schema]) => [
    table,
    Object.keys(schema.shape.fr.unwrap().shape),
  ]),
) as Record<Table, string[]>;

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * Fields whose French only some records need: a source's title when it is our own description of an
 * untitled page, in [brackets] (an original title stays as published); an outlet is a name, so its
 * French is optional (give one when it carries words, e.g. "Libération (mirror)"); so is a place's
 * town (a name, unless it says "Not stated").
 */
const NEEDS_FRENCH: Partial<Record<string, (english: string) => boolean>> = {
  'sources.title': (title) => title.startsWith('['),
  'sources.outlet': () => false,
  'places.town': () => false,
};

/**
 * Every English text in the data without its French, as the checks report it: the JSON path of the
 * missing or empty field (`incidents[3].fr.summary`), so the report names the file, line, record id
 * and field. Reads the file as written (the indices are the file's), before any sorting.
 */
export function translationProblems(
  input: unknown,
  lang: Exclude<Lang, 'en'> = 'fr',
): DataProblem[] {
  const problems: DataProblem[] = [];
  if (!input || typeof input !== 'object') return problems;
  for (const [table, fields] of Object.entries(TRANSLATED_FIELDS)) {
    const records = (input as Record<string, unknown>)[table];
    if (!Array.isArray(records)) continue;
    records.forEach((record: Record<string, unknown>, i) => {
      const translated = (record?.[lang] ?? {}) as Record<string, unknown>;
      for (const field of fields) {
        const english = record?.[field];
        if (!isText(english)) continue;
        const value = translated[field];
        const needed = NEEDS_FRENCH[`${table}.${field}`]?.(english) ?? true;
        if (value === undefined && !needed) continue;
        if (value === undefined)
          problems.push({
            path: [table, i, lang, field],
            message: `The French translation of "${field}" is missing: add it to the record's "${lang}" object, e.g. "${lang}": { "${field}": "…" }`,
          });
        else if (!isText(value))
          problems.push({
            path: [table, i, lang, field],
            message: `The French translation of "${field}" is empty: write the French of the English "${field}"`,
            value,
          });
      }
    });
  }
  return problems;
}

/** Each localised dataset's edition, and each dataset's French copy, made once. */
const EDITION = new WeakMap<Dataset, Lang>();
const FRENCH = new WeakMap<Dataset, Dataset>();

/**
 * The edition a dataset is shown in: "fr" for what localised(d, 'fr') returned, else "en". The
 * graphics' words (caption, table, legend) read it, so their signatures stay (d) => …
 */
export const dataLang = (d: Dataset): Lang => EDITION.get(d) ?? 'en';

/**
 * The dataset as an edition shows it: each record's text fields in that language, the English
 * where a translation is missing (the check reports those; a build from fixture data still draws).
 * The same copy for the same dataset.
 */
export function localised(d: Dataset, lang: Lang): Dataset {
  if (lang === 'en' || dataLang(d) === lang) return d;
  let copy = FRENCH.get(d);
  if (!copy) {
    copy = overlaid(d, lang);
    FRENCH.set(d, copy);
    EDITION.set(copy, lang);
  }
  return copy;
}

function overlaid(d: Dataset, lang: Exclude<Lang, 'en'>): Dataset {
  const overlay = <R extends { fr?: object | undefined }>(r: R): R => {
    const t = r[lang] as Record<string, unknown> | undefined;
    if (!t) return r;
    return { ...r, ...Object.fromEntries(Object.entries(t).filter(([, v]) => isText(v))) };
  };
  return {
    ...d,
    sources: d.sources.map(overlay),
    places: d.places.map(overlay),
    incidents: d.incidents.map(overlay),
    timeline: d.timeline.map(overlay),
    statistics: d.statistics.map(overlay),
    corrections: d.corrections.map(overlay),
  };
}
