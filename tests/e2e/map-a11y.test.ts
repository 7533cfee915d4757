/**
 * The maps beyond what axe sees, in real Chromium: the live map follows a theme change made after
 * it loaded (pixels), each map canvas has its own accessible name that tells the truth about its
 * section, and status lines speak only after the reader does something.
 */
import { describe, expect, test } from 'vitest';
import jpeg from 'jpeg-js';
import type { Page } from 'playwright-core';
import { darkTokens, lightTokens } from '../../src/styles/tokens.ts';
import { watchedPage } from '../support/browser.ts';
import { servedSite } from '../support/site.ts';

const site = servedSite();
const FULL = 'figure#attack-map';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** Share of the live canvas's pixels within a small distance of the scheme's sea, land or France colours. */
async function schemeShare(page: Page, tokens: Record<string, string>): Promise<number> {
  const image = jpeg.decode(
    await page.locator(`${FULL} .maplibregl-canvas`).screenshot({ type: 'jpeg', quality: 95 }),
    { useTArray: true },
  );
  const targets = ['sea', 'land', 'surface'].map((k) => rgb(tokens[k]!));
  let hits = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (
      targets.some(
        ([r, g, b]) =>
          Math.abs(image.data[i]! - r!) <= 10 &&
          Math.abs(image.data[i + 1]! - g!) <= 10 &&
          Math.abs(image.data[i + 2]! - b!) <= 10,
      )
    )
      hits++;
  }
  return hits / (image.width * image.height);
}

async function liveMap(page: Page, selector: string): Promise<void> {
  // A sticky map is reached through its section's second step; a figure's map directly.
  await page
    .locator(`${selector} [data-map-frame]`)
    .first()
    .evaluate((el) =>
      (el.closest('[data-scrolly]')?.querySelectorAll('[data-step]')[1] ?? el).scrollIntoView({
        block: 'center',
      }),
    );
  await page.mouse.wheel(0, 1);
  await page.waitForFunction(
    (sel) =>
      document.querySelector<HTMLElement>(`${sel} [data-map-frame]`)?.dataset.mapMode === 'live',
    selector,
    { timeout: 30_000 },
  );
}

describe('the maps, beyond axe', () => {
  test('switching to dark after the live map has loaded repaints the map dark', async () => {
    const w = await watchedPage(site.browser, [site.server.origin], {
      viewport: { width: 1280, height: 800 },
      colorScheme: 'light',
    });
    await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
    await liveMap(w.page, FULL);
    await expect
      .poll(() => schemeShare(w.page, lightTokens()), { timeout: 10_000 })
      .toBeGreaterThan(0.5);
    await w.page.getByRole('radio', { name: 'Dark' }).check();
    await expect
      .poll(() => schemeShare(w.page, darkTokens()), { timeout: 10_000 })
      .toBeGreaterThan(0.5);
    expect(await schemeShare(w.page, lightTokens())).toBeLessThan(0.05);
    expect(w.problems).toEqual([]);
  });

  test('each map canvas has its own name, and only the one with a list of places mentions it', async () => {
    const w = await watchedPage(site.browser, [site.server.origin], {
      viewport: { width: 1280, height: 800 },
    });
    await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
    await liveMap(w.page, '[data-scrolly][data-graphic="attack-map"]');
    await liveMap(w.page, FULL);
    const names = await w.page.$$eval('.maplibregl-canvas', (cs) =>
      cs.map((c) => ({
        name: c.getAttribute('aria-label') ?? '',
        hasList: !!c.closest('figure')!.querySelector('.map-place-list'),
      })),
    );
    expect(names.length).toBe(2);
    expect(new Set(names.map((n) => n.name)).size).toBe(names.length);
    for (const n of names) expect(/list of places/i.test(n.name), n.name).toBe(n.hasList);
  });

  test('status lines are silent at load and speak after the reader acts', async () => {
    const w = await watchedPage(site.browser, [site.server.origin], {
      viewport: { width: 1280, height: 800 },
    });
    await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
    await w.page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].every(
        (s) => s.dataset.activeStep,
      ),
    );
    // The full map goes live without the reader touching anything else than the scroll bar's equivalent.
    await w.page.locator(`${FULL} [data-map-frame]`).evaluate((el) => el.scrollIntoView());
    await w.page.waitForFunction(
      (sel) => !!document.querySelector<HTMLElement>(`${sel} [data-map-frame]`)?.dataset.mapMode,
      FULL,
      { timeout: 30_000 },
    );
    const statuses = () =>
      w.page.$$eval('[role="status"]', (els) => els.map((e) => e.textContent!.trim()));
    expect((await statuses()).length).toBeGreaterThan(1);
    expect((await statuses()).filter(Boolean)).toEqual([]);
    await w.page
      .locator(`${FULL} [data-map-controls] [data-night]:not([data-night="all"])`)
      .first()
      .click();
    await expect
      .poll(async () => w.page.locator(`${FULL} [data-map-status]`).textContent())
      .toMatch(/^Showing Night of /);
    const sticky = w.page
      .locator('[data-scrolly]:not(.scrolly--linear) [data-scrolly-next]')
      .first();
    await sticky.scrollIntoViewIfNeeded();
    await sticky.click();
    await expect
      .poll(async () =>
        w.page
          .locator('[data-scrolly]:not(.scrolly--linear) [data-scrolly-status]')
          .first()
          .textContent(),
      )
      .toMatch(/step 2 of/);
  });
});
