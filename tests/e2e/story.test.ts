/** The built story in real Chromium: it renders, its figures are there, it stays on its origin. */
import { describe, expect, test } from 'vitest';
import { watchedPage } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { servedSite } from '../support/site.ts';

const site = servedSite();

describe('the story page', () => {
  test('renders the headline and the prose, with no console errors and no foreign requests', async () => {
    const w = await watchedPage(site.browser, [site.server.origin]);
    await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
    await expect(w.page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/\S/);
    const words = (await w.page.locator('article').innerText()).split(/\s+/).length;
    expect(words).toBeGreaterThan(20);
    expect(w.problems).toEqual([]);
    expect(w.foreign).toEqual([]);
  });

  test('axe reports no WCAG 2.2 AA violations', async () => {
    const w = await watchedPage(site.browser, [site.server.origin]);
    await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
    expect(await axeViolations(w.page)).toEqual([]);
  });
});
