/**
 * /data/<name>.csv: the data behind one graphic, exactly as its table shows it (/data/attack-wave.csv),
 * or one table of the data file, a row per record (/data/incidents.csv).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { GRAPHICS, graphicTable } from '../../graphics/index.ts';
import { RECORD_TABLES, recordTable, type RecordTableId } from '../../data/recordTables.ts';
import { toCsv } from '../../data/csv.ts';

export const getStaticPaths = (() =>
  [...GRAPHICS.map((g) => g.id), ...RECORD_TABLES].map((table) => ({
    params: { table },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const d = await getDataset();
  const name = params.table!;
  const table = (RECORD_TABLES as readonly string[]).includes(name)
    ? recordTable(d, name as RecordTableId)
    : graphicTable(d, name);
  return new Response(toCsv(table), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
