import { describe, expect, test } from 'vitest';
import { csvCell, toCsv, toJson } from '../../src/data/csv.ts';
import { GRAPHICS, graphicTable } from '../../src/graphics/index.ts';

const GRAPHIC_IDS = GRAPHICS.map((g) => g.id);
import { waveIncidents } from '../../src/data/views.ts';
import { smallDataset } from '../support/fixtures.ts';

describe('CSV', () => {
  test('csvCell(value) quotes commas, quotes and newlines', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(12)).toBe('12');
  });
  test('csvCell(value) neutralises spreadsheet formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
  });
  test('toCsv(table) writes a header and one CRLF line per row', () => {
    const csv = toCsv({
      caption: 'c',
      columns: [
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B' },
      ],
      rows: [{ a: 1, b: 'x' }],
    });
    expect(csv).toBe('A,B\r\n1,x\r\n');
  });
});

describe('graphic tables', () => {
  test('every graphic has a table with a caption, columns and rows', () => {
    const d = smallDataset();
    for (const id of GRAPHIC_IDS) {
      const t = graphicTable(d, id);
      expect(t.caption.length, id).toBeGreaterThan(10);
      expect(t.rows.length, id).toBeGreaterThan(0);
      for (const row of t.rows)
        for (const c of t.columns) expect(c.key in row, `${id}.${c.key}`).toBe(true);
      expect(JSON.parse(toJson(t)).rows).toHaveLength(t.rows.length);
    }
  });
  test('the attack-wave table has one row per wave incident, naming its sources', () => {
    const d = smallDataset();
    const t = graphicTable(d, 'attack-wave');
    expect(t.rows.map((r) => r.id)).toEqual(waveIncidents(d).map((i) => i.id));
    expect(t.rows.find((r) => r.id === 'I03')!.sources).toBe('Agency A; Paper B');
  });
});
