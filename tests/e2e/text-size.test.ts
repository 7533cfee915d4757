/**
 * Text in the graphics stays readable: every label drawn in an SVG renders at 12 px or more, at
 * the narrowest phone width we support (320 px) up to a desktop, with JavaScript on (live, sticky
 * graphics) and off (every step's static figure), on the story and on each embed page.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages, isGraphicEmbed } from '../../scripts/lib/pages.ts';
import { servedSite } from '../support/site.ts';

const site = servedSite();

/** The smallest rendered font size of the visible SVG text in each graphic, in CSS pixels. */
function smallestText(page: Page): Promise<{ where: string; px: number; text: string }[]> {
  return page.evaluate(() => {
    const found = new Map<string, { where: string; px: number; text: string }>();
    for (const el of document.querySelectorAll<SVGTextElement>('figure svg text')) {
      const svg = el.ownerSVGElement!;
      const box = svg.getBoundingClientRect();
      const vb = svg.viewBox.baseVal;
      if (!el.getBoundingClientRect().width || !box.width || !vb?.width) continue; // not shown at this width
      // The drawing keeps its aspect inside its box (a live scrolly graphic may be shorter than wide): the smaller ratio is its scale.
      const px =
        parseFloat(getComputedStyle(el).fontSize) *
        Math.min(box.width / vb.width, box.height / vb.height);
      const figure = svg.closest('figure')!;
      const where = `${figure.getAttribute('data-graphic')}${svg.closest('.step-static') ? ' (step figure)' : ''}`;
      const seen = found.get(where);
      if (!seen || px < seen.px)
        found.set(where, { where, px: Math.round(px * 10) / 10, text: el.textContent ?? '' });
    }
    return [...found.values()];
  });
}

const WIDTHS = [320, 375, 768, 1280];
const pages = [
  '/',
  ...builtPages('dist')
    .map((p) => p.path)
    .filter(isGraphicEmbed),
];

describe('text in the graphics', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`is at least 12 px at ${WIDTHS.join(', ')} px wide, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const small: string[] = [];
      let measured = 0;
      for (const width of WIDTHS) {
        const context = await site.browser.newContext({
          viewport: { width, height: 800 },
          javaScriptEnabled,
        });
        const page = await context.newPage();
        for (const path of pages) {
          await page.goto(`${site.server.origin}${path}`);
          for (const r of await smallestText(page)) {
            measured++;
            if (r.px < 12)
              small.push(`${path} at ${width} px: ${r.where} draws "${r.text}" at ${r.px} px`);
          }
        }
        await context.close();
      }
      expect(measured).toBeGreaterThan(WIDTHS.length * 3);
      expect(small).toEqual([]);
    });
  }
});
