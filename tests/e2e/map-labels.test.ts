/**
 * The static map's words, measured in real Chromium as drawn: in every map of the story (each
 * scrolly step's drawing and the full figure), at 375 and 1280 px, no label's box meets another's
 * (incident labels and the reference towns the view names), and every view names towns to place
 * the markers by. Reference towns live in the layer a page shares between the maps of a view and
 * are placed with <use>; to measure them as drawn, the test lays a copy of that layer in the map.
 */
import { expect, test } from 'vitest';
import { watchedPage } from '../support/browser.ts';
import { servedSite } from '../support/site.ts';

const site = servedSite();

test.each([375, 1280])(
  'at %i px no map label overlaps another, and each map names towns',
  async (width) => {
    const w = await watchedPage(site.browser, [site.server.origin], {
      viewport: { width, height: 900 },
      javaScriptEnabled: false,
    });
    await w.page.goto(`${site.server.origin}/`);
    const maps = await w.page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('svg.static-map')]
        .filter((svg) => svg.getBoundingClientRect().width > 0)
        .map((svg) => {
          const where =
            svg.closest('[data-step]')?.id ?? svg.closest('figure')?.id ?? 'a map outside a step';
          const use = svg.querySelector('use');
          const shared = use && document.querySelector(use.getAttribute('href')!);
          const copy = shared?.cloneNode(true) as SVGGElement | undefined;
          copy?.removeAttribute('id');
          if (copy) use!.replaceWith(copy);
          const labels = [...svg.querySelectorAll('text')].map((t) => {
            const r = t.getBoundingClientRect();
            return {
              text: t.textContent ?? '',
              town: !!t.closest('.towns'),
              box: [r.left, r.top, r.right, r.bottom] as const,
            };
          });
          if (copy) copy.replaceWith(use!);
          return { where, labels };
        }),
    );
    expect(maps.length).toBeGreaterThan(8);
    const overlapping: string[] = [];
    for (const { where, labels } of maps) {
      expect(labels.filter((l) => l.town).length, `${where}: towns named`).toBeGreaterThan(1);
      for (const [i, a] of labels.entries())
        for (const b of labels.slice(i + 1)) {
          const [ax0, ay0, ax1, ay1] = a.box;
          const [bx0, by0, bx1, by1] = b.box;
          // Half a pixel of tolerance: boxes that only touch are not in each other's way.
          if (ax0 < bx1 - 0.5 && ax1 > bx0 + 0.5 && ay0 < by1 - 0.5 && ay1 > by0 + 0.5)
            overlapping.push(`${where}: "${a.text}" and "${b.text}"`);
        }
    }
    expect(overlapping).toEqual([]);
    expect(w.problems).toEqual([]);
  },
);
