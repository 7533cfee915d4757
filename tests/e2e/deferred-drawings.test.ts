/**
 * The story keeps each scrolly step's drawing and each figure's data table out of its first layout
 * (Deferred.astro: markup inside <noscript>, made elements by the page's scripts when needed). In
 * real Chromium, on the built story: whatever the reader does, what they reach is there. The
 * active step's drawing is the live graphic's; every step of a section read linearly shows its
 * own drawing and key; "Show the data" opens on a full table; the mark explorer finds its row
 * without the table ever opened. (Print: print.test.ts; JavaScript off: scrolly.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { watchedPage } from '../support/browser.ts';
import { servedSite } from '../support/site.ts';

const site = servedSite();

async function open(viewport: { width: number; height: number }) {
  const w = await watchedPage(site.browser, [site.server.origin], { viewport });
  await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
  return w;
}

describe('deferred drawings and tables', () => {
  test('at 1280×800 (sticky) each active step puts its own drawing in the live graphic', async () => {
    const w = await open({ width: 1280, height: 800 });
    const ids = await w.page.$$eval('[data-step]', (els) => els.map((el) => el.id));
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) {
      await w.page.evaluate(
        (id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }),
        id,
      );
      await w.page.waitForFunction(
        (id) =>
          document.getElementById(id)!.closest<HTMLElement>('[data-scrolly]')!.dataset
            .activeStep === id,
        id,
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

  test('at 375×667 and in linear mode every step of a section read linearly shows its drawing and key', async () => {
    const w = await open({ width: 375, height: 667 });
    const check = () =>
      w.page.$$eval('.scrolly--linear [data-step], [data-linear] [data-step]', (steps) =>
        steps.map((step) => {
          const svg = step.querySelector('.step-static .chart-variants svg');
          const shown = [...step.querySelectorAll('.step-static .chart-variants svg')].some(
            (s) => s.getBoundingClientRect().height > 50,
          );
          const key = step.querySelector('.step-static .chart-key');
          return { id: step.id, drawing: !!svg && shown, key: !!key && key.clientHeight > 0 };
        }),
      );
    const linear = await check();
    for (const s of linear) expect(s).toEqual({ id: s.id, drawing: true, key: true });
    await w.page.locator('.linear-toggle').first().click();
    await w.page.waitForFunction(() => document.documentElement.hasAttribute('data-linear'));
    const all = await check();
    expect(all.length).toBe(await w.page.locator('[data-step]').count());
    for (const s of all) expect(s).toEqual({ id: s.id, drawing: true, key: true });
    expect(w.problems).toEqual([]);
  });

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
