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

type TypeWords = ReturnType<typeof ui>['dataPage']['types'];

/** The patterns the dictionary names in words, by the key of their words in the edition's strings. */
const PATTERN_WORDS = new Map<string, 'slug' | 'recordId' | 'partialDate' | 'https'>([
  [SLUG_PATTERN.source, 'slug'],
  [RECORD_ID_PATTERN.source, 'recordId'],
  [PARTIAL_DATE_PATTERN.source, 'partialDate'],
  ['^https://', 'https'],
]);

/** A field's type in words, e.g. "whole number, 0 or more", "one of: arson, gunfire", "date as YYYY-MM-DD" (French with lang "fr"). */
export function typeInWords(s: JsonSchema, many = false, lang: Lang = 'en'): string {
  const t: TypeWords = ui(lang).dataPage.types;
  if (Array.isArray(s.anyOf)) {
    const kinds = (s.anyOf as JsonSchema[])
      .filter((k) => k.type !== 'null')
      .map((k) => typeInWords(k, many, lang));
    return s.anyOf.length > kinds.length ? `${kinds.join(t.or)}${t.orNull}` : kinds.join(t.or);
  }
  if (Array.isArray(s.enum)) return t.oneOf(s.enum.join(', '));
  if (s.type === 'array') {
    const least = typeof s.minItems === 'number' && s.minItems >= 1 ? t.atLeast(s.minItems) : '';
    return t.listOf(typeInWords(s.items as JsonSchema, true, lang), least, LIST_SEPARATOR);
  }
  if (s.type === 'integer') return t.whole(typeof s.minimum === 'number' ? s.minimum : undefined);
  if (s.type === 'number') return t.number;
  if (s.type === 'boolean') return t.bool;
  if (s.type === 'string') {
    if (s.format === 'date') return t.day[many ? 1 : 0];
    const pattern = typeof s.pattern === 'string' ? PATTERN_WORDS.get(s.pattern) : undefined;
    if (pattern) return t[pattern][many ? 1 : 0];
    return t.text(typeof s.maxLength === 'number' ? s.maxLength : undefined);
  }
  return String(s.type ?? 'any value');
}

/** "required", "optional", or "optional (default: true)" (French with lang "fr"). */
export function requirementInWords(field: Field, lang: Lang = 'en'): string {
  const t = ui(lang).dataPage.types;
  if (field.required) return t.required;
  return t.optional(
    'default' in field.schema && typeof field.schema.default !== 'object'
      ? JSON.stringify(field.schema.default)
      : undefined,
  );
}

/** The dictionary of one table: a row per column, with its name, type, requirement and description. */
/**
 * A column's description in the edition's language: the schema's own in English; in French, the
 * translation by "table.column" (the French of a text field, fr.…, says so).
 */
function describe(f: Field, prefix: string, lang: Lang): string {
  const english = String(f.schema.description ?? '');
  if (lang === 'en') return english;
  const t = ui(lang).dataPage;
  const translated = f.name.startsWith('fr.')
    ? t.frField(f.name.slice(3))
    : t.fields[`${prefix}${f.name}`];
  return translated ?? english;
}

export function dictionaryTable(
  caption: string,
  fields: Field[],
  lang: Lang = 'en',
  prefix = '',
): TableModel {
  return {
    caption,
    columns: Object.entries(ui(lang).dataPage.dictColumns).map(([key, label]) => ({ key, label })),
    rows: fields.map((f) => ({
      id: f.name,
      name: f.name,
      type: typeInWords(f.schema, false, lang),
      required: requirementInWords(f, lang),
      description: describe(f, prefix, lang),
    })),
  };
}
