/**
 * Forced colours (Windows high contrast), emulated in Chromium: every key's swatches still show
 * (screenshots against the forced background), stay distinct from one another, and the unit
 * chart's swatches have the colours of the squares they explain.
 */
import { describe, expect, test } from 'vitest';
import jpeg from 'jpeg-js';
import type { Locator, Page } from 'playwright-core';
import { watchedPage } from '../support/browser.ts';
import { servedSite } from '../support/site.ts';

const site = servedSite();

type RGB = [number, number, number];

/** Pixels of an element's screenshot. */
async function pixels(
  target: Locator | Page,
  clip?: { x: number; y: number; width: number; height: number },
) {
  const shot =
    'screenshot' in target && clip
      ? await (target as Page).screenshot({ type: 'jpeg', quality: 100, clip })
      : await (target as Locator).screenshot({ type: 'jpeg', quality: 100 });
  return jpeg.decode(shot, { useTArray: true });
}
const far = (a: RGB, b: RGB, d = 60) =>
  Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) > d;

/** The most common colour among the pixels that are not the background. */
function inkOf(image: { data: Uint8Array }, background: RGB): { ink: RGB | null; share: number } {
  const counts = new Map<string, number>();
  let ink = 0;
  const n = image.data.length / 4;
  for (let i = 0; i < image.data.length; i += 4) {
    const c: RGB = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
    if (!far(c, background)) continue;
    ink++;
    const key = c.map((v) => Math.round(v / 16) * 16).join(',');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return { ink: top ? (top[0].split(',').map(Number) as RGB) : null, share: ink / n };
}

// Every key is drawn from its graphic's legend model (src/components/Legend.astro): one small SVG
// per swatch. The unit chart's are filled squares, which must also differ from one another.
const KEYS = [
  { path: '/embed/traffickers/', swatches: 'figure .chart-key svg', filled: true },
  { path: '/embed/attack-map/', swatches: 'figure .chart-key svg', filled: false },
  { path: '/embed/attack-wave/', swatches: 'figure .chart-key svg', filled: false },
];
const CASES = (['light', 'dark'] as const).flatMap((scheme) => KEYS.map((k) => ({ ...k, scheme })));

describe('keys under forced colours', () => {
  test.each(CASES)(
    '$path, $scheme high-contrast theme: every swatch shows, and each is its own',
    async ({ path, swatches, filled, scheme }) => {
      const w = await watchedPage(site.browser, [site.server.origin], {
        viewport: { width: 800, height: 900 },
      });
      await w.page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
      await w.page.goto(`${site.server.origin}${path}`, { waitUntil: 'networkidle' });
      expect(await w.page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      const background = (
        await w.page.evaluate(() => getComputedStyle(document.body).backgroundColor)
      )
        .match(/\d+/g)!
        .slice(0, 3)
        .map(Number) as RGB;
      const items = w.page.locator(swatches);
      const count = await items.count();
      expect(count).toBeGreaterThan(1);
      const inks: RGB[] = [];
      for (let k = 0; k < count; k++) {
        const { ink, share } = inkOf(await pixels(items.nth(k)), background);
        expect(share, `swatch ${k + 1} of ${count}`).toBeGreaterThan(0.05); // outlines (the town ring) draw little ink; a vanished swatch draws none
        inks.push(ink!);
      }
      // Filled swatches (the unit chart's) must differ from one another; outlined symbols differ by shape too.
      if (filled)
        for (let a = 0; a < inks.length; a++)
          for (let b = a + 1; b < inks.length; b++)
            expect(far(inks[a]!, inks[b]!), `swatches ${a + 1} and ${b + 1}`).toBe(true);
    },
  );

  test.each(['light', 'dark'] as const)(
    '%s high-contrast theme: the unit chart key has the colours of its squares',
    async (scheme) => {
      const w = await watchedPage(site.browser, [site.server.origin], {
        viewport: { width: 800, height: 900 },
      });
      await w.page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
      await w.page.goto(`${site.server.origin}/embed/traffickers/`, { waitUntil: 'networkidle' });
      const background = (
        await w.page.evaluate(() => getComputedStyle(document.body).backgroundColor)
      )
        .match(/\d+/g)!
        .slice(0, 3)
        .map(Number) as RGB;
      // Each level drawn in whole squares (the first transfer is a part of one square, left out).
      const groups = ['isolate', 'danger', 'drug', 'rest'];
      for (const group of groups) {
        const swatch = inkOf(
          await pixels(w.page.locator(`figure .chart-key svg:has(.unit--${group})`).first()),
          background,
        ).ink!;
        // The centre of the group's first square, in page pixels.
        const centre = await w.page.evaluate((g) => {
          const svg = [...document.querySelectorAll<SVGSVGElement>('figure .unit-chart')].find(
            (s) => s.getBoundingClientRect().width > 0,
          )!;
          const rect = svg.querySelector<SVGRectElement>(`g.units--${g} rect`)!;
          const cell = svg.querySelector<SVGPatternElement>('pattern')!.width.baseVal.value;
          const p = new DOMPoint(
            rect.x.baseVal.value + cell / 2,
            rect.y.baseVal.value + cell / 2,
          ).matrixTransform(svg.getScreenCTM()!);
          return { x: p.x + scrollX, y: p.y + scrollY };
        }, group);
        await w.page.evaluate((y) => scrollTo(0, y - 200), centre.y);
        const scrolled = await w.page.evaluate(() => scrollY);
        const square = inkOf(
          await pixels(w.page, {
            x: Math.round(centre.x) - 2,
            y: Math.round(centre.y - scrolled) - 2,
            width: 4,
            height: 4,
          }),
          background,
        ).ink;
        expect(square, `a ${group} square`).not.toBeNull();
        expect(far(swatch, square!, 48), `${group}: key ${swatch} vs square ${square}`).toBe(false);
      }
    },
  );
});
