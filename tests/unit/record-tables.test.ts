/** The data file as flat tables (the /data/<table>.csv downloads) and the dictionary's words for each column. */
import { csvParseRows } from 'd3';
import { describe, expect, test } from 'vitest';
import { toCsv } from '../../src/data/csv.ts';
import { dictionaryTable, requirementInWords, typeInWords } from '../../src/data/dictionary.ts';
import {
  RECORD_TABLES,
  cellValue,
  metaFields,
  recordFields,
  recordTable,
} from '../../src/data/recordTables.ts';
import { Counts, Incident, Source } from '../../src/data/schema.ts';
import { GRAPHICS } from '../../src/graphics/index.ts';
import { smallDataset } from '../support/fixtures.ts';

const names = (table: (typeof RECORD_TABLES)[number]) => recordFields(table).map((f) => f.name);

describe('recordFields(table)', () => {
  test('lists the fields in the order of the zod schema, a nested object as dotted names', () => {
    const french = (schema: typeof Incident | typeof Source) =>
      Object.keys(schema.shape.fr.unwrap().shape).map((f) => `fr.${f}`);
    const expected = Object.keys(Incident.shape).flatMap((k) =>
      k === 'counts'
        ? Object.keys(Counts.shape).map((c) => `counts.${c}`)
        : k === 'fr'
          ? french(Incident)
          : [k],
    );
    expect(names('incidents')).toEqual(expected);
    expect(names('sources')).toEqual(
      Object.keys(Source.shape).flatMap((k) => (k === 'fr' ? french(Source) : [k])),
    );
  });

  test('marks required only what a record must have; a nested field is optional when its object is', () => {
    const incident = new Map(recordFields('incidents').map((f) => [f.name, f.required]));
    expect(incident.get('summary')).toBe(true);
    expect(incident.get('nightConfirmed')).toBe(false);
    expect(incident.get('counts.vehiclesBurned')).toBe(false);
    expect(metaFields().map((f) => [f.name, f.required])).toEqual([
      ['meta.wave.firstNight', true],
      ['meta.wave.lastNight', true],
      ['meta.checked', true],
    ]);
  });

  test('table names do not collide with graphic ids, which share /data/<name>.csv', () => {
    expect(RECORD_TABLES.filter((t) => GRAPHICS.some((g) => (g.id as string) === t))).toEqual([]);
  });
});

describe('recordTable(d, table)', () => {
  test('has one row per record, in file order, for every table', () => {
    const d = smallDataset();
    for (const table of RECORD_TABLES) {
      const t = recordTable(d, table);
      expect(
        t.rows.map((r) => r.id),
        table,
      ).toEqual(d[table].map((r) => r.id));
      expect(
        t.columns.map((c) => c.label),
        table,
      ).toEqual(names(table));
    }
  });

  test('flattens counts, joins sources with "; ", writes booleans as true/false and leaves missing cells empty', () => {
    const d = smallDataset();
    const row = recordTable(d, 'incidents').rows[0]!;
    const incident = d.incidents[0]!;
    expect(row['counts.vehiclesBurned']).toBe(incident.counts.vehiclesBurned ?? null);
    expect(row.sources).toBe(incident.sources.join('; '));
    expect(row.nightConfirmed).toBe(String(incident.nightConfirmed));
    expect(cellValue({ counts: {} }, 'counts.homesHit')).toBeNull();
    expect(cellValue({ a: { b: 0 } }, 'a.b')).toBe(0);
    expect(cellValue({ date: null }, 'date')).toBeNull();
  });

  test('a table with no records still has its header row', () => {
    const d = smallDataset();
    d.corrections = [];
    expect(toCsv(recordTable(d, 'corrections'))).toBe('id,date,kind,text,record,was,fr.text\r\n'); // columns from the schema, the optional ones included (the French as fr.*)
  });

  test('as CSV, a cell with commas, quotes or a newline reads back whole', () => {
    const d = smallDataset();
    d.incidents[0]!.summary = 'A "quoted", comma\nand a newline';
    const [header, first] = csvParseRows(toCsv(recordTable(d, 'incidents')));
    expect(first![header!.indexOf('summary')]).toBe('A "quoted", comma\nand a newline');
  });
});

describe('the dictionary in words', () => {
  test('typeInWords(schema) names each kind of field plainly', () => {
    const type = (table: (typeof RECORD_TABLES)[number], name: string) =>
      typeInWords(recordFields(table).find((f) => f.name === name)!.schema);
    expect(type('incidents', 'date')).toBe('date as YYYY-MM-DD');
    expect(type('timeline', 'date')).toBe('date as YYYY-MM-DD, YYYY-MM, YYYY or YYYY-season');
    expect(type('sources', 'date')).toBe(
      'date as YYYY-MM-DD, YYYY-MM, YYYY or YYYY-season, or null',
    );
    expect(type('incidents', 'counts.vehiclesBurned')).toBe('whole number, 0 or more');
    expect(type('incidents', 'type')).toBe(
      'one of: arson, attempted-arson, gunfire, fireworks, vandalism, threat, drone',
    );
    expect(type('incidents', 'ddpf')).toBe('true or false');
    expect(type('places', 'lat')).toBe('number');
    expect(type('sources', 'url')).toBe('web address starting with https://');
    expect(type('sources', 'outlet')).toBe('text, up to 120 characters');
    expect(type('places', 'id')).toBe('id (lower-case letters, digits and hyphens)');
    expect(type('incidents', 'sources')).toBe(
      'list of ids (lower-case letters, digits and hyphens), at least one; in the CSV, joined with "; "',
    );
  });

  test('requirementInWords(field) says required, optional, or optional with its default', () => {
    const req = (name: string) =>
      requirementInWords(recordFields('incidents').find((f) => f.name === name)!);
    expect(req('summary')).toBe('required');
    expect(req('timeNote')).toBe('optional');
    expect(req('nightConfirmed')).toBe('optional (default: true)');
    expect(req('link')).toBe('optional (default: "established")');
  });

  test('dictionaryTable(caption, fields) has a row per field, each with a type and a description', () => {
    for (const table of RECORD_TABLES) {
      const t = dictionaryTable(table, recordFields(table));
      expect(t.rows.map((r) => r.name)).toEqual(names(table));
      for (const row of t.rows) {
        expect(String(row.description).length, `${table}.${row.name}`).toBeGreaterThan(5);
        expect(row.type, `${table}.${row.name}`).not.toMatch(/^(object|any value|undefined)$/);
      }
    }
  });
});

describe('the data dictionary in French (/fr/data/)', () => {
  test('every column has its French description, type and requirement', () => {
    for (const table of RECORD_TABLES) {
      const fr = dictionaryTable('', recordFields(table), 'fr', `${table}.`);
      const en = dictionaryTable('', recordFields(table), 'en', `${table}.`);
      expect(fr.columns.map((c) => c.label)).toEqual([
        'Colonne',
        'Type',
        'Obligatoire',
        'Description',
      ]);
      fr.rows.forEach((row, k) => {
        expect(row.description, `${table}.${row.name}`).not.toBe(en.rows[k]!.description);
        expect(row.required).toMatch(/^(obligatoire|facultatif)/);
      });
    }
    const incidents = dictionaryTable('', recordFields('incidents'), 'fr', 'incidents.');
    const row = (name: string) => incidents.rows.find((r) => r.name === name)!;
    expect(row('counts.vehiclesBurned').type).toBe('nombre entier, 0 ou plus');
    expect(row('nightConfirmed').required).toBe('facultatif (par défaut : true)');
    expect(row('fr.summary').description).toBe(
      'La version française de « summary », pour l’édition en français.',
    );
  });
});
