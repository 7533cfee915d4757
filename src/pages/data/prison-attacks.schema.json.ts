/** /data/prison-attacks.schema.json: the JSON Schema of the data file, generated from the zod schema. */
import type { APIRoute } from 'astro';
import { datasetJsonSchemaText } from '../../data/jsonSchema.ts';

export const GET: APIRoute = () =>
  new Response(datasetJsonSchemaText(), {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
