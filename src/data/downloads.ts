/**
 * The data downloads as responses, for both editions' routes: a graphic's table as CSV or JSON in
 * the edition's words (/data/attack-wave.csv, /fr/data/attack-wave.csv), or one table of the data
 * file, a row per record (/data/incidents.csv, with the French as fr.… columns).
 */
import type { Lang } from '../i18n/lang.ts';
import { GRAPHICS, graphicTable } from '../graphics/index.ts';
import { toCsv, toJson } from './csv.ts';
import { getDatasetIn } from './dataset.ts';
import { RECORD_TABLES, recordTable, type RecordTableId } from './recordTables.ts';

/** The graphics whose data each edition offers, as static paths. */
export const graphicPaths = () => GRAPHICS.map((g) => ({ params: { graphic: g.id } }));

/** A graphic's data as JSON, in the edition's words. */
export async function graphicJson(lang: Lang, id: string): Promise<Response> {
  return new Response(toJson(graphicTable(await getDatasetIn(lang), id)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/** A graphic's data, or one record table (English edition only), as CSV. */
export async function tableCsv(lang: Lang, name: string): Promise<Response> {
  const d = await getDatasetIn(lang);
  const table = (RECORD_TABLES as readonly string[]).includes(name)
    ? recordTable(d, name as RecordTableId)
    : graphicTable(d, name);
  return new Response(toCsv(table), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
