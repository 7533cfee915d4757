/**
 * The JSON Schema that editors' editors use (content/data/prison-attacks.schema.json): it is what
 * the zod schema generates, it sits where the data file's "$schema" points, every field explains
 * itself on hover, and it accepts the real data and refuses the mistakes editors make.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { DATA_FILE } from '../../src/data/load.ts';
import {
  JSON_SCHEMA_FILE,
  datasetJsonSchema,
  datasetJsonSchemaText,
  type JsonSchema,
} from '../../src/data/jsonSchema.ts';
import {
  INCIDENT_TYPES,
  PLACE_KINDS,
  PRECISIONS,
  TIMELINE_CATEGORIES,
} from '../../src/data/vocabulary.ts';
import { brokenText } from '../support/brokenFixtures.ts';

const read = (file: string) => readFileSync(file, 'utf8');
const schema = datasetJsonSchema();

/** Every sub-schema with its JSON-pointer-like path, depth first, the root first. */
function walk(s: JsonSchema, path = '#'): [string, JsonSchema][] {
  const children: [string, JsonSchema][] = [
    ...Object.entries((s.properties ?? {}) as Record<string, JsonSchema>).map(
      ([k, v]) => [`${path}/properties/${k}`, v] as [string, JsonSchema],
    ),
    ...(s.items ? [[`${path}/items`, s.items as JsonSchema] as [string, JsonSchema]] : []),
    ...((s.anyOf ?? []) as JsonSchema[]).map(
      (v, i) => [`${path}/anyOf/${i}`, v] as [string, JsonSchema],
    ),
  ];
  return [[path, s], ...children.flatMap(([p, c]) => walk(c, p))];
}

const records = (name: string) =>
  (schema.properties as Record<string, JsonSchema>)[name]!.items as JsonSchema;
const prop = (s: JsonSchema, name: string) => (s.properties as Record<string, JsonSchema>)[name]!;

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  ajv.addKeyword('patternErrorMessage'); // VS Code's keywords: the message it shows when a pattern fails,
  ajv.addKeyword('errorMessage'); // or when a type or an enum does
  return ajv.compile(schema);
}

describe('content/data/prison-attacks.schema.json', () => {
  test('is what the zod schema generates', () => {
    const committed = existsSync(JSON_SCHEMA_FILE) ? read(JSON_SCHEMA_FILE) : '(missing)';
    expect(
      committed,
      `${JSON_SCHEMA_FILE} is out of date with src/data/schema.ts: run \`npm run schema\` and commit the file`,
    ).toBe(datasetJsonSchemaText());
  });

  test('sits where the data file\'s "$schema" points', () => {
    const pointer = JSON.parse(read(DATA_FILE)).$schema;
    expect(pointer).toBe('./prison-attacks.schema.json');
    expect(normalize(join(dirname(DATA_FILE), pointer))).toBe(normalize(JSON_SCHEMA_FILE));
  });

  test('is draft 2020-12, which Ajv 2020 compiles in strict mode', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => validator()).not.toThrow();
  });
});

describe('what editors see on hover', () => {
  test('the root and each record type have a title and a description', () => {
    const typed: [string, JsonSchema][] = [
      ['#', schema],
      ...['sources', 'places', 'incidents', 'timeline', 'statistics', 'corrections'].map(
        (n): [string, JsonSchema] => [n, records(n)],
      ),
    ];
    for (const [name, s] of typed) {
      expect(s.title, `${name} has no title`).toMatch(/\w/);
      expect(s.description, `${name} has no description`).toMatch(/\w{3}/);
    }
  });

  test('every property at every level has a description', () => {
    const properties = walk(schema).filter(([path]) => /\/properties\/[^/]+$/.test(path));
    expect(properties.length).toBeGreaterThan(50);
    const bare = properties
      .filter(([, s]) => typeof s.description !== 'string' || s.description.trim().length < 5)
      .map(([p]) => p);
    expect(bare).toEqual([]);
  });

  test('keeps the caveats written in the schema, e.g. how a place is located and how a night is named', () => {
    expect(prop(records('places'), 'precision').description).toContain(
      '"unlocated" = no sourced coordinates',
    );
    expect(prop(records('incidents'), 'night').description).toContain(
      'named by the evening that started it',
    );
  });

  test('patterns carry a message in words for editors that show patternErrorMessage', () => {
    const patterned = walk(schema).filter(([, s]) => typeof s.pattern === 'string');
    expect(patterned.length).toBeGreaterThan(10);
    expect(
      patterned.filter(([, s]) => typeof s.patternErrorMessage !== 'string').map(([p]) => p),
    ).toEqual([]);
  });

  test("enums and numbers carry the build's message for editors that show errorMessage", () => {
    const typed = walk(schema).filter(
      ([, s]) => Array.isArray(s.enum) || s.type === 'number' || s.type === 'integer',
    );
    expect(typed.length).toBeGreaterThan(8);
    const link = '#/properties/incidents/items/properties/link'; // the one enum whose zod message is zod's own
    expect(
      typed.filter(([p, s]) => p !== link && typeof s.errorMessage !== 'string').map(([p]) => p),
    ).toEqual([]);
    expect(prop(records('incidents'), 'type').errorMessage).toBe(
      `The type must be one of: ${INCIDENT_TYPES.join(', ')}`,
    );
  });
});

describe('what editors see underlined', () => {
  test('every object forbids unknown keys, so a misspelt field is flagged', () => {
    const objects = walk(schema).filter(([, s]) => s.type === 'object');
    expect(objects.length).toBeGreaterThanOrEqual(10);
    expect(objects.filter(([, s]) => s.additionalProperties !== false).map(([p]) => p)).toEqual([]);
  });

  test('enums are the vocabulary of src/data/vocabulary.ts', () => {
    expect(prop(records('places'), 'kind').enum).toEqual([...PLACE_KINDS]);
    expect(prop(records('places'), 'precision').enum).toEqual([...PRECISIONS]);
    expect(prop(records('incidents'), 'type').enum).toEqual([...INCIDENT_TYPES]);
    expect(prop(records('timeline'), 'category').enum).toEqual([...TIMELINE_CATEGORIES]);
  });

  test('fields with a default may be left out (the schema describes the file as editors write it)', () => {
    expect(records('incidents').required).not.toContain('nightConfirmed');
    expect(prop(records('incidents'), 'nightConfirmed').default).toBe(true);
    expect(schema.required).not.toContain('corrections');
  });

  test.each([DATA_FILE, 'tests/fixtures/small.json', 'tests/fixtures/hostile.json'])(
    '%s validates',
    (file) => {
      const validate = validator();
      const ok = validate(JSON.parse(read(file)));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    },
  );

  // The mistakes of shape; the cross-record ones (duplicate ids, unknown source ids, order,
  // swapped coordinates) only the build's check finds.
  test.each([
    ['unknown-type.json', '/incidents/2/type'],
    ['field-name-typo.json', '/incidents/3'],
    ['count-in-words.json', '/incidents/0/counts/vehiclesBurned'],
    ['http-url.json', '/sources/1/url'],
    ['impossible-date.json', '/incidents/1/date'],
    ['missing-field.json', '/places/0'],
  ])('the broken fixture %s does not validate, at %s', (file, at) => {
    const validate = validator();
    expect(validate(JSON.parse(brokenText(file.replace(/\.json$/, ''))))).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toContain(at);
  });
});
