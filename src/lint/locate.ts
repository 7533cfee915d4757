/**
 * Where a record sits in the data file as the editor wrote it: its index in its list (the build
 * sorts incidents, the timeline and corrections, so the validated data's order is not the file's)
 * and its line and column. Pure: the file's text in, a lookup out.
 */
import { jsonPathOffsets, lineAndColumn } from '../data/jsonSyntax.ts';

export interface RecordPlace {
  /** `incidents[33] (record "I34")`, or `incidents[33].counts (record "I34")` with a field. */
  where: string;
  line?: number | undefined;
  column?: number | undefined;
}

export type Locate = (table: string, id: string, field?: string) => RecordPlace;

export function dataLocator(text: string): Locate {
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Unparsable text has no records to place; the data check reports it.
  }
  const offsets = jsonPathOffsets(text);
  return (table, id, field) => {
    const list = Array.isArray(json[table]) ? (json[table] as { id?: unknown }[]) : [];
    const index = list.findIndex((r) => r && r.id === id);
    if (index < 0) return { where: `${table} (record "${id}")` };
    const path = `${table}[${index}]${field ? `.${field}` : ''}`;
    const offset = offsets.get(path) ?? offsets.get(`${table}[${index}]`);
    return {
      where: `${path} (record "${id}")`,
      ...(offset === undefined ? {} : lineAndColumn(text, offset)),
    };
  };
}
