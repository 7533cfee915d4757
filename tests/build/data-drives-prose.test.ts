/**
 * Editing the data file changes the site after a rebuild, with no code change: the numbers in the
 * story are read from the data, never typed, and an incident at a new place and a correction, added
 * as content/README.md tells editors to, show everywhere they belong.
 */
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../support/build.ts';
import { DATA_FILE } from '../../src/data/load.ts';

const numbersIn = (html: string) =>
  Object.fromEntries([...html.matchAll(/data-num="([^"]+)">([^<]+)</g)].map((m) => [m[1], m[2]]));

describe('the prose follows the data', () => {
  test('adding an incident at a new place and a correction changes the prose, the graphics, the downloads and the metadata', () => {
    const before = buildSite(DATA_FILE);
    expect(before.status, before.output).toBe(0);
    const html1 = readFileSync(join(before.outDir, 'index.html'), 'utf8');
    const n1 = numbersIn(html1);
    expect(Object.keys(n1).length).toBeGreaterThan(0);

    const data = JSON.parse(readFileSync(DATA_FILE, 'utf8'));
    const source = data.sources[0].id;
    data.places.push({ id: 'new-place', name: 'A new prison', kind: 'prison', town: 'Newtown', departement: 'Cantal (15)', lat: 43.8, lon: 4.36, precision: 'town', sources: [source] });
    const at = data.incidents.findIndex((i: { night: string }) => i.night > '2025-04-16');
    data.incidents.splice(at, 0, { id: 'I99', date: '2025-04-16', night: '2025-04-16', place: 'new-place', type: 'arson', counts: { vehiclesBurned: 3 }, summary: 'Cars burned at the new prison.', sources: [source] });
    data.corrections.push({ id: '2025-12-02-newtown', date: '2025-12-02', kind: 'correction', text: 'An earlier version left out the fire at Newtown prison.' });
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

    const read = (path: string) => readFileSync(join(after.outDir, path), 'utf8');
    const story = parseHTML(read('index.html')).document;
    // The new place: in the map's list and table, the attack-wave table, the embeds and the downloads.
    expect(story.querySelector('#attack-map')?.textContent).toContain('A new prison');
    expect(story.querySelector('#attack-wave')?.textContent).toContain('Cars burned at the new prison.');
    expect(read('embed/attack-map/index.html')).toContain('A new prison');
    for (const file of ['data/attack-map.csv', 'data/attack-wave.csv', 'data/incidents.csv', 'data/places.csv'])
      expect(existsSync(join(after.outDir, file)) && read(file), file).toContain('new');
    // The correction: at the top, in the log at the bottom, in the page's metadata and downloads.
    expect(story.querySelector('#latest-correction')?.textContent).toContain('An earlier version left out the fire at Newtown prison.');
    expect(story.querySelector('#correction-2025-12-02-newtown')?.textContent).toContain('2 December 2025');
    expect(story.querySelector('.dateline')?.textContent).toMatch(/Corrected\s+2 December 2025/);
    const ld = JSON.parse(story.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld.dateModified).toBe('2025-12-02');
    expect(ld.correction[0].text).toContain('Newtown prison');
    expect(story.querySelector('meta[property="article:modified_time"]')?.getAttribute('content')).toBe('2025-12-02');
    expect(read('data/corrections.csv')).toContain('An earlier version left out the fire at Newtown prison.');
    expect(JSON.parse(read('data/prison-attacks.json')).corrections).toHaveLength(1);
  });
});
