/**
 * Editing the data file changes the prose after a rebuild, with no code change: the numbers in the
 * story are read from the data, never typed.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../support/build.ts';
import { DATA_FILE } from '../../src/data/load.ts';

const numbersIn = (html: string) =>
  Object.fromEntries([...html.matchAll(/data-num="([^"]+)">([^<]+)</g)].map((m) => [m[1], m[2]]));

describe('the prose follows the data', () => {
  test('adding an incident at a new place changes the counts in the prose', () => {
    const before = buildSite(DATA_FILE);
    expect(before.status, before.output).toBe(0);
    const html1 = readFileSync(join(before.outDir, 'index.html'), 'utf8');
    const n1 = numbersIn(html1);
    expect(Object.keys(n1).length).toBeGreaterThan(0);

    const data = JSON.parse(readFileSync(DATA_FILE, 'utf8'));
    const source = data.sources[0].id;
    data.places.push({ id: 'new-place', name: 'A new prison', kind: 'prison', town: 'Newtown', departement: 'Cantal (15)', lat: 43.8, lon: 4.36, precision: 'town', sources: [source] });
    const at = data.incidents.findIndex((i: { night: string }) => i.night > '2025-04-16');
    data.incidents.splice(at, 0, { id: 'I99', date: '2025-04-16', night: '2025-04-16', place: 'new-place', type: 'arson', counts: { vehiclesBurned: 3 }, summary: 'Cars burned.', sources: [source] });
    const file = join(mkdtempSync(join(tmpdir(), 'under-fire-data-')), 'edited.json');
    writeFileSync(file, JSON.stringify(data));

    const after = buildSite(file);
    expect(after.status, after.output).toBe(0);
    const n2 = numbersIn(readFileSync(join(after.outDir, 'index.html'), 'utf8'));
    for (const [name, text] of Object.entries(n2)) {
      const changed = ['wave.incidents', 'wave.places', 'wave.vehicles-burned', 'wave.prisons', 'wave.towns', 'wave.departements', 'wave.arson'];
      if (changed.includes(name) && name in n1) expect(text, name).not.toBe(n1[name]);
    }
    expect(Object.keys(n2).some((k) => k.startsWith('wave.'))).toBe(true);
  });
});
