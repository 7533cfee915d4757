/** /data/<graphic>.json: the data behind one graphic, exactly as its table shows it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../data/dataset.ts';
import { GRAPHICS, graphicTable } from '../../graphics/index.ts';
import { toJson } from '../../data/csv.ts';

export const getStaticPaths = (() =>
  GRAPHICS.map((g) => ({ params: { graphic: g.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(toJson(graphicTable(await getDataset(), params.graphic!)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
