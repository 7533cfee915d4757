/**
 * The story keeps each scrolly step's drawing and each figure's data table out of its first layout
 * (Deferred.astro: markup inside <noscript>, made elements by the page's scripts when needed). In
 * real Chromium, on the built story: whatever the reader does, what they reach is there. The
 * active step's drawing is the live graphic's; every step of a section read linearly shows its
 * own drawing and key; "Show the data" opens on a full table and "Embed this graphic" on its
 * snippets, both fetched from other pages of the site; the mark explorer finds its row without the
 * table ever opened. (Print: print.test.ts; JavaScript off: scrolly.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { watchedPage } from '../support/browser.ts';
import { servedSite } from '../support/site.ts';

const site = servedSite();

async function open(viewport: { width: number; height: number }) {
  const w = await watchedPage(site.browser, [site.server.origin], { viewport });
  await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
  return w;
}

/** Brings a step to the middle of the screen, then waits until `arrived(id)` holds in the page. */
async function reachStep(page: Page, id: string, arrived: (id: string) => boolean) {
  await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }), id);
  await page.waitForFunction(arrived, id);
}

/** Lighthouse's two viewports (mobile and desktop). */
const SIZES = [
  { width: 412, height: 823 },
  { width: 1280, height: 800 },
];

/** Each full figure's two widths: whether CSS shows it, and whether its drawing is in the DOM. */
function fullWidths(page: Page) {
  return page.$$eval('figure.graphic--full .chart-variants > div', (holders) =>
    holders.map((h) => ({
      where: `${h.closest('figure')!.id} ${h.className}`,
      shown: getComputedStyle(h).display !== 'none',
      drawn: !!h.querySelector('svg'),
    })),
  );
}

/** Until each full figure's width on show is in place (src/client/drawing-widths.ts). */
function shownWidthsDrawn(page: Page) {
  return page.waitForFunction(() =>
    [...document.querySelectorAll('figure.graphic--full .chart-variants > div')].every(
      (h) =>
        getComputedStyle(h).display === 'none' ||
        (h.querySelector('svg')?.getBoundingClientRect().height ?? 0) > 50,
    ),
  );
}

describe('the step drawings file', () => {
  test.each(SIZES)(
    'at $width×$height it is not fetched before the page has loaded; then each live graphic has its drawing’s address',
    async (viewport) => {
      const w = await watchedPage(site.browser, [site.server.origin], { viewport });
      await w.page.goto(`${site.server.origin}/`, { waitUntil: 'load' });
      await w.page.waitForFunction(
        () =>
          document.querySelectorAll('[data-scrolly-live] use[href*="/drawings/steps."]').length >
            0 && document.querySelectorAll('[data-scrolly-live] use[data-href]').length === 0,
      );
      // When the browser asked for the file, against when the page's load event began (ms).
      const times = await w.page.waitForFunction(() => {
        const file = performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/drawings/steps.'));
        const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        return file.length > 0 && { file: file.map((e) => e.startTime), load: nav!.loadEventStart };
      });
      const { file, load } = (await times.jsonValue()) as { file: number[]; load: number };
      for (const start of file) expect(start).toBeGreaterThanOrEqual(load);
      expect(w.problems).toEqual([]);
    },
  );
});

describe('what the story holds at load', () => {
  test.each(SIZES)(
    'at $width×$height: only the width CSS shows of each full figure, and no step drawing unless its section reads linearly and it is near',
    async (viewport) => {
      const w = await open(viewport);
      await shownWidthsDrawn(w.page);
      const widths = await fullWidths(w.page);
      expect(widths.filter((h) => h.shown).length).toBeGreaterThan(0);
      for (const h of widths) expect(h, h.where).toEqual({ ...h, drawn: h.shown });
      // Sticky, no step's drawing is needed at load (the live graphic is drawn in the first
      // step's state) but the next step's, put in place once the page has loaded so that its file
      // is fetched before the reader gets there; read linearly, a step's drawing is put in place
      // when its step comes within a viewport.
      const ahead = await w.page.waitForFunction(() => {
        const next = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')]
          .filter((s) => !s.matches('.scrolly--linear, [data-linear] *'))
          .map((s) => document.getElementById(s.dataset.activeStep!)!.nextElementSibling);
        const drawn = next.map((step) => !!step?.querySelector('.step-static .chart-variants svg'));
        return next.length > 0 && drawn.every(Boolean) && next.map((step) => step!.id);
      });
      const prepared = (await ahead.jsonValue()) as string[];
      const unneeded = await w.page.$$eval(
        '[data-step] .step-static',
        (figures, prepared) =>
          figures
            .filter((f) => {
              if (prepared.includes(f.closest('[data-step]')!.id)) return false;
              const linear = f.closest('.scrolly--linear, [data-linear]');
              const box = f.getBoundingClientRect();
              return !linear || box.top > 2 * innerHeight || box.bottom < -innerHeight;
            })
            .map((f) => ({
              id: f.closest('[data-step]')!.id,
              linear: !!f.closest('.scrolly--linear, [data-linear]'),
              drawn: !!f.querySelector('.chart-variants svg'),
            })),
        prepared,
      );
      for (const s of unneeded) expect(s).toEqual({ ...s, drawn: false });
      expect(unneeded.filter((s) => !s.linear).length).toBeGreaterThan(0);
      // At the phone's size some section reads linearly, with steps beyond that margin.
      if (viewport.width < 600) expect(unneeded.filter((s) => s.linear).length).toBeGreaterThan(0);
      expect(w.problems).toEqual([]);
    },
  );

  test.each([
    [SIZES[0]!, SIZES[1]!],
    [SIZES[1]!, SIZES[0]!],
  ])(
    'from $width×$height to the other size each full figure shows its drawing at the new width',
    async (from, to) => {
      const w = await open(from);
      await shownWidthsDrawn(w.page);
      await w.page.setViewportSize(to);
      await shownWidthsDrawn(w.page);
      const widths = await fullWidths(w.page);
      for (const h of widths.filter((h) => h.shown)) expect(h.drawn, h.where).toBe(true);
      expect(w.problems).toEqual([]);
    },
  );

  test.each(SIZES)(
    'at $width×$height, switching to linear mode puts the drawings of the steps on screen in place at once',
    async (viewport) => {
      const w = await open(viewport);
      const toggle = w.page.locator('.linear-toggle').first();
      await toggle.scrollIntoViewIfNeeded();
      // The click and the look at the screen in one task: no frame, no observer, in between.
      const empty = await w.page.evaluate(() => {
        document.querySelector<HTMLButtonElement>('.linear-toggle')!.click();
        const onScreen = [...document.querySelectorAll('[data-step] .step-static')].filter((f) => {
          const box = f.getBoundingClientRect();
          return box.bottom > 0 && box.top < innerHeight;
        });
        return {
          onScreen: onScreen.length,
          empty: onScreen
            .filter((f) => !f.querySelector('.chart-variants svg'))
            .map((f) => f.closest('[data-step]')!.id),
        };
      });
      expect(empty.onScreen).toBeGreaterThan(0);
      expect(empty.empty).toEqual([]);
      expect(w.problems).toEqual([]);
    },
  );

  test("the map's other width, put in place after a resize, keeps the night chosen", async () => {
    const w = await open(SIZES[0]!);
    const night = w.page
      .locator('figure#attack-map [data-map-controls] [data-night]:not([data-night="all"])')
      .first();
    const value = (await night.getAttribute('data-night'))!;
    await night.scrollIntoViewIfNeeded();
    await night.click();
    await w.page.setViewportSize(SIZES[1]!);
    await w.page.waitForFunction(
      () => document.querySelectorAll('figure#attack-map .v-wide .map-marker').length > 0,
    );
    const markers = await w.page.$$eval(
      'figure#attack-map .v-wide .map-marker',
      (ms, v) =>
        ms.map((m) => ({
          lit: !m.classList.contains('is-dimmed'),
          hit: (m as SVGElement).dataset.nights!.split(' ').includes(v),
        })),
      value,
    );
    for (const m of markers) expect(m.lit).toBe(m.hit);
    expect(markers.some((m) => !m.lit)).toBe(true);
    expect(w.problems).toEqual([]);
  });
});

describe('deferred drawings and tables', () => {
  test('at 1280×800 (sticky) each active step puts its own drawing in the live graphic', async () => {
    const w = await open({ width: 1280, height: 800 });
    const ids = await w.page.$$eval('[data-step]', (els) => els.map((el) => el.id));
    expect(ids.length).toBeGreaterThan(1);
    // Last to first: each step is reached from another (the first is the live graphic's at load).
    for (const id of ids.reverse()) {
      await reachStep(
        w.page,
        id,
        (id) =>
          document.getElementById(id)!.closest<HTMLElement>('[data-scrolly]')!.dataset
            .activeStep === id,
      );
      const shown = await w.page.evaluate((id) => {
        const step = document.getElementById(id)!;
        const live = step.closest('[data-scrolly]')!.querySelector('[data-scrolly-live]')!;
        const own = step.querySelector('.step-static .chart-variants');
        return {
          sticky: !step.closest('.scrolly--linear'),
          own: !!own?.querySelector('svg'),
          same: own?.innerHTML === live.querySelector('.chart-variants')?.innerHTML,
        };
      }, id);
      if (shown.sticky) expect(shown, id).toEqual({ sticky: true, own: true, same: true });
    }
    expect(w.problems).toEqual([]);
  });

  test.each([
    { width: 375, height: 667 },
    { width: 412, height: 823 },
  ])(
    'at $width×$height and in linear mode every step of a section read linearly shows its drawing and key when the reader reaches it',
    async (viewport) => {
      const w = await open(viewport);
      const reachEach = async (selector: string) => {
        const ids = await w.page.$$eval(selector, (steps) => steps.map((s) => s.id));
        for (const id of ids) {
          // Put in place as it comes near (src/client/scrolly.ts): waited for, not assumed.
          await reachStep(
            w.page,
            id,
            (id) =>
              [...document.querySelectorAll(`#${id} .step-static .chart-variants svg`)].some(
                (s) => s.getBoundingClientRect().height > 50,
              ) && document.querySelector(`#${id} .step-static .chart-key`)!.clientHeight > 0,
          );
        }
        return ids.length;
      };
      await reachEach('.scrolly--linear [data-step]');
      await w.page.locator('.linear-toggle').first().click();
      await w.page.waitForFunction(() => document.documentElement.hasAttribute('data-linear'));
      expect(await reachEach('[data-linear] [data-step]')).toBe(
        await w.page.locator('[data-step]').count(),
      );
      expect(w.problems).toEqual([]);
    },
  );

  test('"Show the data" opens on the whole table', async () => {
    const w = await open({ width: 1280, height: 800 });
    const details = w.page.locator('figure.graphic--full details.graphic-data');
    const n = await details.count();
    expect(n).toBeGreaterThan(0);
    for (let k = 0; k < n; k++) {
      const d = details.nth(k);
      await d.locator('summary').scrollIntoViewIfNeeded();
      await d.locator('summary').click();
      await expect
        .poll(() => d.locator('table tbody tr').count(), { timeout: 5_000 })
        .toBeGreaterThan(0);
      expect(await d.locator('table').isVisible()).toBe(true);
    }
    expect(w.problems).toEqual([]);
  });

  test('"Embed this graphic" opens on the snippets of the embed gallery, each with its Copy button', async () => {
    const w = await open({ width: 1280, height: 800 });
    await w.page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const details = w.page.locator('figure.graphic--full details.embed-snippet');
    const n = await details.count();
    expect(n).toBeGreaterThan(0);
    for (let k = 0; k < n; k++) {
      const d = details.nth(k);
      const id = await d.evaluate((el) => el.closest('figure')!.id);
      await d.locator('summary').scrollIntoViewIfNeeded();
      await d.locator('summary').click();
      // Fetched from /embed/ (src/client/fragments.ts): the iframe snippet is this graphic's embed.
      await expect
        .poll(() => d.locator('.snippet code').allTextContents(), { timeout: 10_000 })
        .toEqual(expect.arrayContaining([expect.stringContaining(`/embed/${id}/`)]));
      const copy = d.locator('.snippet [data-copy]').first();
      await copy.waitFor({ state: 'visible' });
      await copy.click();
      await expect.poll(() => d.locator('[data-copy-status]').textContent()).not.toBe('');
    }
    expect(w.problems).toEqual([]);
  });

  test("the mark explorer shows a mark's row without the table opened", async () => {
    const w = await open({ width: 1280, height: 800 });
    const explorer = w.page.locator('[data-chart-explorer]').first();
    await explorer.scrollIntoViewIfNeeded();
    await explorer.getByRole('button', { name: 'Next' }).click();
    await expect
      .poll(() => explorer.locator('[data-explore-details] dd').count(), { timeout: 5_000 })
      .toBeGreaterThan(1);
    expect(w.problems).toEqual([]);
  });
});
