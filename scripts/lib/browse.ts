/**
 * How a reader moves through a page, for the browser tests and the bench: wait until the network
 * has been quiet for a moment, and scroll to the bottom a screen at a time so that every lazy
 * loader (the map, which loads on approach) sees its element come into view.
 */
import type { Page } from 'playwright-core';

/** Resolves once no request of `page` has been in flight for `quietMs` (default 500 ms), or after `timeoutMs`. */
export async function networkQuiet(page: Page, quietMs = 500, timeoutMs = 20_000): Promise<void> {
  const inflight = new Set<unknown>();
  let last = Date.now();
  const start = (r: unknown) => {
    inflight.add(r);
    last = Date.now();
  };
  const end = (r: unknown) => {
    inflight.delete(r);
    last = Date.now();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && (inflight.size > 0 || Date.now() - last < quietMs))
      await page.waitForTimeout(50);
  } finally {
    page.off('request', start);
    page.off('requestfinished', end);
    page.off('requestfailed', end);
  }
}

/** Scrolls down one viewport at a time to the bottom of the page, letting each screen settle. */
export async function scrollToBottom(page: Page, settleMs = 150): Promise<void> {
  for (let step = 0; step < 200; step++) {
    const atBottom = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.8);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(settleMs);
    if (atBottom) break;
  }
  await networkQuiet(page);
}
