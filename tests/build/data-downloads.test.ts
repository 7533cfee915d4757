/**
 * The data downloads in dist/data/ after `npm run build`: a CSV per table with the schema's header
 * and a line per record, the whole file as JSON beside its JSON Schema, and the dictionary page at
 * /data/ listing every download and every column of every table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { JSON_SCHEMA_FILE } from '../../src/data/jsonSchema.ts';
import {
  LIST_SEPARATOR,
  RECORD_TABLES,
  metaFields,
  recordFields,
} from '../../src/data/recordTables.ts';
import { GRAPHICS } from '../../src/graphics/index.ts';
import { formatNumber } from '../../src/data/format.ts';
import { DIST, parsedPages } from '../support/built.ts';

const data = loadDataset();
const built = (path: string) => readFileSync(join(DIST, path), 'utf8');

describe.each(RECORD_TABLES)('/data/%s.csv', (table) => {
  const [header, ...lines] = csvParseRows(built(`data/${table}.csv`));
  const records = data[table] as { id: string }[];

  test('has the header from the schema', () => {
    expect(header).toEqual(recordFields(table).map((f) => f.name));
  });

  test('has one line per record of the data file, in order, each as wide as the header', () => {
    expect(lines.map((l) => l[0])).toEqual(records.map((r) => r.id));
    for (const line of lines) expect(line).toHaveLength(header!.length);
  });

  test('names the sources of each record, when the table has them', () => {
    const at = header!.indexOf('sources');
    if (at < 0) return expect(['sources', 'corrections']).toContain(table);
    lines.forEach((line, i) =>
      expect(line[at]).toBe(
        (records[i] as unknown as { sources: string[] }).sources.join(LIST_SEPARATOR),
      ),
    );
  });
});

describe('/data/incidents.csv', () => {
  test('flattens counts into dotted columns', () => {
    const [header, ...lines] = csvParseRows(built('data/incidents.csv'));
    const at = header!.indexOf('counts.vehiclesBurned');
    expect(at).toBeGreaterThan(0);
    expect(lines.map((l) => l[at])).toEqual(
      data.incidents.map((i) =>
        i.counts.vehiclesBurned === undefined ? '' : String(i.counts.vehiclesBurned),
      ),
    );
  });
});

describe('/data/prison-attacks.json', () => {
  const json = JSON.parse(built('data/prison-attacks.json'));

  test('parses and deep-equals the validated data, sources included', () => {
    expect(json).toEqual(JSON.parse(JSON.stringify(data)));
    expect(json.sources).toHaveLength(data.sources.length);
  });

  test('its "$schema" resolves to /data/prison-attacks.schema.json, the committed schema', () => {
    expect(new URL(json.$schema, 'https://site.example/data/prison-attacks.json').pathname).toBe(
      '/data/prison-attacks.schema.json',
    );
    expect(built('data/prison-attacks.schema.json')).toBe(readFileSync(JSON_SCHEMA_FILE, 'utf8'));
  });
});

describe('/data/ (the data dictionary)', () => {
  const page = parsedPages().find((p) => p.path === '/data/');
  if (!page) throw new Error('dist/data/index.html is missing: the dictionary page was not built');
  const doc = page.document;
  const hrefs = [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));

  test('links every download: the whole file, its schema, each table and each graphic', () => {
    const expected = [
      '/data/prison-attacks.json',
      '/data/prison-attacks.schema.json',
      ...RECORD_TABLES.map((t) => `/data/${t}.csv`),
      ...GRAPHICS.map((g) => g.id).flatMap((g) => [`/data/${g}.csv`, `/data/${g}.json`]),
    ];
    expect(expected.filter((href) => !hrefs.includes(href))).toEqual([]);
  });

  test.each(RECORD_TABLES)('gives the row count of %s.csv', (table) => {
    const item = [...doc.querySelectorAll('#downloads ~ ul li')].find((li) =>
      li.querySelector(`a[href="/data/${table}.csv"]`),
    );
    const n = data[table].length;
    expect(item?.textContent).toContain(`${formatNumber(n)} row${n === 1 ? '' : 's'}`);
  });

  test.each([...RECORD_TABLES, 'meta'])(
    'lists every field of %s in a table with a caption and column headers',
    (table) => {
      const section = doc.getElementById(`table-${table}`)?.closest('section');
      const t = section?.querySelector('table');
      expect(t?.querySelector('caption')?.textContent).toMatch(/\w/);
      expect([...t!.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent)).toEqual(
        ['Column', 'Type', 'Required', 'What it is'],
      );
      const fields =
        table === 'meta' ? metaFields() : recordFields(table as (typeof RECORD_TABLES)[number]);
      const rows = [...t!.querySelectorAll('tbody tr')];
      expect(rows.map((r) => r.querySelector('th[scope="row"]')?.textContent)).toEqual(
        fields.map((f) => f.name),
      );
      rows.forEach((r, i) =>
        expect(r.querySelectorAll('td')[2]?.textContent).toBe(
          String(fields[i]!.schema.description),
        ),
      );
    },
  );
});
