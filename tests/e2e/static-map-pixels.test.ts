/**
 * The static map as readers see it (JavaScript off, print, each scrolly step): drawn in the page's
 * colours, not in the browser's default black. Its land is defined once per page and placed with
 * <use>, which styles can miss; only pixels show that, so this test reads them.
 */
import { describe, expect, test } from 'vitest';
import jpeg from 'jpeg-js';
import { darkTokens, lightTokens } from '../../src/styles/tokens.ts';
import { servedSite } from '../support/site.ts';

const site = servedSite();

const rgb = (hex: string) =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** Share of the image's pixels within `tolerance` of a colour, per channel. */
function shareOf(
  image: { data: Uint8Array; width: number; height: number },
  [r, g, b]: [number, number, number],
  tolerance = 12,
): number {
  let hits = 0;
  for (let i = 0; i < image.data.length; i += 4)
    if (
      Math.abs(image.data[i]! - r) <= tolerance &&
      Math.abs(image.data[i + 1]! - g) <= tolerance &&
      Math.abs(image.data[i + 2]! - b) <= tolerance
    )
      hits++;
  return hits / (image.width * image.height);
}

describe('the static map', () => {
  for (const [width, colorScheme] of [
    [375, 'light'],
    [1280, 'light'],
    [375, 'dark'],
  ] as const) {
    test(`at ${width} px, ${colorScheme}, with JavaScript off, France is drawn in the surface colour and the neighbours in the land colour`, async () => {
      const context = await site.browser.newContext({
        viewport: { width, height: 900 },
        javaScriptEnabled: false,
        colorScheme,
      });
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/`);
      const map = page.locator('#attack-map .graphic-svg svg.static-map:visible').first();
      const image = jpeg.decode(await map.screenshot({ type: 'jpeg', quality: 95 }), {
        useTArray: true,
      });
      const tokens = colorScheme === 'dark' ? darkTokens() : lightTokens();
      if (colorScheme === 'light')
        expect(shareOf(image, [0, 0, 0], 30), 'share of black pixels').toBeLessThan(0.02);
      expect(shareOf(image, rgb(tokens.surface!)), 'share of France (--surface)').toBeGreaterThan(
        0.2,
      );
      expect(shareOf(image, rgb(tokens.land!)), 'share of the neighbours (--land)').toBeGreaterThan(
        0.05,
      );
      await context.close();
    });
  }
});
