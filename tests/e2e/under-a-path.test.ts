/**
 * The site published under a path, as newsrooms publish graphics: built with
 * UNDER_FIRE_SITE=https://www.example.com/graphics/2025/under-fire/ into its own folder, served at
 * that path by a server whose root holds the newsroom's own home page. Every page, asset, data
 * download, oEmbed file and share image is reached by a crawl (none broken, none outside the path);
 * every page loads in Chromium with every request under the path and no console error; the loader
 * embed resizes on a host page of another origin; the live map loads its worker and data; the
 * security headers and CSP still apply. Absolute addresses (canonical, og:image, snippets) name
 * www.example.com, which stands for this server.
 */
import { readFileSync, rmSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { DATA_FILE } from '../../src/data/load.ts';
import { builtPages } from '../../scripts/lib/pages.ts';
import { buildSite } from '../support/build.ts';
import { watchedPage } from '../support/browser.ts';
import { servedSiteAndHost } from '../support/site.ts';

const BASE = '/graphics/2025/under-fire/';
const PUBLIC = 'https://www.example.com';
const build = buildSite(DATA_FILE, { UNDER_FIRE_SITE: `${PUBLIC}${BASE}` });
const pages = build.status === 0 ? builtPages(build.outDir).map((p) => p.path) : [];
const NEWSROOM_HOME = '<!doctype html><title>Newsroom</title><h1>The newsroom home page</h1>';

const served = servedSiteAndHost(
  hostPage,
  () => {
    expect(build.status, build.output).toBe(0);
    return build.outDir;
  },
  BASE,
  (path) => (path === '/' ? { type: 'text/html', body: NEWSROOM_HOME } : undefined),
);
afterAll(() => rmSync(build.outDir, { recursive: true, force: true }));

/** Where this test serves a public address of the site (www.example.com stands for 127.0.0.1). */
const local = (url: string): string =>
  url.startsWith(PUBLIC) ? served.site.origin + url.slice(PUBLIC.length) : url;
const underBase = (url: string) => url.startsWith(`${served.site.origin}${BASE}`);

/** A host page on another origin with the loader snippet the embed gallery offers for `id`. */
function hostPage(path: string): { type: string; body: string } | undefined {
  const m = /^\/host\/([a-z-]+)(\/scrolly)?$/.exec(path);
  if (!m) return undefined;
  const gallery = parseHTML(readFileSync(`${build.outDir}/embed/index.html`, 'utf8')).document;
  const div = `<div data-under-fire-embed="${m[1]}"${m[2] ? ' data-scrolly' : ''}></div>`;
  const snippet = [...gallery.querySelectorAll('.snippet code')]
    .map((c) => c.textContent ?? '')
    .find((code) => code.includes(div));
  if (!snippet) return undefined;
  return {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><main><h1>A host page</h1>${snippet.replaceAll(PUBLIC, served.site.origin)}<p>More text.</p></main></body></html>`,
  };
}

/** The addresses a fetched file points at: links, sources, share images, oEmbed fields, CSS urls. */
function references(url: string, type: string, body: string): string[] {
  const found: string[] = [];
  if (type.startsWith('text/html')) {
    const { document } = parseHTML(body);
    for (const el of document.querySelectorAll('[href], [src]'))
      found.push(el.getAttribute('href') ?? el.getAttribute('src')!);
    for (const el of document.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')) {
      const content = el.getAttribute('content') ?? '';
      if (/^https?:\/\//.test(content)) found.push(content);
    }
  } else if (type.startsWith('application/json') && url.includes('/oembed/')) {
    const o = JSON.parse(body) as Record<string, string>;
    found.push(o.provider_url!, o.thumbnail_url!, /src="([^"]+)"/.exec(o.html!)![1]!);
  } else if (type.startsWith('text/css')) {
    for (const m of body.matchAll(/url\(\s*['"]?([^'")]+)/g)) found.push(m[1]!);
  }
  return found
    .filter((ref) => !/^(data|blob|mailto|tel):/.test(ref))
    .map((ref) => local(new URL(ref, url).href));
}

describe('the site built under /graphics/2025/under-fire/', () => {
  test('the build accepts the address and moves the _headers rules under the path', () => {
    const rules = readFileSync(`${build.outDir}/_headers`, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('/'));
    const source = readFileSync('public/_headers', 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('/'));
    expect(source).toContain('/embed/*');
    expect(rules).toEqual(source.map((l) => `${BASE}${l.slice(1)}`));
  });

  test('a crawl from every page reaches every link, asset and address: none broken, none outside the path', async () => {
    const seen = new Set<string>();
    const queue = [BASE, ...pages.map((p) => `${BASE}${p.slice(1)}`)].map(
      (p) => served.site.origin + p,
    );
    const broken: string[] = [];
    const outside: string[] = [];
    const anchors: string[] = [];
    const html = new Map<string, Document>();
    while (queue.length) {
      const url = queue.shift()!;
      const page = url;
      if (seen.has(page)) continue;
      seen.add(page);
      if (!underBase(page)) {
        outside.push(page);
        continue;
      }
      const res = await fetch(page);
      if (!res.ok) {
        broken.push(`${page}: ${res.status}`);
        continue;
      }
      const type = res.headers.get('content-type') ?? '';
      const body = type.startsWith('image/') ? '' : await res.text();
      if (type.startsWith('text/html'))
        html.set(page, parseHTML(body).document as unknown as Document);
      for (const ref of references(page, type, body)) {
        if (!ref.startsWith(served.site.origin)) continue;
        queue.push(ref.replace(/#.*$/, ''));
        if (ref.includes('#')) anchors.push(ref);
      }
    }
    const unresolved = anchors.filter((ref) => {
      const [page, id] = ref.split('#') as [string, string];
      const doc = html.get(page);
      return doc && id && id !== 'top' && !doc.getElementById(decodeURIComponent(id));
    });
    expect(broken).toEqual([]);
    expect(outside).toEqual([]);
    expect(unresolved).toEqual([]);
    for (const p of pages) expect(seen).toContain(`${served.site.origin}${BASE}${p.slice(1)}`);
    // What the pages point at beyond themselves (the map's data is requested by script: see below).
    for (const part of ['_astro/', 'data/', 'share/', 'oembed/', 'embed.js', 'boot.js'])
      expect(
        [...seen].some((u) => u.startsWith(`${served.site.origin}${BASE}${part}`)),
        part,
      ).toBe(true);
  });

  test.each(pages)(
    '%s loads in Chromium with every request under the path and nothing failing',
    async (path) => {
      const w = await watchedPage(served.browser, [served.site.origin], {
        viewport: { width: 1280, height: 800 },
      });
      const failed: string[] = [];
      w.page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      await w.page.goto(`${served.site.origin}${BASE}${path.slice(1)}`, {
        waitUntil: 'networkidle',
      });
      expect(w.requests.filter((u) => !underBase(u) && !/^(data|blob):/.test(u))).toEqual([]);
      expect(failed).toEqual([]);
      expect(w.problems).toEqual([]);
      await w.page.context().close();
    },
  );

  test('the live map loads its worker, style data and places from under the path', async () => {
    const w = await watchedPage(served.browser, [served.site.origin], {
      viewport: { width: 1280, height: 800 },
    });
    await w.page.goto(`${served.site.origin}${BASE}`, { waitUntil: 'networkidle' });
    await w.page.locator('figure#attack-map [data-map-frame]').scrollIntoViewIfNeeded();
    await w.page.waitForFunction(
      () =>
        document.querySelector<HTMLElement>('figure#attack-map [data-map-frame]')?.dataset
          .mapMode === 'live',
      undefined,
      { timeout: 30_000 },
    );
    for (const file of ['map/base.json', 'map/places.json'])
      expect(w.requests).toContain(`${served.site.origin}${BASE}${file}`);
    expect(w.requests.some((u) => underBase(u) && /maplibre-gl-worker/.test(u))).toBe(true);
    expect(w.requests.filter((u) => !underBase(u) && !/^(data|blob):/.test(u))).toEqual([]);
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  });

  test('the loader snippet from the gallery resizes its iframe on a host page of another origin', async () => {
    const w = await watchedPage(served.browser, [served.site.origin, served.host.origin], {
      viewport: { width: 375, height: 800 },
    });
    await w.page.goto(`${served.host.origin}/host/attack-wave`, { waitUntil: 'load' });
    const handle = await w.page.waitForSelector('iframe', { state: 'attached' });
    expect(await handle.getAttribute('src')).toBe(`${served.site.origin}${BASE}embed/attack-wave/`);
    await handle.scrollIntoViewIfNeeded();
    const frame = (await handle.contentFrame())!;
    await frame.waitForLoadState('load');
    let gap = Infinity;
    await vi
      .waitFor(
        async () => {
          const inner = await frame.evaluate(() =>
            Math.ceil(document.documentElement.getBoundingClientRect().height),
          );
          gap = Math.abs(inner - (await handle.boundingBox())!.height);
          if (gap > 2 || inner === 600) throw new Error(`gap ${gap}`);
        },
        { timeout: 20_000, interval: 50 },
      )
      .catch(() => undefined);
    expect(gap).toBeLessThanOrEqual(2);
    expect(w.problems).toEqual([]);
    expect(w.foreign).toEqual([]);
    await w.page.context().close();
  });

  test("the gallery's scrolly snippet loads the scrolly embed from under the path, and it follows the host", async () => {
    const w = await watchedPage(served.browser, [served.site.origin, served.host.origin], {
      viewport: { width: 375, height: 667 },
    });
    await w.page.goto(`${served.host.origin}/host/story-map/scrolly`, { waitUntil: 'load' });
    const handle = await w.page.waitForSelector('iframe', { state: 'attached' });
    expect(await handle.getAttribute('src')).toBe(
      `${served.site.origin}${BASE}embed/story-map/?scrolly=1`,
    );
    const frame = (await handle.contentFrame())!;
    await frame.waitForFunction(() => document.documentElement.hasAttribute('data-embed-scrolly'));
    await frame.waitForFunction(() => document.querySelector('[data-active-step]') !== null);
    expect(w.requests.filter((u) => !underBase(u) && !u.startsWith(served.host.origin))).toEqual(
      [],
    );
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  });

  test('?static=1 still leads to the version without JavaScript', async () => {
    const w = await watchedPage(served.browser, [served.site.origin]);
    await w.page.goto(`${served.site.origin}${BASE}embed/attack-wave/?static=1`);
    await w.page.waitForURL(`${served.site.origin}${BASE}embed/attack-wave/static/`);
    await w.page.context().close();
  });

  test('pages carry the CSP and the headers of _headers: embeds may be framed, the story may not', async () => {
    const story = await fetch(`${served.site.origin}${BASE}`);
    const embed = await fetch(`${served.site.origin}${BASE}embed/attack-wave/`);
    expect(story.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(story.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await story.text()).toMatch(/<meta http-equiv="content-security-policy"/);
    expect((await fetch(`${served.site.origin}/`)).status).toBe(200);
    expect(await (await fetch(`${served.site.origin}/`)).text()).toContain('newsroom home page');
  });
});
