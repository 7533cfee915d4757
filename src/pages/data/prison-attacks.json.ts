/**
 * /data/prison-attacks.json: the whole data file, validated, with every record's sources. Fields
 * editors may leave out appear with their defaults; its "$schema" resolves to
 * /data/prison-attacks.schema.json beside it.
 */
import type { APIRoute } from 'astro';
import { getDataset } from '../../data/dataset.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await getDataset(), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
