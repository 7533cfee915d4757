/**
 * Share links of scrolly steps in real Chromium: each /s/<step>/ page sends the reader to the story
 * with that step active (script on), or offers the plain link (script off); on the story, "Link to
 * this step" marks the step in the address bar without leaving, and its button copies the share
 * address, or hands it to the system share sheet where the browser has one.
 */
import { describe, expect, test } from 'vitest';
import { parsedPages } from '../support/built.ts';
import { watchedPage } from '../support/browser.ts';
import { servedSite } from '../support/site.ts';

const site = servedSite();
const story = parsedPages().find((p) => p.path === '/')!;
const STEPS = [...story.document.querySelectorAll('li.step[data-step]')].map((s) => s.id);

const activeStep = (id: string) =>
  document.getElementById(id)?.closest<HTMLElement>('[data-scrolly]')?.dataset.activeStep === id;

describe('a step share page', () => {
  test.each(STEPS)('/s/%s/ lands on the story with that step active', async (id) => {
    const w = await watchedPage(site.browser, [site.server.origin], {
      viewport: { width: 1280, height: 800 },
    });
    await w.page.goto(`${site.server.origin}/s/${id}/`);
    await w.page.waitForURL(`${site.server.origin}/#${id}`);
    await w.page.waitForFunction(activeStep, id, { timeout: 10_000 });
    const box = (await w.page.locator(`#${id}`).boundingBox())!;
    expect(box.y).toBeLessThan(800);
    expect(box.y + box.height).toBeGreaterThan(0);
    // Back returns to where the reader came from (here the new tab's blank page), not to the share page.
    expect(await w.page.evaluate(() => history.length)).toBe(2);
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  });

  test('in French, /fr/s/<step>/ lands on the French story with that step active', async () => {
    const french = parsedPages().find((p) => p.path === '/fr/')!;
    const id = french.document.querySelectorAll('li.step[data-step]')[2]!.id;
    const w = await watchedPage(site.browser, [site.server.origin], {
      viewport: { width: 375, height: 667 },
    });
    await w.page.goto(`${site.server.origin}/fr/s/${id}/`);
    await w.page.waitForURL(`${site.server.origin}/fr/#${id}`);
    await w.page.waitForFunction(activeStep, id, { timeout: 10_000 });
    expect(w.problems).toEqual([]);
    await w.page.context().close();
  });

  test('without JavaScript it stays, with a plain link to the step', async () => {
    const w = await watchedPage(site.browser, [site.server.origin], { javaScriptEnabled: false });
    await w.page.goto(`${site.server.origin}/s/${STEPS[2]}/`);
    const link = w.page.getByRole('link', { name: 'Read this moment in the story' });
    expect(await link.getAttribute('href')).toBe(`/#${STEPS[2]}`);
    await link.click();
    await w.page.waitForURL(`${site.server.origin}/#${STEPS[2]}`);
    await w.page.context().close();
  });
});

describe('"Link to this step" on the story', () => {
  const open = async (init?: string) => {
    const w = await watchedPage(site.browser, [site.server.origin], {
      viewport: { width: 1280, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    if (init) await w.page.addInitScript(init);
    await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
    const step = w.page.locator(`#${STEPS[2]}`);
    await step.scrollIntoViewIfNeeded();
    return { w, step };
  };

  test('clicked, it marks the step in the address bar without leaving the page', async () => {
    const { w, step } = await open();
    await w.page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    await step.getByRole('link', { name: 'Link to this step' }).click();
    await w.page.waitForURL(`${site.server.origin}/#${STEPS[2]}`);
    expect(await w.page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
      true,
    );
    await w.page.context().close();
  });

  test('its button copies the share address and says so', async () => {
    const { w, step } = await open();
    await step.getByRole('button', { name: 'Copy link' }).click();
    await w.page.waitForFunction(() =>
      [...document.querySelectorAll('[data-step-share-status]')].some((s) => s.textContent),
    );
    expect(await w.page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${site.server.origin}/s/${STEPS[2]}/`,
    );
    await w.page.context().close();
  });

  test('where the browser has a share sheet, the button is "Share" and hands it the share address', async () => {
    // Chromium on Linux has no share sheet: this stands in for the one other systems provide.
    const { w, step } = await open(
      `navigator.share = (data) => { window.__shared = data; return Promise.resolve(); };`,
    );
    await step.getByRole('button', { name: 'Share' }).click();
    const shared = await w.page.waitForFunction(
      () => (window as unknown as { __shared?: { url: string } }).__shared,
    );
    expect(((await shared.jsonValue()) as { url: string }).url).toBe(
      `${site.server.origin}/s/${STEPS[2]}/`,
    );
    await w.page.context().close();
  });
});
