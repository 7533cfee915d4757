/** The built story in real Chromium: it renders, its figures are there, it stays on its origin. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { launch, watchedPage } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveStatic('dist');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the story page', () => {
  test('renders the headline and the prose, with no console errors and no foreign requests', async () => {
    const w = await watchedPage(browser, [server.origin]);
    await w.page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
    await expect(w.page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/\S/);
    const words = (await w.page.locator('article').innerText()).split(/\s+/).length;
    expect(words).toBeGreaterThan(20);
    expect(w.problems).toEqual([]);
    expect(w.foreign).toEqual([]);
  });

  test('axe reports no WCAG 2.2 AA violations', async () => {
    const w = await watchedPage(browser, [server.origin]);
    await w.page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
    expect(await axeViolations(w.page)).toEqual([]);
  });
});
