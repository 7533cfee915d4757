/**
 * The data file as flat tables, one per kind of record (sources, places, incidents, …), for the CSV
 * downloads and the data dictionary. The columns come from the JSON Schema that the zod schema
 * generates, in schema order, so a new field appears in the CSV and the dictionary without
 * anyone keeping a list: nested objects flatten to dotted names ("counts.vehiclesBurned") and lists
 * (a record's `sources`) join their items with "; ".
 */
import type { TableModel } from './csv.ts';
import { datasetJsonSchema, type JsonSchema } from './jsonSchema.ts';
import type { Dataset } from './schema.ts';

export const RECORD_TABLES = [
  'sources',
  'places',
  'incidents',
  'timeline',
  'statistics',
  'corrections',
] as const;
export type RecordTableId = (typeof RECORD_TABLES)[number];

/** What a list cell joins its items with. */
export const LIST_SEPARATOR = '; ';

/** One column: its dotted name, its JSON Schema, and whether a record must have it. */
export interface Field {
  name: string;
  schema: JsonSchema;
  required: boolean;
}

let cached: JsonSchema | undefined;
const rootSchema = () => (cached ??= datasetJsonSchema());
const propertiesOf = (s: JsonSchema) => (s.properties ?? {}) as Record<string, JsonSchema>;

/** The fields of an object schema, depth first in schema order; an object field becomes its own fields. */
export function fieldsOf(object: JsonSchema, prefix = '', parentRequired = true): Field[] {
  const required = new Set((object.required ?? []) as string[]);
  return Object.entries(propertiesOf(object)).flatMap(([key, schema]) => {
    const name = `${prefix}${key}`;
    const isRequired = parentRequired && required.has(key);
    return schema.type === 'object' && schema.properties
      ? fieldsOf(schema, `${name}.`, isRequired)
      : [{ name, schema, required: isRequired }];
  });
}

/** The JSON Schema of one record of a table, e.g. an incident. */
export function recordSchema(table: RecordTableId): JsonSchema {
  return propertiesOf(rootSchema())[table]!.items as JsonSchema;
}

/** The columns of a table's CSV and dictionary, e.g. ["id", "date", …, "counts.vehiclesBurned", …]. */
export function recordFields(table: RecordTableId): Field[] {
  return fieldsOf(recordSchema(table));
}

/** The fields about the file as a whole (`meta`), e.g. "meta.wave.firstNight". */
export function metaFields(): Field[] {
  return fieldsOf({
    type: 'object',
    properties: { meta: propertiesOf(rootSchema()).meta! },
    required: ['meta'],
  });
}

/** What a table's records are, from the schema, e.g. "Every attack and threat, in night order." */
export function tableDescription(table: RecordTableId): string {
  return String(propertiesOf(rootSchema())[table]!.description ?? '');
}

/** A record's value at a dotted name, as a CSV cell holds it: lists joined, booleans as true/false, missing as empty. */
export function cellValue(record: unknown, name: string): string | number | null {
  let v: unknown = record;
  for (const key of name.split('.'))
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return v.join(LIST_SEPARATOR);
  if (typeof v === 'number' || typeof v === 'string') return v;
  return String(v);
}

/** One table of the data file, one row per record in file order, columns named as in the file. */
export function recordTable(d: Dataset, table: RecordTableId): TableModel {
  const fields = recordFields(table);
  return {
    caption: `${table}: ${tableDescription(table)}`,
    columns: fields.map((f) => ({
      key: f.name,
      label: f.name,
      ...(isNumeric(f.schema) ? { numeric: true } : {}),
    })),
    rows: (d[table] as unknown[]).map((record) =>
      Object.fromEntries(fields.map((f) => [f.name, cellValue(record, f.name)])),
    ),
  };
}

function isNumeric(s: JsonSchema): boolean {
  return s.type === 'number' || s.type === 'integer';
}
