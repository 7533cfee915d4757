/** /data/<graphic>.json: the data behind one graphic, exactly as its table shows it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { GRAPHIC_IDS, graphicTable, type GraphicTableId } from '../../data/tables.ts';
import { toJson } from '../../data/csv.ts';

export const getStaticPaths = (() => GRAPHIC_IDS.map((graphic) => ({ params: { graphic } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(toJson(graphicTable(await getDataset(), params.graphic as GraphicTableId)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
