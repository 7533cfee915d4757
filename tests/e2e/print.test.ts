/**
 * Printed (A4, the page's own @page margins), a scrolly step's words and drawing stay together:
 * each step prints as one block that cannot break (break-inside: avoid), shorter than an A4 page,
 * with its drawing beside its words, so no page can begin with a drawing that belongs to the step
 * before. The layout is measured in Chromium's print media at the A4 content box (180 × 267 mm,
 * 680 × 1009 CSS px); the PDF itself is printed too, and its page tree read back.
 */
import { describe, expect, test } from 'vitest';
import { watchedPage } from '../support/browser.ts';
import { servedSite } from '../support/site.ts';

const site = servedSite();
const PAGE = { width: 680, height: 1009 };

describe('print', () => {
  test('every step prints as one unbreakable pair, drawing beside words, shorter than an A4 page', async () => {
    const w = await watchedPage(site.browser, [site.server.origin], { viewport: PAGE });
    await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
    await w.page.emulateMedia({ media: 'print' });
    // Each step's drawing is put in place for print (the story defers it: Deferred.astro); wait
    // until every step shows one, then measure.
    await w.page.waitForFunction(() =>
      [...document.querySelectorAll('[data-step] .step-static')].every((f) =>
        [...f.querySelectorAll('.chart-variants svg')].some(
          (svg) => svg.getBoundingClientRect().height > 50,
        ),
      ),
    );
    const steps = await w.page.$$eval('[data-step]', (els) =>
      els.map((el) => {
        const step = el.getBoundingClientRect();
        const words = el.querySelector('.step-card')!.getBoundingClientRect();
        const drawing = el.querySelector('.step-static')!.getBoundingClientRect();
        return {
          id: el.id,
          unbreakable: getComputedStyle(el).breakInside === 'avoid',
          height: Math.round(step.height),
          // Side by side: both start at the top of the pair, and both are inside it.
          together:
            Math.abs(words.top - drawing.top) < 2 &&
            drawing.bottom <= step.bottom + 1 &&
            words.bottom <= step.bottom + 1 &&
            drawing.height > 100,
        };
      }),
    );
    expect(steps.length).toBeGreaterThan(1);
    for (const s of steps) {
      expect(s, s.id).toMatchObject({ unbreakable: true, together: true });
      expect(s.height, s.id).toBeLessThanOrEqual(PAGE.height);
    }
  });

  test('the sources page prints every source with its address, none split across a page, no skip link', async () => {
    const w = await watchedPage(site.browser, [site.server.origin], { viewport: PAGE });
    await w.page.goto(`${site.server.origin}/sources/`, { waitUntil: 'networkidle' });
    await w.page.emulateMedia({ media: 'print' });
    const printed = await w.page.$$eval('.source-list > li', (items) =>
      items.map((li) => {
        const link = li.querySelector('a')!;
        return {
          id: li.id,
          shown: li.getClientRects().length > 0,
          unbreakable: getComputedStyle(li).breakInside === 'avoid',
          address: getComputedStyle(link, '::after').content.includes(link.getAttribute('href')!),
        };
      }),
    );
    const hidden = await w.page.$$eval('.skip-sources, .language-switch', (els) =>
      els.map((el) => getComputedStyle(el).display),
    );
    await w.page.context().close();
    expect(w.problems).toEqual([]);
    expect(printed.length).toBeGreaterThan(20);
    for (const p of printed)
      expect(p, p.id).toEqual({ ...p, shown: true, unbreakable: true, address: true });
    expect(hidden).toEqual(['none', 'none']);
  });

  test.each([
    { width: 412, height: 823 },
    { width: 1280, height: 800 },
  ])(
    'opened at $width×$height, print puts every deferred drawing in place: each step figure and each full figure at both widths',
    async (viewport) => {
      const w = await watchedPage(site.browser, [site.server.origin], { viewport });
      await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
      // At load the story holds only what is near and shown (deferred-drawings.test.ts).
      expect(await w.page.locator('noscript[data-deferred]').count()).toBeGreaterThan(0);
      await w.page.emulateMedia({ media: 'print' });
      await w.page.waitForFunction(
        () => document.querySelectorAll('noscript[data-deferred]').length === 0,
      );
      const missing = await w.page.$$eval(
        '[data-step] .step-static .chart-variants, figure.graphic--full .chart-variants > div',
        (els) =>
          els
            .filter((el) => !el.querySelector('svg'))
            .map((el) => el.closest('[id]')?.id ?? el.className),
      );
      expect(missing).toEqual([]);
      expect(await w.page.locator('[data-step] .step-static .chart-variants').count()).toBe(
        await w.page.locator('[data-step]').count(),
      );
      expect(w.problems).toEqual([]);
    },
  );

  test('the story prints to an A4 PDF', async () => {
    const w = await watchedPage(site.browser, [site.server.origin]);
    await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
    const pdf = await w.page.pdf({ format: 'A4', preferCSSPageSize: true });
    // The page tree's root holds the largest /Count: the number of pages.
    const pages = Math.max(
      ...[...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])),
    );
    expect(pages).toBeGreaterThan(1);
    const mediaBox = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'))!;
    expect([Math.round(Number(mediaBox[1])), Math.round(Number(mediaBox[2]))]).toEqual([595, 842]); // A4 in points
  });
});
