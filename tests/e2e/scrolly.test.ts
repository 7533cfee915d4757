/**
 * Scrollytelling in real Chromium, on the built story: steps activate in order at three viewport
 * sizes, jumps and reloads land on the right state, deep links open a step, the mobile address bar
 * does not lose the active step, and linear mode, reduced motion and JS-off all read in order.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { watchedPage } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { servedSite } from '../support/site.ts';

const site = servedSite();

interface StepInfo {
  id: string;
  state: string;
  top: number;
}

/** Every step of every scrolly section, in document order, with its state and page position. */
async function stepsOf(page: Page): Promise<StepInfo[]> {
  return page.$$eval('[data-step]', (els) =>
    els.map((el) => ({
      id: el.id,
      state: (el as HTMLElement).dataset.state ?? '',
      top: el.getBoundingClientRect().top + scrollY,
    })),
  );
}

/** The active step of the section holding `stepId`, and the state its live graphic shows. */
async function activeOf(
  page: Page,
  stepId: string,
): Promise<{ active: string | undefined; live: string | undefined }> {
  return page.evaluate((id) => {
    const section = document.getElementById(id)!.closest<HTMLElement>('[data-scrolly]')!;
    const live = section.querySelector<HTMLElement>('[data-scrolly-live]')!;
    return { active: section.dataset.activeStep, live: live.dataset.state };
  }, stepId);
}

/**
 * Resolves once the page's scrolly observers have seen the current layout: a probe
 * IntersectionObserver with the same middle line, created after them, gets its first callback in
 * the same rendering step as theirs (observers are notified in creation order), so when it has
 * fired, theirs have too. A condition, not a sleep.
 */
async function observersCaughtUp(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const probe = new IntersectionObserver(
          () => {
            probe.disconnect();
            done();
          },
          { rootMargin: '-50% 0px -50% 0px', threshold: 0 },
        );
        document.querySelectorAll('[data-step]').forEach((s) => probe.observe(s));
      }),
  );
}

async function open(
  viewport: { width: number; height: number },
  options: { reducedMotion?: 'reduce'; javaScriptEnabled?: boolean } = {},
) {
  const w = await watchedPage(site.browser, [site.server.origin], { viewport, ...options });
  return w;
}

const VIEWPORTS = [
  { width: 375, height: 667 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

describe('scrolly sections', () => {
  for (const viewport of VIEWPORTS) {
    test(`scrolling through at ${viewport.width}×${viewport.height} activates each step once, in order, with its state`, async () => {
      const w = await open(viewport);
      await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
      await w.page.evaluate(() => {
        const log: string[] = [];
        (window as unknown as { __steps: string[] }).__steps = log;
        for (const s of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
          new MutationObserver(() => log.push(s.dataset.activeStep!)).observe(s, {
            attributeFilter: ['data-active-step'],
          });
        }
      });
      const steps = await stepsOf(w.page);
      expect(steps.length).toBeGreaterThan(1);
      // Scan the stretch of the page that holds scrolly sections, a quarter viewport at a time. It
      // grows on the way (a linear section's step drawings arrive as they come near), so its end
      // is read again at each stop.
      const sections = () =>
        w.page.evaluate(() => {
          const ss = [...document.querySelectorAll('[data-scrolly]')].map((s) =>
            s.getBoundingClientRect(),
          );
          return [Math.max(0, ss[0]!.top + scrollY - innerHeight), ss.at(-1)!.bottom + scrollY];
        });
      const [start] = await sections();
      for (let y = start!; y <= (await sections())[1]!; y += Math.round(viewport.height / 4)) {
        await w.page.evaluate((top) => window.scrollTo(0, top), y);
        // The step under the middle line, if any, must become its section's active step, with its
        // state live: wait for that (a busy machine may take a few frames), then read it.
        const underMiddle = () => {
          const mid = innerHeight / 2;
          const step = [...document.querySelectorAll<HTMLElement>('[data-step]')].find((el) => {
            const r = el.getBoundingClientRect();
            return r.top < mid - 5 && r.bottom > mid + 5;
          });
          if (!step) return undefined;
          const section = step.closest<HTMLElement>('[data-scrolly]')!;
          return {
            id: step.id,
            state: step.dataset.state,
            active: section.dataset.activeStep,
            live: section.querySelector<HTMLElement>('[data-scrolly-live]')!.dataset.state,
          };
        };
        const under = await w.page.evaluate(underMiddle);
        if (under)
          await expect
            .poll(
              async () => {
                const now = await w.page.evaluate(underMiddle);
                return { active: now?.active, live: now?.live };
              },
              { timeout: 5_000, message: `at y=${y}` },
            )
            .toEqual({ active: under.id, live: under.state });
      }
      const log = await w.page.evaluate(() => (window as unknown as { __steps: string[] }).__steps);
      // Each section starts on its first step (set before scrolling), so the log holds every other step, once each, in order.
      const firstOfSection = await w.page.$$eval('[data-scrolly]', (ss) =>
        ss.map((s) => s.querySelector('[data-step]')!.id),
      );
      expect(log).toEqual(steps.map((s) => s.id).filter((id) => !firstOfSection.includes(id)));
      expect(new Set(log).size).toBe(log.length);
      expect(w.problems).toEqual([]);
      expect(w.foreign).toEqual([]);
    });
  }

  test('a fast jump to the last step applies the last step directly, without replaying the others', async () => {
    const w = await open({ width: 1280, height: 800 });
    await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
    const steps = await stepsOf(w.page);
    const last = steps.at(-1)!;
    await w.page.evaluate(() => {
      (window as unknown as { __events: string[] }).__events = [];
      document.addEventListener('under-fire:state', (e) =>
        (window as unknown as { __events: string[] }).__events.push(
          JSON.stringify((e as CustomEvent).detail),
        ),
      );
    });
    await w.page.evaluate(
      (id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }),
      last.id,
    );
    await w.page.waitForFunction(
      (id) =>
        document.getElementById(id)!.closest<HTMLElement>('[data-scrolly]')!.dataset.activeStep ===
        id,
      last.id,
    );
    const events = await w.page.evaluate(
      () => (window as unknown as { __events: string[] }).__events,
    );
    expect(events).toEqual([last.state]);
  });

  test('reloading mid-story and opening #step-id show that step at once', async () => {
    const w = await open({ width: 375, height: 667 });
    const steps = await (async () => {
      await w.page.goto(`${site.server.origin}/`);
      return stepsOf(w.page);
    })();
    const target = steps[Math.min(1, steps.length - 1)]!;
    await w.page.goto(`${site.server.origin}/#${target.id}`, { waitUntil: 'networkidle' });
    await w.page.waitForFunction(
      (id) =>
        document.getElementById(id)!.closest<HTMLElement>('[data-scrolly]')!.dataset.activeStep ===
        id,
      target.id,
      { timeout: 5000 },
    );
    expect((await activeOf(w.page, target.id)).live).toBe(target.state);
    await w.page.reload({ waitUntil: 'networkidle' });
    await w.page.waitForFunction(
      (id) =>
        document.getElementById(id)!.closest<HTMLElement>('[data-scrolly]')!.dataset.activeStep ===
        id,
      target.id,
      { timeout: 5000 },
    );
  });

  // A mobile address bar appearing or going (about 60 px), a split screen or a keyboard (110 px):
  // the reader stays on the step they were reading, at a mid-story step where the steps above it
  // add up to a long stretch of page. On a phone the change may also switch a section between
  // linear and sticky; on a laptop the section stays sticky.
  test.each([
    [375, 667, -60],
    [375, 667, -110],
    [375, 667, 60],
    [375, 667, 110],
    [1280, 800, -60],
    [1280, 800, -110],
    [1280, 800, 60],
    [1280, 800, 110],
  ])(
    'at %i×%i a viewport height change of %i px at a mid-story step keeps the step the reader was on',
    async (width, startHeight, change) => {
      const w = await open({ width, height: startHeight });
      await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
      const steps = await stepsOf(w.page);
      const target = steps[Math.floor(steps.length / 2)]!;
      await w.page.evaluate(
        (id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }),
        target.id,
      );
      await w.page.waitForFunction(
        (id) =>
          document.getElementById(id)!.closest<HTMLElement>('[data-scrolly]')!.dataset
            .activeStep === id,
        target.id,
      );
      // The reader scrolled there: the page knows they have engaged.
      await w.page.mouse.wheel(0, 1);
      await w.page.waitForFunction(
        (id) =>
          document.getElementById(id)!.closest<HTMLElement>('[data-scrolly]')!.dataset
            .activeStep === id,
        target.id,
      );
      const height = startHeight + change;
      await w.page.setViewportSize({ width, height });
      await w.page.waitForFunction((h) => innerHeight === h, height);
      await observersCaughtUp(w.page);
      const underMiddle = await w.page.evaluate(() => {
        const mid = innerHeight / 2;
        return [...document.querySelectorAll<HTMLElement>('[data-step]')].find((el) => {
          const r = el.getBoundingClientRect();
          return r.top <= mid && r.bottom >= mid;
        })?.id;
      });
      expect({ active: (await activeOf(w.page, target.id)).active, underMiddle }).toEqual({
        active: target.id,
        underMiddle: target.id,
      });
      expect(w.problems).toEqual([]);
    },
  );

  test('next and previous buttons move one step with the keyboard, with a visible focus', async () => {
    const w = await open({ width: 1280, height: 800 });
    await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
    const steps = await stepsOf(w.page);
    const next = w.page.locator('[data-scrolly-next]').first();
    await next.scrollIntoViewIfNeeded();
    await next.focus();
    const outline = await next.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await observersCaughtUp(w.page);
    const ids = steps.map((s) => s.id);
    const before = (await activeOf(w.page, steps[0]!.id)).active!;
    const expected = ids[ids.indexOf(before) + 1]!;
    await w.page.keyboard.press('Enter');
    await w.page.waitForFunction(
      (id) =>
        document.getElementById(id)!.closest<HTMLElement>('[data-scrolly]')!.dataset.activeStep ===
        id,
      expected,
      { timeout: 5000 },
    );
    expect(await w.page.evaluate(() => document.activeElement?.id)).toBe(expected);
    const prev = w.page.locator('[data-scrolly-prev]').first();
    await prev.focus();
    await w.page.keyboard.press('Enter');
    await w.page.waitForFunction(
      (id) =>
        document.getElementById(id)!.closest<HTMLElement>('[data-scrolly]')!.dataset.activeStep ===
        id,
      before,
      { timeout: 5000 },
    );
  });
});

describe('linear reading', () => {
  test('with JavaScript off every step and its static figure are visible, in order', async () => {
    const w = await open({ width: 375, height: 667 }, { javaScriptEnabled: false });
    await w.page.goto(`${site.server.origin}/`);
    const order = await w.page.$$eval('[data-step]', (els) =>
      els.map((el) => {
        const text = el.querySelector('.step-card')!.getBoundingClientRect();
        const fig = el.querySelector('.step-static')!.getBoundingClientRect();
        return {
          textVisible: text.height > 0,
          figVisible: fig.height > 0,
          figAfterText: fig.top >= text.bottom - 1,
        };
      }),
    );
    expect(order.length).toBeGreaterThan(1);
    for (const step of order)
      expect(step).toEqual({ textVisible: true, figVisible: true, figAfterText: true });
    expect(await w.page.locator('.scrolly-live').first().isVisible()).toBe(false);
  });

  test('the linear-mode toggle flattens every section and is remembered', async () => {
    const w = await open({ width: 1280, height: 800 });
    await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
    const toggle = w.page.locator('.linear-toggle').first();
    await toggle.scrollIntoViewIfNeeded();
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await w.page.locator('.step-static').first().isVisible()).toBe(true);
    expect(await w.page.locator('.scrolly-live').first().isVisible()).toBe(false);
    await w.page.reload();
    expect(await w.page.evaluate(() => document.documentElement.hasAttribute('data-linear'))).toBe(
      true,
    );
    expect(await axeViolations(w.page)).toEqual([]);
  });

  test('under reduced motion linear mode is offered prominently and nothing transitions', async () => {
    const w = await open({ width: 375, height: 667 }, { reducedMotion: 'reduce' });
    await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
    const offer = w.page.locator('.linear-offer').first();
    expect(await offer.isVisible()).toBe(true);
    expect(await offer.getByRole('button').isVisible()).toBe(true);
    const moving = await w.page.$$eval('*', (els) =>
      els
        .filter((el) => {
          const s = getComputedStyle(el);
          return (
            parseFloat(s.transitionDuration) > 0 ||
            (s.animationName !== 'none' && parseFloat(s.animationDuration) > 0)
          );
        })
        .map((el) => el.tagName),
    );
    expect(moving).toEqual([]);
    expect(await axeViolations(w.page)).toEqual([]);
  });

  test('the scrolly layout has no horizontal scrolling at 320 px', async () => {
    const w = await open({ width: 320, height: 640 });
    await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
    const overflow = await w.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
