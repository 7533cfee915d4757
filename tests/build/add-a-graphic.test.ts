/**
 * Adding a graphic is one module, one registry entry and one MDX tag in each edition's story (README,
 * "Add a graphic"):
 * a copy of the project gets a small fixture graphic that way and nothing else, and a real
 * `astro build` of the copy gives it an embed page (and its static twin), an oEmbed file, CSV and
 * JSON downloads, a share image, a place in the embed gallery, the data page and the component
 * gallery, and draws it in the story; the content lints loop over it too.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { csvParseRows } from 'd3';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/** The fixture graphic: a dot per statistic, sized by nothing clever; it uses only the registry's contract. */
const MODULE = `/** Fixture: every statistic of the data file as a dot on a line (tests/build/add-a-graphic.test.ts). */
import { formatNumber } from '../data/format.ts';
import { svgEl, svgText } from '../draw/dom.ts';
import { defineGraphic } from './types.ts';

export const fixtureDots = defineGraphic({
  id: 'fixture-dots',
  label: 'Fixture: the statistics as dots',
  component: 'FixtureDots',
  doc: 'A fixture graphic that the add-a-graphic test registers: one dot per statistic of the data file. No props.',
  height: 900,
  caption: (d) => ({ title: \`\${d.statistics.length} statistics as dots\`, description: 'One dot per statistic, left to right in file order.', sources: [...new Set(d.statistics.flatMap((s) => s.sources))] }),
  table: (d) => ({
    caption: 'Statistics as dots',
    columns: [{ key: 'stat', label: 'Statistic' }, { key: 'value', label: 'Value', numeric: true }],
    rows: d.statistics.map((s) => ({ id: s.id, stat: s.id, value: s.value })),
  }),
  inputs: (d) => d.statistics.map((s) => ({ id: s.id, value: s.value })),
  render: (dots, { width, document }) => {
    const svg = svgEl(document, 'svg', { viewBox: \`0 0 \${width} 60\`, width, height: 60, class: 'fixture-dots', 'aria-hidden': 'true' });
    dots.forEach((dot, k) => svg.append(svgEl(document, 'circle', { cx: 10 + (k * (width - 20)) / Math.max(1, dots.length - 1), cy: 30, r: 6, 'data-id': dot.id })));
    svg.append(svgText(document, formatNumber(dots.length), { x: 4, y: 56 }));
    return svg;
  },
  legend: () => [{ swatch: { type: 'arson' }, label: 'A statistic' }],
});
`;

const ID = 'fixture-dots';
let root: string;
let dist: string;
let build: { status: number | null; output: string };
let lint: { status: number | null; output: string };

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const page = (path: string) => parseHTML(read(path)).document as unknown as Document;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'under-fire-add-graphic-'));
  for (const entry of [
    'src',
    'content',
    'public',
    'scripts',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
  ])
    cpSync(entry, join(root, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  // 1. One module.
  writeFileSync(join(root, 'src/graphics/fixtureDots.ts'), MODULE);
  // 2. One registry entry (its import and its place in the list).
  const registry = join(root, 'src/graphics/index.ts');
  const text = readFileSync(registry, 'utf8');
  const withEntry = text
    .replace(
      "import { storyMap } from './storyMap.ts';",
      "import { storyMap } from './storyMap.ts';\nimport { fixtureDots } from './fixtureDots.ts';",
    )
    .replace('  countingAttacks,\n] as const', '  countingAttacks,\n  fixtureDots,\n] as const');
  expect(
    withEntry.match(/fixtureDots/g),
    'the registry still has the shape the README describes',
  ).toHaveLength(3);
  writeFileSync(registry, withEntry);
  // 3. One MDX tag in each edition's story (the lints fail when a graphic is in one edition only).
  for (const file of ['content/story.mdx', 'content/story.fr.mdx']) {
    const story = join(root, file);
    const before = readFileSync(story, 'utf8');
    const after = before.replace(
      '\n<CountingAttacks />\n',
      '\n<CountingAttacks />\n\n<FixtureDots />\n',
    );
    expect(after, `${file} still has <CountingAttacks /> on a line of its own`).not.toBe(before);
    writeFileSync(story, after);
  }

  const bin = resolve('node_modules/.bin');
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
  const lintRun = spawnSync('node', ['scripts/check-content.ts'], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  lint = { status: lintRun.status, output: `${lintRun.stdout}\n${lintRun.stderr}` };
  dist = join(root, 'dist');
  const result = spawnSync('astro', ['build', '--outDir', dist], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 180_000,
  });
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}, 240_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a graphic added with one module, one registry entry and one MDX tag per edition', () => {
  test('the copy builds, and the content lints pass with the new tag', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(lint.status, lint.output).toBe(0);
  });

  test('its embed page and static embed draw it with its caption, table and downloads', () => {
    for (const path of [`embed/${ID}/index.html`, `embed/${ID}/static/index.html`]) {
      const doc = page(path);
      const figure = doc.querySelector(`figure#${ID}`);
      expect(figure, path).not.toBeNull();
      expect(
        figure!.querySelectorAll('svg.fixture-dots circle[data-id]').length,
        path,
      ).toBeGreaterThan(3);
      expect(doc.querySelector(`#${ID}-title`)?.textContent, path).toMatch(
        /^\d+ statistics as dots$/,
      );
      expect(figure!.querySelector('table caption')?.textContent, path).toContain(
        'Statistics as dots',
      );
      expect(figure!.querySelector(`a[href="/data/${ID}.csv"]`), path).not.toBeNull();
      expect(doc.querySelector('.chart-key')?.textContent, path).toContain('A statistic');
    }
  });

  test('its oEmbed file names its embed and share image', () => {
    const o = JSON.parse(read(`oembed/${ID}.json`));
    expect(o.title).toBe('Fixture: the statistics as dots');
    expect(o.html).toContain(`/embed/${ID}/`);
    expect(o.height).toBe(900);
    expect(new URL(o.thumbnail_url).pathname).toBe(`/share/${ID}.png`);
  });

  test('its CSV and JSON downloads hold the rows of its table', () => {
    const rows = csvParseRows(read(`data/${ID}.csv`));
    expect(rows[0]).toEqual(['Statistic', 'Value']);
    const data = JSON.parse(readFileSync('content/data/prison-attacks.json', 'utf8'));
    expect(rows.length - 1).toBe(data.statistics.length);
    expect(JSON.parse(read(`data/${ID}.json`)).rows).toHaveLength(data.statistics.length);
  });

  test('its share image is a 1200 × 630 PNG', () => {
    const png = readFileSync(join(dist, `share/${ID}.png`));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(
      page(`embed/${ID}/index.html`)
        .querySelector('meta[property="og:image"]')
        ?.getAttribute('content'),
    ).toMatch(new RegExp(`/share/${ID}\\.png$`));
  });

  test('the galleries, the data page and the story list it', () => {
    const gallery = page('components/index.html').querySelector('[data-component="FixtureDots"]');
    expect(gallery?.querySelector('.component-doc')?.textContent).toContain('A fixture graphic');
    expect(gallery?.querySelector(`.component-live figure#${ID} svg`)).not.toBeNull();
    expect(page('embed/index.html').querySelector(`iframe[src="/embed/${ID}/"]`)).not.toBeNull();
    expect(page('data/index.html').querySelector(`a[href="/data/${ID}.csv"]`)).not.toBeNull();
    expect(page('index.html').querySelector(`figure#${ID} svg.fixture-dots`)).not.toBeNull();
    expect(existsSync(join(dist, `embed/${ID}/static/index.html`))).toBe(true);
  });
});
