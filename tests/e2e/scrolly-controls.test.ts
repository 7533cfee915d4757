/**
 * The scrolly's own controls, as a reader with a keyboard, a phone or large text meets them: the
 * Previous / Next / Linear-mode bar lies inside the viewport and nothing covers it, a real tap on
 * Next moves one step, tabbing onto the bar does not scroll the story, the linear-mode toggle
 * goes there and back by keyboard, and at 200% text size the sticky graphic never overlaps the
 * text (the section reads linearly when the graphic cannot fit).
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { watchedPage } from '../support/browser.ts';
import { servedSite } from '../support/site.ts';

const site = servedSite();

/** Opens the story and waits for the scrolly script to have laid every section out. */
async function openStory(
  viewport: { width: number; height: number },
  options: { hasTouch?: boolean; isMobile?: boolean } = {},
) {
  const w = await watchedPage(site.browser, [site.server.origin], { viewport, ...options });
  await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
  await w.page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].every(
      (s) => s.dataset.activeStep,
    ),
  );
  return w;
}

/** Centres step `k` of section `n` and waits until it is the active step. */
async function centreStep(page: Page, n: number, k: number): Promise<string> {
  const id = await page.evaluate(
    ([n, k]) => {
      const step = document
        .querySelectorAll('[data-scrolly]')
        [n!]!.querySelectorAll<HTMLElement>('[data-step]')[k!]!;
      step.scrollIntoView({ block: 'center' });
      return step.id;
    },
    [n, k],
  );
  await page.waitForFunction(
    (id) =>
      document.getElementById(id)!.closest<HTMLElement>('[data-scrolly]')!.dataset.activeStep ===
      id,
    id,
  );
  return id;
}

/** For each section: whether it is sticky, and where its Next button is and what lies on its centre. */
function bars(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map((s) => {
      const next = s.querySelector<HTMLElement>('[data-scrolly-next]')!;
      const r = next.getBoundingClientRect();
      const hit = r.width ? document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) : null;
      return {
        graphic: s.dataset.graphic!,
        sticky: getComputedStyle(s.querySelector('[data-scrolly-live]')!).display !== 'none',
        top: r.top,
        bottom: r.bottom,
        onTop: !!hit && next.contains(hit),
      };
    }),
  );
}

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
  { width: 320, height: 640 },
];

describe('the scrolly controls', () => {
  test.each(VIEWPORTS)(
    'at $width×$height, on every step, the bar is inside the viewport and uncovered, or the section reads linearly',
    async (viewport) => {
      const w = await openStory(viewport);
      const sections = await w.page.$$eval('[data-scrolly]', (ss) =>
        ss.map((s) => s.querySelectorAll('[data-step]').length),
      );
      let checked = 0;
      for (const [n, count] of sections.entries()) {
        for (let k = 0; k < count; k++) {
          await centreStep(w.page, n, k);
          const bar = (await bars(w.page))[n]!;
          if (!bar.sticky) {
            // Linear: every step shows its own figure, and the way back to the sticky layout stays visible.
            const linear = await w.page.evaluate((n) => {
              const s = document.querySelectorAll('[data-scrolly]')[n]!;
              return {
                figures: [...s.querySelectorAll('.step-static')].every(
                  (f) => f.getBoundingClientRect().height > 0,
                ),
                toggle: getComputedStyle(s.querySelector('.linear-toggle')!).display !== 'none',
              };
            }, n);
            expect(linear, `section ${n}`).toEqual({ figures: true, toggle: true });
            continue;
          }
          checked++;
          expect(bar.top, `${bar.graphic}, step ${k + 1}`).toBeGreaterThanOrEqual(0);
          expect(bar.bottom, `${bar.graphic}, step ${k + 1}`).toBeLessThanOrEqual(viewport.height);
          expect(bar.onTop, `${bar.graphic}, step ${k + 1}: something covers Next`).toBe(true);
        }
      }
      // At the two larger sizes the story keeps at least one sticky section to check.
      if (viewport.height >= 800) expect(checked).toBeGreaterThan(0);
      expect(w.problems).toEqual([]);
    },
  );

  test('at 375×812 a real tap on Next moves exactly one step', async () => {
    const w = await openStory({ width: 375, height: 812 }, { hasTouch: true, isMobile: true });
    const n = (await bars(w.page)).findIndex((b) => b.sticky);
    expect(n).toBeGreaterThanOrEqual(0);
    const ids = await w.page.evaluate(
      (n) =>
        [...document.querySelectorAll('[data-scrolly]')[n]!.querySelectorAll('[data-step]')].map(
          (s) => s.id,
        ),
      n,
    );
    const from = await centreStep(w.page, n, 1);
    const box = (await w.page.locator('[data-scrolly-next]').nth(n).boundingBox())!;
    await w.page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const expected = ids[ids.indexOf(from) + 1]!;
    await w.page.waitForFunction(
      (id) =>
        document.getElementById(id)!.closest<HTMLElement>('[data-scrolly]')!.dataset.activeStep ===
        id,
      expected,
    );
    // It settles there: one step, not two.
    await w.page.waitForFunction((id) => {
      const r = document.getElementById(id)!.getBoundingClientRect();
      return r.top < innerHeight / 2 && r.bottom > innerHeight / 2;
    }, expected);
    expect(
      await w.page.evaluate(
        (id) =>
          document.getElementById(id)!.closest<HTMLElement>('[data-scrolly]')!.dataset.activeStep,
        expected,
      ),
    ).toBe(expected);
  });

  test.each(VIEWPORTS.slice(0, 2))(
    'at $width×$height, tabbing along the bar neither scrolls the story nor changes the step, and focus shows',
    async (viewport) => {
      const w = await openStory(viewport);
      const n = (await bars(w.page)).findIndex((b) => b.sticky);
      const step = await centreStep(w.page, n, 1);
      const before = await w.page.evaluate(() => scrollY);
      await w.page.keyboard.press('Shift'); // keyboard modality, so focus-visible applies as for Tab
      await w.page.locator('[data-scrolly-prev]').nth(n).focus();
      const seen: { label: string; outline: string; inside: boolean }[] = [];
      for (let i = 0; i < 3; i++) {
        if (i) await w.page.keyboard.press('Tab');
        seen.push(
          await w.page.evaluate(() => {
            const el = document.activeElement as HTMLElement;
            const r = el.getBoundingClientRect();
            return {
              label: el.textContent!.trim(),
              outline: getComputedStyle(el).outlineStyle,
              inside: r.top >= 0 && r.bottom <= innerHeight,
            };
          }),
        );
        expect(await w.page.evaluate(() => scrollY)).toBe(before);
      }
      expect(seen).toEqual([
        { label: 'Previous step', outline: 'solid', inside: true },
        { label: 'Next step', outline: 'solid', inside: true },
        { label: 'Linear mode', outline: 'solid', inside: true },
      ]);
      expect(
        await w.page.evaluate(
          (id) =>
            document.getElementById(id)!.closest<HTMLElement>('[data-scrolly]')!.dataset.activeStep,
          step,
        ),
      ).toBe(step);
    },
  );
});

describe('linear mode by keyboard', () => {
  test('the toggle goes to linear and back; focus lands on the section heading, and the toggle stays visible', async () => {
    const w = await openStory({ width: 1280, height: 800 });
    const n = (await bars(w.page)).findIndex((b) => b.sticky);
    await centreStep(w.page, n, 1);
    const toggle = w.page.locator('.linear-toggle').nth(n);
    const heading = await w.page.evaluate(
      (n) => document.querySelectorAll('[data-scrolly]')[n]!.querySelector('h2')!.id,
      n,
    );
    const focused = () =>
      w.page.evaluate(
        () =>
          document.activeElement?.id ||
          document.activeElement?.textContent?.trim() ||
          document.activeElement?.tagName,
      );
    await w.page.keyboard.press('Shift');
    await toggle.focus();
    await w.page.keyboard.press('Enter');
    expect(await w.page.evaluate(() => document.documentElement.hasAttribute('data-linear'))).toBe(
      true,
    );
    expect(await focused()).toBe(heading);
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    // The next Tab reaches the toggle: the way back is one key away.
    await w.page.keyboard.press('Tab');
    expect(await focused()).toBe('Linear mode');
    expect(await toggle.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await w.page.reload({ waitUntil: 'networkidle' });
    expect(await toggle.isVisible()).toBe(true);
    await w.page.keyboard.press('Shift');
    await toggle.focus();
    await w.page.keyboard.press('Enter');
    expect(await w.page.evaluate(() => document.documentElement.hasAttribute('data-linear'))).toBe(
      false,
    );
    expect(await focused()).toBe(heading);
    expect(await w.page.locator('.scrolly-live').nth(n).isVisible()).toBe(true);
    await w.page.keyboard.press('Tab');
    expect(await focused()).toBe('Previous step');
    expect(w.problems).toEqual([]);
  });
});

describe('large text', () => {
  test('at 200% text size (1280×800) no sticky graphic overlaps the text: each fits below its bar or its section reads linearly', async () => {
    const w = await watchedPage(site.browser, [site.server.origin], {
      viewport: { width: 1280, height: 800 },
    });
    const cdp = await w.page.context().newCDPSession(w.page);
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
    await w.page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].every(
        (s) => s.dataset.activeStep,
      ),
    );
    expect(await w.page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
      '32px',
    );
    const sections = await w.page.$$eval('[data-scrolly]', (ss) =>
      ss.map((s) => s.querySelectorAll('[data-step]').length),
    );
    for (const [n, count] of sections.entries()) {
      for (let k = 0; k < count; k++) {
        await centreStep(w.page, n, k);
        const r = await w.page.evaluate((n) => {
          const s = document.querySelectorAll('[data-scrolly]')[n]!;
          const live = s.querySelector<HTMLElement>('[data-scrolly-live]')!;
          if (getComputedStyle(live).display === 'none')
            return { sticky: false, top: 0, bottom: 0, overBar: false };
          const fig = live.querySelector('figure')!.getBoundingClientRect();
          const bar = s.querySelector('.scrolly-controls')!.getBoundingClientRect();
          const overBar =
            fig.left < bar.right &&
            fig.right > bar.left &&
            fig.top < bar.bottom - 1 &&
            fig.bottom > bar.top + 1;
          return { sticky: true, top: fig.top, bottom: fig.bottom, overBar };
        }, n);
        if (!r.sticky) continue;
        expect(r, `section ${n}, step ${k + 1}`).toMatchObject({ overBar: false });
        expect(r.top, `section ${n}, step ${k + 1}`).toBeGreaterThanOrEqual(-1);
        expect(r.bottom, `section ${n}, step ${k + 1}`).toBeLessThanOrEqual(800 + 1);
      }
    }
  });
});
