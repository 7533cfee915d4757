/**
 * Contrast in real Chromium, in both colour schemes and in every state the reader can put the
 * story in: at load, with a night chosen on the map (places and markers dimmed), and with a
 * place's details open. Every text reaches 4.5:1 (3:1 large) and every data mark 3:1 against what
 * is painted behind it (tests/support/contrast.ts). MapLibre's "Use Ctrl + scroll" message too.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { watchedPage } from '../support/browser.ts';
import { lowContrast } from '../support/contrast.ts';
import { servedSite } from '../support/site.ts';

const site = servedSite();
const MAP = 'figure#attack-map';

const STATES: Record<string, (page: Page) => Promise<void>> = {
  'at load': async () => {},
  'with a night chosen': async (page) => {
    await page
      .locator(`${MAP} [data-map-controls] [data-night]:not([data-night="all"])`)
      .first()
      .click();
    await page.locator(`${MAP} [data-place-button].is-dimmed`).first().waitFor();
  },
  'with a night chosen and a place open': async (page) => {
    await page
      .locator(`${MAP} [data-map-controls] [data-night]:not([data-night="all"])`)
      .first()
      .click();
    await page.locator(`${MAP} [data-place-button]`).first().click();
    await page.locator(`${MAP} [data-map-details]:not([hidden])`).waitFor();
  },
};

const CASES = (['light', 'dark'] as const).flatMap((scheme) =>
  Object.keys(STATES).map((state) => ({ scheme, state })),
);

describe('contrast of every text and mark', () => {
  test.each(CASES)('$scheme scheme, $state', async ({ scheme, state }) => {
    const w = await watchedPage(site.browser, [site.server.origin], {
      viewport: { width: 1280, height: 800 },
      colorScheme: scheme,
    });
    await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
    await STATES[state]!(w.page);
    const low = await lowContrast(w.page);
    expect(low).toEqual([]);
  });

  test.each(['light', 'dark'] as const)(
    '%s scheme: MapLibre\'s "Use Ctrl + scroll" message reads at 4.5:1 even over white',
    async (scheme) => {
      const w = await watchedPage(site.browser, [site.server.origin], {
        viewport: { width: 1280, height: 800 },
        colorScheme: scheme,
      });
      await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
      await w.page.locator(`${MAP} [data-map-frame]`).scrollIntoViewIfNeeded();
      await w.page.waitForFunction(
        (sel) =>
          document.querySelector<HTMLElement>(`${sel} [data-map-frame]`)?.dataset.mapMode ===
          'live',
        MAP,
        { timeout: 20_000 },
      );
      const message = w.page.locator(`${MAP} .maplibregl-cooperative-gesture-screen`);
      expect(await message.textContent()).toMatch(/scroll/i);
      const ratio = await message.evaluate((el) => {
        const rgba = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
        const s = getComputedStyle(el);
        const [r, g, b, a = 1] = rgba(s.backgroundColor);
        const veil = [r!, g!, b!].map((c) => c * a + 255 * (1 - a)); // over the lightest map possible
        const text = rgba(s.color);
        const lum = (c: number[]) =>
          c
            .map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
            .reduce((sum, v, k) => sum + v * [0.2126, 0.7152, 0.0722][k]!, 0);
        const [x, y] = [lum(veil), lum(text)].sort((p, q) => q - p);
        return (x! + 0.05) / (y! + 0.05);
      });
      expect(ratio).toBeGreaterThanOrEqual(4.5);
    },
  );
});
