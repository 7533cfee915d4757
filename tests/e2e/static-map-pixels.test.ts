/**
 * The static map as readers see it (JavaScript off, print, each scrolly step): drawn in the page's
 * colours, not in the browser's default black. Its land comes from a file placed with <use>, and a
 * scrolly step's whole drawing from the step drawings file (src/components/figures/stepDrawings.ts)
 * with the land's <use> inside it: styles can miss what a <use> places, and a file can be late;
 * only pixels show that, so this test reads them, waiting until the drawing has arrived.
 */
import { describe, expect, test } from 'vitest';
import type { Locator } from 'playwright-core';
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

/** The story opened without JavaScript, 900 px high, in a colour scheme. */
async function storyWithoutJs(width: number, colorScheme: 'light' | 'dark') {
  const context = await site.browser.newContext({
    viewport: { width, height: 900 },
    javaScriptEnabled: false,
    colorScheme,
  });
  const page = await context.newPage();
  await page.goto(`${site.server.origin}/`);
  return { context, page };
}

/**
 * Whether a drawing as shown has over 20% France (--surface), over 5% neighbours (--land), some
 * arson markers, and (light) under 2% black pixels.
 */
async function colours(drawing: Locator, scheme: 'light' | 'dark') {
  const image = jpeg.decode(await drawing.screenshot({ type: 'jpeg', quality: 95 }), {
    useTArray: true,
  });
  const tokens = scheme === 'dark' ? darkTokens() : lightTokens();
  return {
    france: shareOf(image, rgb(tokens.surface!)) > 0.2,
    neighbours: shareOf(image, rgb(tokens.land!)) > 0.05,
    arson: shareOf(image, rgb(tokens.arson!), 20) > 0.001,
    black: scheme === 'dark' || shareOf(image, [0, 0, 0], 30) < 0.02,
  };
}

describe('the static map', () => {
  for (const [width, colorScheme] of [
    [375, 'light'],
    [1280, 'light'],
    [375, 'dark'],
  ] as const) {
    test(`at ${width} px, ${colorScheme}, with JavaScript off, France is drawn in the surface colour and the neighbours in the land colour`, async () => {
      const { context, page } = await storyWithoutJs(width, colorScheme);
      const map = page.locator('#attack-map .graphic-svg svg.static-map:visible').first();
      const { france, neighbours, black } = await colours(map, colorScheme);
      expect(black, 'under 2% black pixels').toBe(true);
      expect(france, 'over 20% France (--surface)').toBe(true);
      expect(neighbours, 'over 5% neighbours (--land)').toBe(true);
      await context.close();
    });
  }
});

const allThere = { france: true, neighbours: true, arson: true, black: true };

describe('a scrolly step’s map, from the step drawings file', () => {
  test.each([
    [375, 'light'],
    [375, 'dark'],
    [1280, 'light'],
  ] as const)(
    'at %i px, %s, with JavaScript off, the Toulon step’s map is drawn in the page’s colours with its land and markers',
    async (width, colorScheme) => {
      const { context, page } = await storyWithoutJs(width, colorScheme);
      const map = page.locator('#toulon .step-static svg.static-map:visible');
      expect(await map.locator('use').first().getAttribute('href')).toMatch(/\/drawings\/steps\./);
      await expect.poll(() => colours(map, colorScheme), { timeout: 20_000 }).toEqual(allThere);
      await context.close();
    },
  );

  test('with JavaScript, printed, the Toulon step’s map is drawn in the page’s colours', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/`);
    await page.emulateMedia({ media: 'print' });
    const map = page.locator('#toulon .step-static svg.static-map:visible');
    await expect.poll(() => colours(map, 'light'), { timeout: 20_000 }).toEqual(allThere);
    await context.close();
  });

  test.each(['light', 'dark'] as const)(
    'at 1280 px, %s, the sticky graphic shows the Toulon step’s map in the page’s colours when the reader reaches it',
    async (colorScheme) => {
      const context = await site.browser.newContext({
        viewport: { width: 1280, height: 800 },
        colorScheme,
      });
      // The static map, not MapLibre: the live map's script is kept from loading.
      await context.route(/maplibre/i, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/`);
      await page.locator('#toulon').scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 100);
      const live = page.locator('[data-scrolly-live]:has(svg.static-map)');
      await expect.poll(() => live.getAttribute('data-shows')).toBe('toulon');
      const map = live.locator('svg.static-map:visible');
      expect(await map.locator('use').first().getAttribute('href')).toMatch(/\/drawings\/steps\./);
      await expect.poll(() => colours(map, colorScheme), { timeout: 20_000 }).toEqual(allThere);
      await context.close();
    },
  );
});
