/**
 * The data dictionary: each column of each table in plain words (its type, whether a record must
 * have it, what it means), read from the JSON Schema that the zod schema generates, so the page at
 * /data/ says what the file really accepts and cannot drift from it.
 */
import type { TableModel } from './csv.ts';
import type { Lang } from '../i18n/lang.ts';
import { ui } from '../i18n/ui/index.ts';
import type { JsonSchema } from './jsonSchema.ts';
import { LIST_SEPARATOR, type Field } from './recordTables.ts';
import { PARTIAL_DATE_PATTERN, RECORD_ID_PATTERN, SLUG_PATTERN } from './schema.ts';

/** Patterns in words, one and many: [pattern, [one, many]]. */
const PATTERN_WORDS = new Map([
  [
    SLUG_PATTERN.source,
    ['id (lower-case letters, digits and hyphens)', 'ids (lower-case letters, digits and hyphens)'],
  ],
  [
    RECORD_ID_PATTERN.source,
    ['id (letters, digits and hyphens)', 'ids (letters, digits and hyphens)'],
  ],
  [
    PARTIAL_DATE_PATTERN.source,
    [
      'date as YYYY-MM-DD, YYYY-MM, YYYY or YYYY-season',
      'dates as YYYY-MM-DD, YYYY-MM, YYYY or YYYY-season',
    ],
  ],
  ['^https://', ['web address starting with https://', 'web addresses starting with https://']],
]);

/** A field's type in words, e.g. "whole number, 0 or more", "one of: arson, gunfire", "date as YYYY-MM-DD". */
export function typeInWords(s: JsonSchema, many = false): string {
  if (Array.isArray(s.anyOf)) {
    const kinds = (s.anyOf as JsonSchema[])
      .filter((k) => k.type !== 'null')
      .map((k) => typeInWords(k, many));
    return s.anyOf.length > kinds.length ? `${kinds.join(' or ')}, or null` : kinds.join(' or ');
  }
  if (Array.isArray(s.enum)) return `one of: ${s.enum.join(', ')}`;
  if (s.type === 'array') {
    const least =
      s.minItems === 1
        ? ', at least one'
        : typeof s.minItems === 'number' && s.minItems > 1
          ? `, at least ${s.minItems}`
          : '';
    return `list of ${typeInWords(s.items as JsonSchema, true)}${least}; in the CSV, joined with "${LIST_SEPARATOR}"`;
  }
  if (s.type === 'integer')
    return typeof s.minimum === 'number' ? `whole number, ${s.minimum} or more` : 'whole number';
  if (s.type === 'number') return 'number';
  if (s.type === 'boolean') return 'true or false';
  if (s.type === 'string') {
    if (s.format === 'date') return many ? 'dates as YYYY-MM-DD' : 'date as YYYY-MM-DD';
    const pattern = typeof s.pattern === 'string' ? PATTERN_WORDS.get(s.pattern) : undefined;
    if (pattern) return pattern[many ? 1 : 0]!;
    return typeof s.maxLength === 'number' ? `text, up to ${s.maxLength} characters` : 'text';
  }
  return String(s.type ?? 'any value');
}

/** "required", "optional", or "optional (default: true)". */
export function requirementInWords(field: Field): string {
  if (field.required) return 'required';
  return 'default' in field.schema && typeof field.schema.default !== 'object'
    ? `optional (default: ${JSON.stringify(field.schema.default)})`
    : 'optional';
}

/** The dictionary of one table: a row per column, with its name, type, requirement and description. */
export function dictionaryTable(caption: string, fields: Field[], lang: Lang = 'en'): TableModel {
  return {
    caption,
    columns: Object.entries(ui(lang).dataPage.dictColumns).map(([key, label]) => ({ key, label })),
    rows: fields.map((f) => ({
      id: f.name,
      name: f.name,
      type: typeInWords(f.schema),
      required: requirementInWords(f),
      description: String(f.schema.description ?? ''),
    })),
  };
}
