/**
 * The scrolly embed in real Chromium, on host pages of another origin: with our loader
 * (<div data-under-fire-embed="story-map" data-scrolly> and /embed.js), scrolling the host page
 * through activates every step in order at 375 and 1280 px, with the graphic in the host's
 * viewport, and axe finds nothing; messages from another frame, or of the wrong shape, change nothing; in a plain iframe
 * and with the npm pym.js parent the same address stays the flattened version.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import type { ElementHandle, Frame, Page } from 'playwright-core';
import { watchedPage } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { servedSiteAndHost } from '../support/site.ts';

const PYM = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');
const filler = (what: string) =>
  `<p style="height:120vh;margin:0;background:#eee">${what} of the host page.</p>`;

/** Host pages on a second origin: /host/<kind>. */
function hostPage(path: string): { type: string; body: string } | undefined {
  if (path === '/pym.v1.min.js') return { type: 'text/javascript', body: PYM };
  const src = `${served.site.origin}/embed/story-map/?scrolly=1`;
  const embed = {
    '/host/loader': `<div data-under-fire-embed="story-map" data-scrolly></div><script async src="${served.site.origin}/embed.js"></script>`,
    '/host/forged': `<div data-under-fire-embed="story-map" data-scrolly></div><script async src="${served.site.origin}/embed.js"></script><iframe title="Another frame" id="forger" srcdoc="<p>Another frame</p>"></iframe>`,
    '/host/two': `<div data-under-fire-embed="attack-wave"></div><div data-under-fire-embed="story-map" data-scrolly></div><script async src="${served.site.origin}/embed.js"></script>`,
    '/host/plain': `<iframe title="Graphic" src="${src}" width="100%" height="600" style="border:0"></iframe>`,
    '/host/pym': `<div id="pym-story"></div><script src="/pym.v1.min.js"></script><script>window.pymParent = new pym.Parent('pym-story', '${src}', { title: 'Graphic' });</script>`,
  }[path];
  if (!embed) return undefined;
  return {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host page</title><style>body{margin:0}</style></head><body><main><h1>A host page</h1>${filler('The top')}${embed}${filler('The end')}</main></body></html>`,
  };
}

const served = servedSiteAndHost(hostPage);

async function embedded(
  page: Page,
  selector = 'iframe[data-under-fire-embed], #pym-story iframe, iframe[title="Graphic"]',
): Promise<{ frame: Frame; handle: ElementHandle }> {
  const handle = (await page.waitForSelector(selector, { state: 'attached' }))!;
  const frame = (await handle.contentFrame())!;
  await frame.waitForLoadState('load');
  // Our scripts have run once the resize child has marked the page as embedded.
  await frame.waitForFunction(() => document.documentElement.classList.contains('embedded'));
  return { frame, handle };
}

/** Until the iframe is as tall as its content (within 2 px), so the host scrolls through all of it. */
async function settled(frame: Frame, handle: ElementHandle): Promise<void> {
  await vi.waitFor(
    async () => {
      const inner = await frame.evaluate(() =>
        Math.ceil(document.documentElement.getBoundingClientRect().height),
      );
      const outer = (await handle.boundingBox())!.height;
      if (Math.abs(inner - outer) > 2) throw new Error(`iframe ${outer}px, content ${inner}px`);
    },
    { timeout: 20_000, interval: 50 },
  );
}

describe('the scrolly embed with our loader', () => {
  test.each([
    [375, 667],
    [1280, 800],
  ])(
    'at %i×%i, scrolling the host page through activates every step in order, the graphic in view',
    async (width, height) => {
      const w = await watchedPage(served.browser, [served.site.origin, served.host.origin], {
        viewport: { width, height },
      });
      await w.page.goto(`${served.host.origin}/host/loader`, { waitUntil: 'load' });
      const { frame, handle } = await embedded(w.page);
      await w.page.evaluate(() => scrollTo(0, document.querySelector('iframe')!.offsetTop));
      await frame.waitForFunction(() =>
        document.documentElement.hasAttribute('data-embed-scrolly'),
      );
      await settled(frame, handle);
      await frame.evaluate(() => {
        const order: string[] = [];
        (window as unknown as { __order: string[] }).__order = order;
        const section = document.querySelector<HTMLElement>('.scrolly')!;
        new MutationObserver(() => {
          if (order.at(-1) !== section.dataset.activeStep) order.push(section.dataset.activeStep!);
        }).observe(section, { attributeFilter: ['data-active-step'] });
      });
      const steps = await frame.$$eval('li.step', (els) => els.map((e) => e.id));
      expect(steps.length).toBeGreaterThan(3);
      for (const id of steps) {
        // Put the step's words just past the middle line of the host's viewport.
        const y = await frame.evaluate(
          (s) => document.querySelector(`#${s} .step-card`)!.getBoundingClientRect().top,
          id,
        );
        const top = await w.page.evaluate(
          () => document.querySelector('iframe')!.getBoundingClientRect().top + scrollY,
        );
        await w.page.evaluate((to) => scrollTo(0, to), top + y - height / 2 + 10);
        await frame.waitForFunction(
          (s) => document.querySelector<HTMLElement>('.scrolly')!.dataset.activeStep === s,
          id,
        );
        // The graphic shows this step's drawing and, once the host's next frame has told the
        // embed where it now is, sits in the host's viewport.
        const measure = async () => {
          const live = await frame.evaluate((s) => {
            const drawing = document.querySelector('.embed-live .chart-variants');
            const own = document.querySelector(`#${s} .step-static .chart-variants`);
            const box = document.querySelector('.embed-live')!.getBoundingClientRect();
            return {
              same: drawing?.innerHTML === own?.innerHTML,
              top: box.top,
              bottom: box.bottom,
            };
          }, id);
          const frameTop = (await handle.boundingBox())!.y;
          return { same: live.same, top: frameTop + live.top, bottom: frameTop + live.bottom };
        };
        let seen = await measure();
        await vi
          .waitFor(
            async () => {
              seen = await measure();
              if (seen.top < -1 || seen.bottom > height + 1) throw new Error(JSON.stringify(seen));
            },
            { timeout: 5000, interval: 50 },
          )
          .catch(() => undefined);
        expect(seen.same, id).toBe(true);
        expect(seen.top, `${id}: graphic top`).toBeGreaterThanOrEqual(-1);
        expect(seen.bottom, `${id}: graphic bottom`).toBeLessThanOrEqual(height + 1);
      }
      const order = await frame.evaluate(
        () => (window as unknown as { __order: string[] }).__order,
      );
      expect(order).toEqual(steps.slice(1));
      // The host page with the embed in scrolly mode, its live graphic included.
      expect(await axeViolations(w.page)).toEqual([]);
      expect(w.problems).toEqual([]);
      expect(w.foreign).toEqual([]);
      await w.page.context().close();
    },
  );

  test('messages from another frame, or of the wrong shape, change nothing', async () => {
    const w = await watchedPage(served.browser, [served.site.origin, served.host.origin], {
      viewport: { width: 375, height: 667 },
    });
    await w.page.goto(`${served.host.origin}/host/forged`, { waitUntil: 'load' });
    const { frame } = await embedded(w.page, 'iframe[data-under-fire-embed]');
    await w.page.evaluate(() => scrollTo(0, document.querySelector('iframe')!.offsetTop));
    await frame.waitForFunction(() => document.documentElement.hasAttribute('data-embed-scrolly'));
    // What the embedded page shows right after each forged message; our listener ran first, so
    // each entry is the state once that message was handled (whatever the loader sends later).
    await frame.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { __log: string[] }).__log = log;
      const state = () =>
        `${document.querySelector<HTMLElement>('.scrolly')!.dataset.activeStep} ${document.querySelector<HTMLElement>('.embed-live')!.style.transform}`;
      log.push(state());
      addEventListener('message', (e) => {
        if (e.source !== parent || JSON.stringify(e.data).includes('-20000')) log.push(state());
      });
    });
    const far = { type: 'under-fire:viewport', top: -20000, bottom: -10000, height: 667 };
    await w.page.evaluate((m) => {
      const target = document.querySelector<HTMLIFrameElement>('iframe[data-under-fire-embed]')!;
      const forger = document.querySelector<HTMLIFrameElement>('#forger')!.contentWindow!;
      // From another frame on the page: the right shape, the wrong sender.
      (forger as unknown as { eval(code: string): void }).eval(
        `parent.document.querySelector('iframe[data-under-fire-embed]').contentWindow.postMessage(${JSON.stringify(m)}, '*')`,
      );
      // From the parent itself, but not our shape or not sane numbers.
      for (const bad of [
        { ...m, top: String(m.top) },
        { ...m, top: Number.NaN, bottom: -20000 },
        { ...m, height: -1 },
        { ...m, bottom: m.top - 1 },
        { ...m, extra: '<img src=x onerror=alert(1)>' },
        JSON.stringify(m),
        [m],
      ])
        target.contentWindow!.postMessage(bad, '*');
    }, far);
    await frame.waitForFunction(() => (window as unknown as { __log: string[] }).__log.length > 8);
    const log = await frame.evaluate(() => (window as unknown as { __log: string[] }).__log);
    expect(log.slice(1)).toEqual(log.slice(1).map(() => log[0]));
    await w.page.context().close();
  });
});

test('only the scrolly embed is told where it is: another embed on the page hears nothing of the scroll', async () => {
  const w = await watchedPage(served.browser, [served.site.origin, served.host.origin], {
    viewport: { width: 375, height: 667 },
  });
  await w.page.goto(`${served.host.origin}/host/two`, { waitUntil: 'load' });
  const frames = await Promise.all(
    ['attack-wave', 'story-map'].map(async (id) => {
      const handle = await w.page.waitForSelector(`iframe[data-under-fire-embed="${id}"]`);
      await handle.scrollIntoViewIfNeeded();
      const frame = (await handle.contentFrame())!;
      await frame.waitForFunction(() => document.documentElement.classList.contains('embedded'));
      await frame.evaluate(() => {
        (window as unknown as { __heard: number }).__heard = 0;
        addEventListener('message', (e) => {
          if ((e.data as { type?: string })?.type === 'under-fire:viewport')
            (window as unknown as { __heard: number }).__heard++;
        });
      });
      return frame;
    }),
  );
  await w.page.evaluate(() => scrollTo(0, 0));
  await w.page.evaluate(() => scrollTo(0, 300));
  // Polled by time: an iframe off screen gets no animation frames to poll with.
  await frames[1]!.waitForFunction(
    () => (window as unknown as { __heard: number }).__heard > 0,
    undefined,
    { polling: 50 },
  );
  expect(await frames[0]!.evaluate(() => (window as unknown as { __heard: number }).__heard)).toBe(
    0,
  );
  await w.page.context().close();
});

describe('the same address without our loader stays the flattened version', () => {
  test.each(['plain', 'pym'])('in a %s iframe', async (kind) => {
    const w = await watchedPage(served.browser, [served.site.origin, served.host.origin], {
      viewport: { width: 375, height: 667 },
    });
    await w.page.goto(`${served.host.origin}/host/${kind}`, { waitUntil: 'load' });
    const { frame, handle } = await embedded(w.page);
    if (kind === 'pym') await settled(frame, handle);
    await w.page.evaluate(() => scrollTo(0, document.body.scrollHeight / 2));
    await w.page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    // Every step shows its own drawing after its words; no live graphic, no step marked current.
    const flat = await frame.evaluate(() => ({
      scrolly: document.documentElement.hasAttribute('data-embed-scrolly'),
      live: document.querySelectorAll('.embed-live').length,
      steps: document.querySelectorAll('li.step').length,
      drawings: [...document.querySelectorAll('li.step .step-static svg')].filter(
        (svg) => svg.getBoundingClientRect().height > 50,
      ).length,
      current: document.querySelectorAll('[aria-current]').length,
    }));
    expect(flat).toEqual({
      scrolly: false,
      live: 0,
      steps: flat.steps,
      drawings: flat.steps,
      current: 0,
    });
    expect(flat.steps).toBeGreaterThan(3);
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  });
});
