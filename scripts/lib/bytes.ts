/**
 * Bytes a page ships, as a real Chromium requests them: every response of a fresh browser context
 * is sorted into HTML, CSS, JS (scripts and workers), data (JSON, CSV, GeoJSON) and other (images,
 * fonts), and counted as its body gzipped (level 6, what the test server and most hosts send).
 * "Initial" is what loads without scrolling; "after" adds what loads once the reader has scrolled
 * to the bottom, past the map.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { networkQuiet, scrollToBottom } from './browse.ts';

export type Kind = 'html' | 'css' | 'js' | 'data' | 'other';
export type Bytes = Record<Kind, number>;

export interface PageBytes {
  initial: Bytes;
  after: Bytes;
  /** Requests made, initially and in all. */
  requests: { initial: number; after: number };
  /** true when MapLibre drew a map (a .maplibregl-map element exists after scrolling). */
  map: boolean;
  /**
   * Elements in the document once loaded, before any scrolling: on the phone (412 × 823, as
   * Lighthouse's mobile preset) and on a desktop (1280 × 800). What the browser styles and lays out.
   */
  elements: { phone: number; desktop: number };
}

const PHONE = { width: 412, height: 823 };
const DESKTOP = { width: 1280, height: 800 };
const elementCount = () => document.getElementsByTagName('*').length;

/** The elements of `url` once loaded (and its network quiet) in a fresh context of `viewport`. */
async function elementsAtLoad(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
): Promise<number> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await networkQuiet(page, 1000);
  const n = await page.evaluate(elementCount);
  await context.close();
  return n;
}

const empty = (): Bytes => ({ html: 0, css: 0, js: 0, data: 0, other: 0 });

function kindOf(response: Response): Kind {
  const type = response.headers()['content-type'] ?? '';
  const resource = response.request().resourceType();
  if (resource === 'document' || type.includes('text/html')) return 'html';
  if (resource === 'stylesheet' || type.includes('text/css')) return 'css';
  if (resource === 'script' || type.includes('javascript')) return 'js';
  if (/^(image|font)\//.test(type)) return 'other';
  if (/json|csv|xml|text\/plain/.test(type) || resource === 'fetch' || resource === 'xhr')
    return 'data';
  return 'other';
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 6 }).length;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi;

/**
 * Adds a response's gzip size to `totals`. Astro inlines small scripts into the HTML: their share
 * (the gzip size of the inline scripts alone) is counted as JS, or as data for JSON blocks, and
 * taken off the HTML, so the JS column is what runs whether it came in a file or inline.
 */
function count(totals: Bytes, kind: Kind, body: Buffer): void {
  const size = gz(body);
  if (kind !== 'html') return void (totals[kind] += size);
  const inline = { js: '', data: '' };
  for (const [, attrs, code] of body.toString('utf8').matchAll(INLINE_SCRIPT))
    inline[/json/i.test(attrs!) ? 'data' : 'js'] += code;
  const js = inline.js ? gz(inline.js) : 0;
  const data = inline.data ? gz(inline.data) : 0;
  totals.js += js;
  totals.data += data;
  totals.html += Math.max(0, size - js - data);
}

/** Loads `url` in a new context of `browser` with a phone-sized viewport and counts what it ships. */
export async function measureBytes(browser: Browser, url: string): Promise<PageBytes> {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1.75 });
  const totals = empty();
  const pending: Promise<void>[] = [];
  let requests = 0;
  context.on('response', (response) => {
    requests++;
    pending.push(
      response
        .body()
        .then((body) => count(totals, kindOf(response), body))
        .catch(() => undefined), // redirects and aborted requests have no body
    );
  });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await networkQuiet(page, 1000);
  await Promise.all(pending);
  const initial = { ...totals };
  const initialRequests = requests;
  const phone = await page.evaluate(elementCount);
  await scrollToBottom(page);
  await page.waitForSelector('.maplibregl-map canvas', { timeout: 3000 }).catch(() => undefined);
  await networkQuiet(page, 1000);
  await Promise.all(pending);
  const map = (await page.$('.maplibregl-map')) !== null;
  await context.close();
  return {
    initial,
    after: { ...totals },
    requests: { initial: initialRequests, after: requests },
    map,
    elements: { phone, desktop: await elementsAtLoad(browser, url, DESKTOP) },
  };
}
