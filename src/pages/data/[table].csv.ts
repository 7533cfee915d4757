/**
 * /data/<name>.csv: the data behind one graphic, exactly as its table shows it (/data/attack-wave.csv),
 * or one table of the data file, a row per record (/data/incidents.csv).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { GRAPHICS } from '../../graphics/index.ts';
import { RECORD_TABLES } from '../../data/recordTables.ts';
import { tableCsv } from '../../data/downloads.ts';

export const getStaticPaths = (() =>
  [...GRAPHICS.map((g) => g.id), ...RECORD_TABLES].map((table) => ({
    params: { table },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => tableCsv('en', params.table!);
