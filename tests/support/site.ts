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
