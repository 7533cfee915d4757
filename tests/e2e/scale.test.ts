/**
 * The same kit for a story a hundred times bigger: the site built from the ×100 copy of the data
 * (scripts/lib/scaled-data.ts, as `npm run bench:scale` makes it: 3,300 incidents) still reads on a
 * phone. At 375 px the story does not scroll sideways (with JavaScript and without), and in every
 * drawing no label's box meets another's; the graphics aggregate (grouped map markers, stacked
 * wave columns), so the story's HTML grows far less than the records.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { scaledDataset } from '../../scripts/lib/scaled-data.ts';
import { DATA_FILE } from '../../src/data/load.ts';
import { buildSite } from '../support/build.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { launch, watchedPage } from '../support/browser.ts';
import { drawnLabels, overlappingLabels } from '../support/labels.ts';

const SCALE = 100;
let outDir: string | undefined;
let dataDir: string | undefined;
let server: StaticServer;
let browser: Browser;

// The ×100 build takes 30 s to over 3 minutes on a busy 2-core machine: more than the site
// project's hook limit, and more than buildSite's default.
beforeAll(async () => {
  const data = scaledDataset(JSON.parse(readFileSync(DATA_FILE, 'utf8')), SCALE, 2025);
  dataDir = mkdtempSync(join(tmpdir(), 'under-fire-x100-'));
  const file = join(dataDir, `data-x${SCALE}.json`);
  writeFileSync(file, JSON.stringify(data));
  const build = buildSite(file, {}, 400_000);
  outDir = build.outDir;
  if (build.status !== 0) throw new Error(`the ×${SCALE} build failed:\n${build.output}`);
  server = await serveStatic(outDir);
  browser = await launch();
}, 450_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of [outDir, dataDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the ×100 story aggregates: grouped map markers, stacked wave columns, far less HTML than records', () => {
  const html = readFileSync(join(outDir!, 'index.html'), 'utf8');
  expect(html).toMatch(/<g (?=[^>]*class="map-marker)[^>]*data-grouped="\d+"/);
  expect(html).toMatch(/class="mark stack t-/);
  // ×100 the records, under ×10 the bytes of the real story (dist/, as `npm run build` made it).
  expect(html.length).toBeLessThan(10 * statSync('dist/index.html').size);
});

test.each([true, false])(
  'at 375 px the ×100 story does not scroll sideways (JavaScript %s)',
  async (javaScriptEnabled) => {
    const w = await watchedPage(browser, [server.origin], {
      viewport: { width: 375, height: 667 },
      javaScriptEnabled,
    });
    await w.page.goto(`${server.origin}/`);
    const overflow = await w.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  },
);

test('at 375 px no label of a ×100 drawing overlaps another', async () => {
  // Without JavaScript every scrolly step's drawing is laid out, each in its own step.
  const w = await watchedPage(browser, [server.origin], {
    viewport: { width: 375, height: 667 },
    javaScriptEnabled: false,
  });
  await w.page.goto(`${server.origin}/`);
  const drawings = await drawnLabels(w.page, 'figure.graphic svg');
  const kinds = new Set(drawings.map((d) => d.where.replace(/.*\(/, '')));
  for (const kind of ['static-map)', 'attack-wave)', 'policy-timeline is-vertical)'])
    expect(kinds).toContain(kind);
  expect(drawings.length).toBeGreaterThan(10);
  expect(overlappingLabels(drawings)).toEqual([]);
  expect(w.problems).toEqual([]);
  await w.page.context().close();
});

test('the ×100 live map clusters its places, established and unconfirmed apart, on every night’s view; a click on a cluster zooms in', async () => {
  const FULL = 'figure#attack-map';
  const live = `${FULL} [data-map-live]`;
  const w = await watchedPage(browser, [server.origin], {
    viewport: { width: 1280, height: 800 },
  });
  await w.page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
  await w.page.locator(`${FULL} [data-map-frame]`).scrollIntoViewIfNeeded();
  const drawn = () =>
    w.page.locator(live).evaluate((el: HTMLElement) => ({
      clusters: Number(el.dataset.clusters ?? 0),
      unconfirmed: Number(el.dataset.unconfirmedClusters ?? 0),
      incidents: Number(el.dataset.incidents ?? 0),
    }));
  await w.page.waitForFunction(
    (sel) => !!document.querySelector<HTMLElement>(sel)?.dataset.clusters,
    live,
    { timeout: 30_000 },
  );
  const places: { properties: { count: number; nights: string } }[] = JSON.parse(
    readFileSync(join(outDir!, 'map/places.json'), 'utf8'),
  ).features;
  const incidents = (night: string) =>
    places
      .filter((f) => night === 'all' || f.properties.nights.split(' ').includes(night))
      .reduce((n, f) => n + f.properties.count, 0);
  // Every place is in a mark, most of them in clusters of one kind: each cluster's number is its
  // places' incidents summed, so the marks in view add up to the places' incidents.
  const all = await drawn();
  expect(all.clusters).toBeGreaterThan(0);
  expect(all.unconfirmed).toBeGreaterThan(0);
  expect(all.clusters).toBeLessThan(places.length / 4);
  expect(all.incidents).toBe(incidents('all'));
  // A night's view clusters only the places hit that night.
  const night = w.page
    .locator(`${FULL} [data-map-controls] [data-night]:not([data-night="all"])`)
    .first();
  const value = (await night.getAttribute('data-night'))!;
  await night.click();
  await expect
    .poll(async () => (await drawn()).incidents, { timeout: 20_000 })
    .toBe(incidents(value));
  expect(incidents(value)).toBeLessThan(incidents('all'));
  // A click on a cluster zooms the map in to where it splits (MapLibre's expansion zoom).
  await w.page.locator(`${FULL} [data-map-controls] [data-night="all"]`).click();
  await expect
    .poll(async () => (await drawn()).incidents, { timeout: 20_000 })
    .toBe(incidents('all'));
  const zoom = Number(await w.page.locator(live).getAttribute('data-zoom'));
  const [x, y] = (await w.page.locator(live).getAttribute('data-biggest-cluster'))!
    .split(' ')
    .map(Number);
  await w.page.locator(live).click({ position: { x: x!, y: y! } });
  await expect
    .poll(async () => Number(await w.page.locator(live).getAttribute('data-zoom')), {
      timeout: 20_000,
    })
    .toBeGreaterThan(zoom);
  expect(w.problems).toEqual([]);
  await w.page.context().close();
});
