/**
 * Embeds from another origin, in real Chromium: each graphic embedded with our /embed.js, with the
 * real pym.js parent from npm, and with a Datawrapper-style listener; each iframe ends up as tall
 * as its content at phone and desktop widths; forged messages change nothing. No fixed sleeps: each
 * step waits for the condition it needs, so the tests hold on a busy machine.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { watchedPage } from '../support/browser.ts';
import { servedSiteAndHost } from '../support/site.ts';
import { axeViolations } from '../support/axe.ts';

import { EMBEDS as REGISTERED_EMBEDS, GRAPHICS as REGISTERED } from '../../src/graphics/index.ts';

const GRAPHICS = REGISTERED.map((g) => g.id);
const EMBEDS = REGISTERED_EMBEDS.map((g) => g.id);
const PYM = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');

/** Host pages on a second origin: /host/<method>/<graphic>. */
function hostPage(path: string): { type: string; body: string } | undefined {
  if (path === '/pym.v1.min.js') return { type: 'text/javascript', body: PYM };
  const m = /^\/host\/(loader|pym|datawrapper)\/([a-z-]+)$/.exec(path);
  if (!m) return undefined;
  const [, method, id] = m;
  const src = `${served.site.origin}/embed/${id}/`;
  const embed = {
    loader: `<div data-under-fire-embed="${id}"></div><script src="${served.site.origin}/embed.js"></script>`,
    pym: `<div id="pym-${id}"></div><script src="/pym.v1.min.js"></script><script>window.pymParent = new pym.Parent('pym-${id}', '${src}', { title: 'Graphic' });</script>`,
    datawrapper: `<iframe title="Graphic" id="datawrapper-chart-${id}" src="${src}" scrolling="no" frameborder="0" style="width:0;min-width:100% !important;border:none;" height="500"></iframe>
<script>window.addEventListener('message', function (event) {
  if (typeof event.data['datawrapper-height'] !== 'undefined') {
    for (var chartId in event.data['datawrapper-height']) {
      var iframe = document.getElementById('datawrapper-chart-' + chartId) || document.querySelector("iframe[src*='" + chartId + "']");
      if (!iframe) continue;
      iframe.style.height = event.data['datawrapper-height'][chartId] + 'px';
    }
  }
});</script>`,
  }[method as 'loader' | 'pym' | 'datawrapper'];
  return {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host page</title></head><body><main><h1>A host page</h1><p>Some article text.</p>${embed}<p>More text.</p></main></body></html>`,
  };
}

const served = servedSiteAndHost(hostPage);

async function embedFrame(page: Page): Promise<{ frame: Frame; height: () => Promise<number> }> {
  const handle = await page.waitForSelector('iframe', { state: 'attached' });
  await handle.scrollIntoViewIfNeeded();
  const frame = (await handle.contentFrame())!;
  await frame.waitForLoadState('load');
  // Its fonts too: text laid out again in the page's own font changes the content's height.
  await frame.evaluate(() => document.fonts.ready.then(() => true));
  return { frame, height: async () => (await handle.boundingBox())!.height };
}

/**
 * Waits (up to 20 s) until the iframe's height matches its content's height within 2 px; returns
 * both as last measured, so that the test's own assertions report them when they never matched.
 */
async function settle(frame: Frame, height: () => Promise<number>) {
  let inner = 0;
  let outer = 0;
  await vi
    .waitFor(
      async () => {
        inner = await frame.evaluate(() =>
          Math.ceil(document.documentElement.getBoundingClientRect().height),
        );
        outer = await height();
        if (Math.abs(inner - outer) > 2) throw new Error(`iframe ${outer}px, content ${inner}px`);
      },
      { timeout: 20_000, interval: 50 },
    )
    .catch(() => undefined);
  return { inner, outer };
}

describe('embedding from another origin', () => {
  for (const method of ['loader', 'pym', 'datawrapper'] as const) {
    for (const id of GRAPHICS) {
      test(`${id} with ${method}: the iframe fits its content at 375 and 1280 px, nothing leaves 127.0.0.1`, async () => {
        const w = await watchedPage(served.browser, [served.site.origin, served.host.origin], {
          viewport: { width: 375, height: 800 },
        });
        await w.page.goto(`${served.host.origin}/host/${method}/${id}`, { waitUntil: 'load' });
        const { frame, height } = await embedFrame(w.page);
        const narrow = await settle(frame, height);
        expect(
          Math.abs(narrow.inner - narrow.outer),
          `375 px: ${JSON.stringify(narrow)}`,
        ).toBeLessThanOrEqual(2);
        const narrowWidth = await frame.evaluate(() => innerWidth);
        await w.page.setViewportSize({ width: 1280, height: 800 });
        // The embedded page must have been laid out at the new width before heights are compared.
        await frame.waitForFunction((before) => innerWidth > before, narrowWidth);
        const wide = await settle(frame, height);
        expect(
          Math.abs(wide.inner - wide.outer),
          `1280 px: ${JSON.stringify(wide)}`,
        ).toBeLessThanOrEqual(2);
        expect(wide.inner).toBeLessThan(narrow.inner);
        expect(w.foreign).toEqual([]);
        expect(w.problems).toEqual([]);
      });
    }
  }

  test('forged height messages change nothing', async () => {
    const w = await watchedPage(served.browser, [served.site.origin, served.host.origin], {
      viewport: { width: 375, height: 800 },
    });
    await w.page.goto(`${served.host.origin}/host/loader/attack-wave`, { waitUntil: 'load' });
    const { frame, height } = await embedFrame(w.page);
    const settled = await settle(frame, height);
    const before = settled.outer;
    expect(Math.abs(settled.inner - settled.outer), JSON.stringify(settled)).toBeLessThanOrEqual(2);
    // Every height the iframe takes from now on, in order.
    await w.page.evaluate(() => {
      const iframe = document.querySelector('iframe')!;
      const log: string[] = [];
      let last = iframe.style.height;
      (window as unknown as { __heights: string[] }).__heights = log;
      new MutationObserver(() => {
        if (iframe.style.height !== last) log.push((last = iframe.style.height));
      }).observe(iframe, { attributeFilter: ['style'] });
    });
    await w.page.evaluate(() => {
      // From the host window itself, not from the iframe.
      window.postMessage({ type: 'under-fire:height', height: 123 }, '*');
      // Through the iframe's window, but with bad payloads.
      const iframe = document.querySelector('iframe')!;
      const forge = (data: unknown) =>
        window.dispatchEvent(new MessageEvent('message', { data, source: iframe.contentWindow }));
      forge({ type: 'under-fire:height', height: '300' });
      forge({ type: 'under-fire:height', height: 1e9 });
      forge({ type: 'under-fire:height', height: -50 });
      forge({ type: 'under-fire:height', height: Number.NaN });
      forge({ type: 'under-fire:height', height: '<img src=x onerror=window.__pwned=1>' });
      forge('<img src=x onerror=window.__pwned=1>');
    });
    // Then a genuine message, posted by the embedded page after the forged ones: once it has taken
    // effect, every forged message before it has been handled, and none may have moved the iframe.
    const genuine = before + 40;
    await frame.evaluate(
      (h) =>
        window.parent.postMessage({ type: 'under-fire:height', id: 'attack-wave', height: h }, '*'),
      genuine,
    );
    await w.page.waitForFunction(
      (h) => (window as unknown as { __heights: string[] }).__heights.includes(`${h}px`),
      genuine,
    );
    const heights = await w.page.evaluate(
      () => (window as unknown as { __heights: string[] }).__heights,
    );
    expect(heights[0], `the iframe took the heights ${heights.join(', ')} from ${before}px`).toBe(
      `${genuine}px`,
    );
    expect(
      await w.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await w.page.locator('img').count()).toBe(0);
  });

  test.each(REGISTERED_EMBEDS.map((g) => [g.id, g.height] as const))(
    "%s: the plain iframe snippet's fixed height (%i px) shows the whole graphic at 375 px",
    async (id, height) => {
      const w = await watchedPage(served.browser, [served.site.origin], {
        viewport: { width: 375, height: 800 },
      });
      await w.page.goto(`${served.site.origin}/embed/${id}/static/`);
      const needed = await w.page.evaluate(() =>
        Math.ceil(document.documentElement.getBoundingClientRect().height),
      );
      expect(needed, `${id} needs ${needed}px; its snippet gives ${height}px`).toBeLessThanOrEqual(
        height,
      );
    },
  );

  // One test per page: each embed page, its static twin, and the gallery.
  test.each(EMBEDS.flatMap((id) => [`/embed/${id}/`, `/embed/${id}/static/`]))(
    '%s passes axe, has one h1 and noindex; a static one runs no script',
    async (path) => {
      const w = await watchedPage(served.browser, [served.site.origin], {
        viewport: { width: 375, height: 800 },
      });
      await w.page.goto(`${served.site.origin}${path}`, { waitUntil: 'networkidle' });
      expect(await axeViolations(w.page), path).toEqual([]);
      expect(await w.page.locator('h1').count(), path).toBe(1);
      expect(await w.page.locator('meta[name="robots"][content="noindex"]').count(), path).toBe(1);
      if (path.endsWith('static/')) expect(await w.page.locator('script').count(), path).toBe(0);
      expect(w.problems).toEqual([]);
      expect(w.foreign).toEqual([]);
    },
  );

  test('the embed gallery passes axe', async () => {
    const w = await watchedPage(served.browser, [served.site.origin], {
      viewport: { width: 375, height: 800 },
    });
    await w.page.goto(`${served.site.origin}/embed/`, { waitUntil: 'networkidle' });
    expect(await axeViolations(w.page)).toEqual([]);
    expect(w.problems).toEqual([]);
    expect(w.foreign).toEqual([]);
  });

  test('?static=1 leads to the page with no JavaScript, ?theme=dark sets the theme', async () => {
    const w = await watchedPage(served.browser, [served.site.origin], {
      viewport: { width: 375, height: 800 },
    });
    await w.page.goto(`${served.site.origin}/embed/attack-wave/?static=1`, { waitUntil: 'load' });
    expect(new URL(w.page.url()).pathname).toBe('/embed/attack-wave/static/');
    await w.page.goto(`${served.site.origin}/embed/attack-wave/?theme=dark`, { waitUntil: 'load' });
    expect(await w.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });

  test.each(EMBEDS)(
    '%s: the oEmbed file is valid rich oEmbed and is discoverable from the embed page',
    async (id) => {
      const w = await watchedPage(served.browser, [served.site.origin], {});
      await w.page.goto(`${served.site.origin}/embed/${id}/`);
      const href = await w.page
        .locator('link[rel="alternate"][type="application/json+oembed"]')
        .getAttribute('href');
      expect(new URL(href!).pathname).toBe(`/oembed/${id}.json`);
      const o = JSON.parse(readFileSync(`dist/oembed/${id}.json`, 'utf8'));
      expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Under fire' });
      expect(Number.isInteger(o.width) && Number.isInteger(o.height)).toBe(true);
      expect(o.html).toMatch(new RegExp(`^<iframe src="[^"]+/embed/${id}/" title="[^"]+"`));
    },
  );
});
