/**
 * The static map's words, measured in real Chromium as drawn: in every map of the story (each
 * scrolly step's drawing and the full figure), at 375 and 1280 px, no label's box meets another's
 * (incident labels and the reference towns the view names), and every view names towns to place
 * the markers by. Reference towns live in the layer a page shares between the maps of a view and
 * are placed with <use>; to measure them as drawn, a copy of that layer is laid in the map
 * (tests/support/labels.ts).
 */
import { expect, test } from 'vitest';
import { watchedPage } from '../support/browser.ts';
import { servedSite } from '../support/site.ts';
import { drawnLabels, overlappingLabels } from '../support/labels.ts';

const site = servedSite();

test.each([375, 1280])(
  'at %i px no map label overlaps another, and each map names towns',
  async (width) => {
    const w = await watchedPage(site.browser, [site.server.origin], {
      viewport: { width, height: 900 },
      javaScriptEnabled: false,
    });
    await w.page.goto(`${site.server.origin}/`);
    const maps = await drawnLabels(w.page, 'svg.static-map');
    expect(maps.length).toBeGreaterThan(8);
    for (const { where, labels } of maps)
      expect(labels.filter((l) => l.town).length, `${where}: towns named`).toBeGreaterThan(1);
    expect(overlappingLabels(maps)).toEqual([]);
    expect(w.problems).toEqual([]);
  },
);
