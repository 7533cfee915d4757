/**
 * Real Chromium for the browser tests: Debian's /usr/bin/chromium (or CHROME_PATH) driven by
 * playwright-core, with the flags that work headless and offline. Each page is watched for console
 * errors, uncaught exceptions and any request that leaves 127.0.0.1.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from '../../scripts/lib/chrome.ts';

export { CHROME_ARGS, CHROME_PATH };

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: [...CHROME_ARGS, ...extraArgs] });
}

export interface Watched {
  page: Page;
  /** Console errors and warnings, and uncaught exceptions, as text. */
  problems: string[];
  /** URLs requested outside the allowed origins. */
  foreign: string[];
  /** Every URL requested. */
  requests: string[];
}

/** A new page in its own context that records problems and foreign requests; foreign ones are blocked. */
export async function watchedPage(
  browser: Browser,
  allowedOrigins: string[],
  options: BrowserContextOptions = {},
): Promise<Watched> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const watched: Watched = { page, problems: [], foreign: [], requests: [] };
  page.on('console', (msg) => {
    // Chromium's software GL (SwiftShader) logs its own performance notes as console warnings
    // ("GL Driver Message … GPU stall due to ReadPixels"); they come from the test machine's
    // renderer, not from the page, so they are the one kind of message not counted.
    if (msg.type() === 'warning' && /^\[\.WebGL-[0-9a-fx]+\]GL Driver Message/.test(msg.text()))
      return;
    if (msg.type() === 'error' || msg.type() === 'warning')
      watched.problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => watched.problems.push(`uncaught: ${error.message}`));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    watched.requests.push(url);
    if (
      url.startsWith('data:') ||
      url.startsWith('blob:') ||
      allowedOrigins.some((o) => url.startsWith(o))
    )
      return route.continue();
    watched.foreign.push(url);
    return route.abort('blockedbyclient');
  });
  return watched;
}
