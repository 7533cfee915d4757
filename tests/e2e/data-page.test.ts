/** The data dictionary at /data/ in real Chromium: axe-clean in both colour schemes, tables by role, downloads that answer. */
import { describe, expect, test } from 'vitest';
import { watchedPage } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { RECORD_TABLES } from '../../src/data/recordTables.ts';
import { servedSite } from '../support/site.ts';

const site = servedSite();

describe('/data/', () => {
  test.each([
    ['light', 375],
    ['dark', 1280],
  ] as const)(
    'axe reports no WCAG 2.2 AA violations (%s, %i px wide)',
    async (colorScheme, width) => {
      const w = await watchedPage(site.browser, [site.server.origin], {
        colorScheme,
        viewport: { width, height: 900 },
      });
      await w.page.goto(`${site.server.origin}/data/`, { waitUntil: 'networkidle' });
      expect(await axeViolations(w.page)).toEqual([]);
      const overflow = await w.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(
        overflow,
        'the page scrolls sideways; wide tables should scroll in their own region',
      ).toBeLessThanOrEqual(0);
      expect(w.problems).toEqual([]);
      await w.page.context().close();
    },
  );

  test('each table of columns is a table by role, named by its caption', async () => {
    const w = await watchedPage(site.browser, [site.server.origin]);
    await w.page.goto(`${site.server.origin}/data/`, { waitUntil: 'load' });
    for (const table of RECORD_TABLES) {
      const t = w.page.getByRole('table', { name: new RegExp(`^Columns of ${table}\\.csv`) });
      await expect(t.count()).resolves.toBe(1);
      await expect(t.getByRole('columnheader').allTextContents()).resolves.toEqual([
        'Column',
        'Type',
        'Required',
        'What it is',
      ]);
      await expect(t.getByRole('rowheader', { name: 'id', exact: true }).count()).resolves.toBe(1);
    }
    await w.page.context().close();
  });

  test('every download it links answers 200 with content', async () => {
    const w = await watchedPage(site.browser, [site.server.origin]);
    await w.page.goto(`${site.server.origin}/data/`, { waitUntil: 'load' });
    const hrefs = await w.page
      .locator('a[download]')
      .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
    expect(hrefs.length).toBeGreaterThanOrEqual(2 + RECORD_TABLES.length + 8);
    for (const href of hrefs) {
      const response = await w.page.request.get(`${site.server.origin}${href}`);
      expect(response.status(), href).toBe(200);
      expect((await response.body()).length, href).toBeGreaterThan(10);
    }
    await w.page.context().close();
  });
});
