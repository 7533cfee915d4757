/**
 * Fewer tab stops: on the sources page a link skips the source list's many links, and in the story
 * the map's night buttons are one tab stop with the arrow keys moving between them (roving
 * tabindex).
 */
import { describe, expect, test } from 'vitest';
import { watchedPage } from '../support/browser.ts';
import { servedSite } from '../support/site.ts';

const site = servedSite();
const NIGHTS = 'figure#attack-map .night-buttons';

async function story(path = '/') {
  const w = await watchedPage(site.browser, [site.server.origin], {
    viewport: { width: 1280, height: 800 },
  });
  await w.page.goto(`${site.server.origin}${path}`, { waitUntil: 'networkidle' });
  return w;
}

describe('tab stops', () => {
  test('on /sources/, a visible link skips the source list: focus goes past it, and Tab does not go back into it', async () => {
    const w = await story('/sources/');
    const sources = await w.page.locator('.source-list a').count();
    expect(sources).toBeGreaterThan(20);
    // Reach the skip link by keyboard from the element just before it.
    await w.page.locator('.skip-sources').evaluate((el) => {
      const all = [
        ...document.querySelectorAll<HTMLElement>('a[href], button, summary, input'),
      ].filter((e) => e.getClientRects().length || e === el);
      all[all.indexOf(el as HTMLElement) - 1]!.focus();
    });
    await w.page.keyboard.press('Tab');
    expect(await w.page.evaluate(() => document.activeElement?.className)).toBe(
      'skip-sources no-print',
    );
    const box = (await w.page.locator('.skip-sources').boundingBox())!;
    expect(box.width).toBeGreaterThan(10);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(await w.page.locator('.skip-sources').textContent()).toMatch(/^Skip the \d+ sources$/);
    await w.page.keyboard.press('Enter');
    // Focus is past the list; the next Tab goes on from there (to what follows, or out of the page), never into the list.
    const past = await w.page.evaluate(() => {
      const list = document.querySelector('.source-list')!;
      return !!(
        list.compareDocumentPosition(document.activeElement!) & Node.DOCUMENT_POSITION_FOLLOWING
      );
    });
    expect(past).toBe(true);
    await w.page.keyboard.press('Tab');
    expect(
      await w.page.evaluate(() =>
        document.querySelector('.source-list')!.contains(document.activeElement),
      ),
    ).toBe(false);
  });

  test('the night buttons are one tab stop; arrows, Home and End move along them, Enter chooses', async () => {
    const w = await story();
    const stops = () =>
      w.page.$$eval(
        `${NIGHTS} button`,
        (bs) => bs.filter((b) => (b as HTMLButtonElement).tabIndex >= 0).length,
      );
    const count = await w.page.locator(`${NIGHTS} button`).count();
    expect(count).toBeGreaterThan(3);
    expect(await stops()).toBe(1);
    await w.page.keyboard.press('Shift');
    await w.page.locator(`${NIGHTS} button[aria-pressed="true"]`).focus();
    const focused = () =>
      w.page.evaluate(() => (document.activeElement as HTMLElement).dataset.night);
    expect(await focused()).toBe('all');
    await w.page.keyboard.press('ArrowRight');
    const second = await w.page.locator(`${NIGHTS} button`).nth(1).getAttribute('data-night');
    expect(await focused()).toBe(second);
    expect(await stops()).toBe(1);
    await w.page.keyboard.press('End');
    expect(await focused()).toBe(
      await w.page
        .locator(`${NIGHTS} button`)
        .nth(count - 1)
        .getAttribute('data-night'),
    );
    await w.page.keyboard.press('Home');
    expect(await focused()).toBe('all');
    await w.page.keyboard.press('ArrowRight');
    await w.page.keyboard.press('Enter');
    expect(await w.page.locator(`${NIGHTS} button`).nth(1).getAttribute('aria-pressed')).toBe(
      'true',
    );
    // Tab leaves the group at once: the next stop is not another night button.
    await w.page.keyboard.press('Tab');
    expect(await w.page.evaluate((sel) => !!document.activeElement?.closest(sel), NIGHTS)).toBe(
      false,
    );
    expect(await stops()).toBe(1);
  });
});
