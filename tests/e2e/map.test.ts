/** The attack map in real Chromium: static first, MapLibre on approach, static without WebGL, keyboard. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { launch, watchedPage } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import jpeg from 'jpeg-js';
import { darkTokens, lightTokens } from '../../src/styles/tokens.ts';

let server: StaticServer;
let browser: Browser;
let noWebGl: Browser;
beforeAll(async () => {
  server = await serveStatic('dist');
  browser = await launch();
  noWebGl = await launch(['--disable-3d-apis']);
});
afterAll(async () => {
  await browser?.close();
  await noWebGl?.close();
  await server?.close();
});

const FULL = 'figure#attack-map';

/** The story at 1280 × 800, scrolled to the full map figure once MapLibre has drawn it. */
async function withLiveMap() {
  const w = await watchedPage(browser, [server.origin], {
    viewport: { width: 1280, height: 800 },
  });
  await w.page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
  await w.page.locator(`${FULL} [data-map-frame]`).scrollIntoViewIfNeeded();
  await w.page.waitForFunction(
    (sel) =>
      document.querySelector<HTMLElement>(`${sel} [data-map-frame]`)?.dataset.mapMode === 'live',
    FULL,
    { timeout: 20_000 },
  );
  return w;
}

describe('the attack map', () => {
  test('with JavaScript off, the static map shows every located place', async () => {
    const w = await watchedPage(browser, [server.origin], {
      javaScriptEnabled: false,
      viewport: { width: 375, height: 800 },
    });
    await w.page.goto(`${server.origin}/`);
    const map = w.page.locator(`${FULL} .map-static .v-narrow svg`);
    expect(await map.isVisible()).toBe(true);
    const markers = await w.page.locator(`${FULL} .v-narrow .map-marker`).count();
    const places = JSON.parse(await (await fetch(`${server.origin}/map/places.json`)).text())
      .features.length;
    expect(markers).toBe(places);
    expect(await w.page.locator(`${FULL} [data-map-controls]`).isVisible()).toBe(false);
  });

  test('loads MapLibre only when the map approaches, then lays it over the static map', async () => {
    const w = await watchedPage(browser, [server.origin], {
      viewport: { width: 1280, height: 800 },
    });
    await w.page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
    const frame = w.page.locator(`${FULL} [data-map-frame]`);
    await frame.scrollIntoViewIfNeeded();
    await w.page.waitForFunction(
      (sel) =>
        document.querySelector<HTMLElement>(`${sel} [data-map-frame]`)?.dataset.mapMode === 'live',
      FULL,
      { timeout: 20_000 },
    );
    expect(w.requests.some((u) => /maplibre-gl-worker/.test(u))).toBe(true);
    // The département and région borders and the reference towns, from the site's own origin.
    expect(w.requests).toContain(`${server.origin}/map/reference.json`);
    expect(w.requests).toContain(`${server.origin}/map/towns.json`);
    expect(await w.page.locator(`${FULL} .maplibregl-canvas`).isVisible()).toBe(true);
    expect(
      await w.page.locator(`${FULL} .map-static`).evaluate((el) => getComputedStyle(el).visibility),
    ).toBe('hidden');
    const box = await w.page.locator(`${FULL} .maplibregl-canvas`).boundingBox();
    const staticBox = await w.page.locator(`${FULL} .map-static`).boundingBox();
    expect(Math.abs(box!.height - staticBox!.height)).toBeLessThan(2);
    expect(w.problems).toEqual([]);
    expect(w.foreign).toEqual([]);
  });

  test('the live map draws its marks in the page’s type colours, and takes the new ones when the theme changes', async () => {
    const w = await withLiveMap();
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    /** Pixels of the live map's canvas within 10 of `hex` in every channel. */
    const pixelsOf = async (hex: string) => {
      const image = jpeg.decode(
        await w.page
          .locator(`${FULL} .maplibregl-canvas`)
          .screenshot({ type: 'jpeg', quality: 95 }),
        { useTArray: true },
      );
      const [r, g, b] = rgb(hex);
      let n = 0;
      for (let i = 0; i < image.data.length; i += 4)
        if (
          Math.abs(image.data[i]! - r!) <= 10 &&
          Math.abs(image.data[i + 1]! - g!) <= 10 &&
          Math.abs(image.data[i + 2]! - b!) <= 10
        )
          n++;
      return n;
    };
    const [light, dark] = [lightTokens().arson!, darkTokens().arson!];
    // The arson squares (the most common type) fill a few hundred pixels in the light colour.
    await expect.poll(() => pixelsOf(light), { timeout: 10_000 }).toBeGreaterThan(300);
    await w.page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await expect.poll(() => pixelsOf(dark), { timeout: 10_000 }).toBeGreaterThan(300);
    expect(await pixelsOf(light)).toBeLessThan(30);
    expect(w.problems).toEqual([]);
  });

  test('the story page does not fetch MapLibre before the reader scrolls', async () => {
    const w = await watchedPage(browser, [server.origin], {
      viewport: { width: 375, height: 667 },
    });
    await w.page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
    expect(w.requests.filter((u) => /maplibre-gl\.|maplibre-gl-worker/.test(u))).toEqual([]);
  });

  test('without WebGL the static map stays and nothing throws', async () => {
    const w = await watchedPage(noWebGl, [server.origin], {
      viewport: { width: 1280, height: 800 },
    });
    await w.page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
    await w.page.locator(`${FULL} [data-map-frame]`).scrollIntoViewIfNeeded();
    await w.page.waitForFunction(
      (sel) =>
        document.querySelector<HTMLElement>(`${sel} [data-map-frame]`)?.dataset.mapMode ===
        'static',
      FULL,
      { timeout: 20_000 },
    );
    expect(await w.page.locator(`${FULL} .map-static .v-wide svg`).isVisible()).toBe(true);
    expect(w.problems.filter((p) => p.startsWith('uncaught'))).toEqual([]);
  });

  test('a lost WebGL context brings the static map back', async () => {
    const w = await withLiveMap();
    await w.page.evaluate((sel) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`${sel} .maplibregl-canvas`)!;
      (canvas.getContext('webgl2') as WebGL2RenderingContext)
        .getExtension('WEBGL_lose_context')!
        .loseContext();
    }, FULL);
    await w.page.waitForFunction(
      (sel) =>
        document.querySelector<HTMLElement>(`${sel} [data-map-frame]`)?.dataset.mapMode ===
        'static',
      FULL,
      { timeout: 10_000 },
    );
    expect(
      await w.page.locator(`${FULL} .map-static`).evaluate((el) => getComputedStyle(el).visibility),
    ).toBe('visible');
    expect(w.problems.filter((p) => p.startsWith('uncaught'))).toEqual([]);
  });

  test('the keyboard reaches every place, opens its details and Escape closes them', async () => {
    const w = await watchedPage(browser, [server.origin], {
      viewport: { width: 1280, height: 800 },
    });
    await w.page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
    const buttons = w.page.locator(`${FULL} [data-place-button]`);
    const n = await buttons.count();
    expect(n).toBe(await w.page.locator(`${FULL} .v-wide .map-marker`).count());
    for (let k = 0; k < n; k++) {
      const b = buttons.nth(k);
      await b.focus();
      await w.page.keyboard.press('Enter');
      const id = await b.getAttribute('data-place-button');
      // The details are fetched from the map's data page the first time (src/client/fragments.ts).
      const details = w.page.locator(`${FULL} [data-place-details="${id}"]`);
      await details.waitFor({ state: 'visible', timeout: 10_000 });
      expect(await details.locator('a').count()).toBeGreaterThan(0);
      await expect.poll(() => w.page.evaluate(() => document.activeElement?.tagName)).toBe('H4');
      await w.page.keyboard.press('Escape');
      await details.waitFor({ state: 'hidden', timeout: 10_000 });
      await expect
        .poll(() =>
          w.page.evaluate(() => document.activeElement?.getAttribute('data-place-button')),
        )
        .toBe(id);
    }
  });

  test('the night control filters the markers, on the static map too', async () => {
    const w = await watchedPage(noWebGl, [server.origin], {
      viewport: { width: 1280, height: 800 },
    });
    await w.page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
    const night = w.page
      .locator(`${FULL} [data-map-controls] [data-night]:not([data-night="all"])`)
      .first();
    const value = (await night.getAttribute('data-night'))!;
    await night.click();
    expect(await night.getAttribute('aria-pressed')).toBe('true');
    const shown = await w.page.$$eval(
      `${FULL} .v-wide .map-marker`,
      (ms, v) =>
        ms.map((m) => ({
          lit: !m.classList.contains('is-dimmed'),
          hit: (m as SVGElement).dataset.nights!.split(' ').includes(v),
        })),
      value,
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const m of shown) expect(m.lit).toBe(m.hit);
    await w.page.locator(`${FULL} [data-map-controls] button[data-night="all"]`).click();
    expect(await w.page.locator(`${FULL} .v-wide .map-marker.is-dimmed`).count()).toBe(0);
  });

  test('axe reports no violations with the live map', async () => {
    const w = await withLiveMap();
    expect(await axeViolations(w.page)).toEqual([]);
  });
});
