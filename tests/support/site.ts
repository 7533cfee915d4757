/**
 * For a browser test file: the built site served on 127.0.0.1 and one Chromium, started before
 * its tests and closed after them. `const site = servedSite();` then `site.server.origin`, `site.browser`.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from './server.ts';
import { launch } from './browser.ts';

export function servedSite(root = 'dist'): {
  readonly server: StaticServer;
  readonly browser: Browser;
} {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(root);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
  };
}

/**
 * For a test file that embeds the site in host pages: the built site (at `base`, "/" by default)
 * and host pages answered by `hostPage` on a second origin, with one Chromium.
 * `const s = servedSiteAndHost(page); … s.site.origin, s.host.origin, s.browser`.
 */
export function servedSiteAndHost(
  hostPage: (path: string) => { type: string; body: string } | undefined,
  root: () => string = () => 'dist',
  base = '/',
  rootPage?: (path: string) => { type: string; body: string } | undefined,
): { readonly site: StaticServer; readonly host: StaticServer; readonly browser: Browser } {
  let site: StaticServer | undefined;
  let host: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveStatic(root(), rootPage, base);
    host = await serveStatic('tests/fixtures', hostPage);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await site?.close();
  });
  return {
    get site() {
      return site!;
    },
    get host() {
      return host!;
    },
    get browser() {
      return browser!;
    },
  };
}
