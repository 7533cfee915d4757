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
import { formatDate } from '../../src/data/format.ts';

/** The JSON examples of content/README.md, by the kind of record each one is. */
function guideExamples() {
  const blocks = [
    ...readFileSync('content/README.md', 'utf8').matchAll(/```json\n([\s\S]*?)```/g),
  ].map((m) => JSON.parse(m[1]!));
  const find = (key: string) =>
    blocks.find((b) => key in b) ?? expect.fail(`content/README.md has no example with "${key}"`);
  return {
    source: find('outlet'),
    place: find('precision'),
    incident: find('night'),
    timeline: find('category'),
    correction: find('text'),
  };
}

const numbersIn = (html: string) =>
  Object.fromEntries([...html.matchAll(/data-num="([^"]+)">([^<]+)</g)].map((m) => [m[1], m[2]]));

describe('the prose follows the data', () => {
  test('adding an incident at a new place and a correction changes the prose, the graphics, the downloads and the metadata', () => {
    const before = buildSite(DATA_FILE);
    expect(before.status, before.output).toBe(0);
    // Quiet, honest output: a build of the real data prints no warning at all (MapLibre's lazy chunk included).
    expect(before.output).not.toMatch(/\[WARN\]|chunks are larger than/);
    const html1 = readFileSync(join(before.outDir, 'index.html'), 'utf8');
    const n1 = numbersIn(html1);
    expect(Object.keys(n1).length).toBeGreaterThan(0);

    // The records exactly as the editors' guide shows them, added where the guide says.
    const examples = guideExamples();
    const data = JSON.parse(readFileSync(DATA_FILE, 'utf8'));
    data.sources.push(examples.source);
    data.places.push(examples.place);
    data.incidents.push(examples.incident); // at the end, as the guide says: the build sorts it into its night
    data.timeline.push(examples.timeline);
    data.corrections.push(examples.correction);
    const file = join(mkdtempSync(join(tmpdir(), 'under-fire-data-')), 'edited.json');
    writeFileSync(file, JSON.stringify(data));

    const after = buildSite(file);
    expect(after.status, after.output).toBe(0);
    const n2 = numbersIn(readFileSync(join(after.outDir, 'index.html'), 'utf8'));
    for (const [name, text] of Object.entries(n2)) {
      const changed = [
        'wave.incidents',
        'wave.places',
        'wave.vehicles-burned',
        'wave.prisons',
        'wave.towns',
        'wave.departements',
        'wave.arson',
      ];
      if (changed.includes(name) && name in n1) expect(text, name).not.toBe(n1[name]);
    }
    expect(Object.keys(n2).some((k) => k.startsWith('wave.'))).toBe(true);

    const read = (path: string) => readFileSync(join(after.outDir, path), 'utf8');
    const story = parseHTML(read('index.html')).document;
    // The new place: in the map's list and table, the attack-wave table, the embeds and the downloads.
    // The story's tables are on the graphics' data pages (/data/<graphic>/), which it fetches them from.
    const tableOn = (id: string) =>
      parseHTML(read(`data/${id}/index.html`)).document.querySelector(`[data-table-of="${id}"]`)
        ?.textContent;
    const { place, incident, timeline, correction, source } = guideExamples();
    expect(story.querySelector('#attack-map')?.textContent).toContain(place.town);
    expect(tableOn('attack-map')).toContain(place.name);
    expect(tableOn('attack-wave')).toContain(incident.summary);
    expect(tableOn('policy-timeline')).toContain(timeline.title);
    // The new source: listed on the sources page, and counted in the story's summary of them.
    expect(story.querySelector('.source-summary p')?.textContent).toContain(
      `${data.sources.length} `,
    );
    const sourcesPage = parseHTML(read('sources/index.html')).document;
    expect(sourcesPage.querySelector(`#source-${source.id}`)?.textContent).toContain(source.title);
    expect(read('embed/attack-map/index.html')).toContain(place.name);
    for (const [file, text] of [
      ['data/attack-map.csv', place.name],
      ['data/attack-wave.csv', incident.summary],
      ['data/incidents.csv', incident.id],
      ['data/places.csv', place.id],
      ['data/corrections.csv', correction.text],
    ])
      expect(existsSync(join(after.outDir, file!)) && read(file!), file).toContain(text);
    // The correction: at the top, in the log at the bottom, in the page's metadata and downloads.
    expect(story.querySelector('#latest-correction')?.textContent).toContain(correction.text);
    expect(story.querySelector(`#correction-${correction.id}`)?.textContent).toContain(
      correction.text,
    );
    expect(story.querySelector('.dateline')?.textContent).toMatch(
      new RegExp(`Corrected\\s+${formatDate(correction.date)}`),
    );
    const ld = JSON.parse(story.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld.dateModified).toBe(correction.date);
    expect(ld.correction.some((c: { text: string }) => c.text.includes(correction.text))).toBe(
      true,
    );
    expect(
      story.querySelector('meta[property="article:modified_time"]')?.getAttribute('content'),
    ).toBe(correction.date);
    const corrections = JSON.parse(read('data/prison-attacks.json')).corrections;
    expect(corrections).toHaveLength(data.corrections.length);
    expect(corrections).toContainEqual(correction);
  }, 360_000); // two full builds, each allowed 180 s by buildSite, on two busy cores
});
