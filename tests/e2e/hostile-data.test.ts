/**
 * Hostile data cannot run: the site is built from a copy of the data whose every free-text field
 * carries markup and script (`<img onerror>`, `<script>`, `"><svg onload>`, a `javascript:` string)
 * or very long text. In Chromium, on every page, after scrolling, opening every disclosure and
 * tabbing through every control, no injected handler has run, nothing injected is in the DOM, the
 * strings read literally as text, and a long text does not push the page sideways on a phone.
 * One test per page (the pages `npm run build` wrote to dist/; the hostile build must have the
 * same), so each page has the whole time limit to itself on a busy machine.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { validateDataset } from '../../src/data/validate.ts';
import { builtPages, type BuiltPage } from '../../scripts/lib/pages.ts';
import { scrollToBottom } from '../../scripts/lib/browse.ts';
import { buildSite } from '../support/build.ts';
import { PAYLOADS, hostileCopy } from '../support/hostile.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { launch, watchedPage } from '../support/browser.ts';

/** The real data file when it is there (so the story's references resolve), else the hostile fixture. */
const BASE = existsSync('content/data/prison-attacks.json')
  ? 'content/data/prison-attacks.json'
  : 'tests/fixtures/hostile.json';

/** The site's pages, as the regular build wrote them; the hostile build is checked to have the same. */
const PAGES = existsSync('dist') ? builtPages('dist').map((p) => p.path) : [];

let outDir: string;
let pages: BuiltPage[] = [];
let server: StaticServer;
let browser: Browser;
const textByPage = new Map<string, string>();

beforeAll(async () => {
  const data = hostileCopy(JSON.parse(readFileSync(BASE, 'utf8')));
  const check = validateDataset(data);
  if (!check.ok)
    throw new Error(
      `hostileCopy made an invalid file: ${JSON.stringify(check.problems.slice(0, 3))}`,
    );
  const file = join(mkdtempSync(join(tmpdir(), 'under-fire-hostile-')), 'hostile.json');
  writeFileSync(file, JSON.stringify(data));
  const build = buildSite(file);
  outDir = build.outDir;
  if (build.status !== 0) throw new Error(`the build with hostile data failed:\n${build.output}`);
  pages = builtPages(outDir);
  server = await serveStatic(outDir);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Opens every disclosure and tabs through the page, so that scripts run their on-focus and on-open paths. */
async function exercise(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  for (let i = 0; i < 60; i++) await page.keyboard.press('Tab');
  await scrollToBottom(page, 50);
}

describe('a site built from hostile data', () => {
  test('has pages, the same as the regular build', () => {
    expect(pages.map((p) => p.path)).toContain('/');
    expect(
      pages.map((p) => p.path),
      'run npm run build first: the pages to visit are those of dist/',
    ).toEqual(PAGES);
  });

  test.each(PAGES)('%s runs no injected code and shows the strings as text', async (path) => {
    const w = await watchedPage(browser, [server.origin], {
      viewport: { width: 360, height: 740 },
    });
    await w.page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    await exercise(w.page);
    const state = await w.page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      // What reads: not scripts, styles, templates, nor the markup that <noscript> holds as text
      // while JavaScript runs (deferred drawings and tables, made elements when needed).
      clone.querySelectorAll('script, style, template, noscript').forEach((el) => el.remove());
      return {
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        injected: [
          ...document.querySelectorAll(
            'img[src="x"], svg[onload], iframe[srcdoc], [onerror], [onload]',
          ),
        ].map((el) => el.outerHTML.slice(0, 120)),
        inlineScripts: [...document.querySelectorAll('script:not([src])')].filter(
          (s) =>
            s.textContent?.includes('__pwned') &&
            !s.textContent.startsWith('{') &&
            !s.textContent.startsWith('['),
        ).length,
        text: clone.textContent ?? '',
        overflow: document.documentElement.scrollWidth - window.innerWidth,
      };
    });
    textByPage.set(path, state.text);
    await w.page.context().close();
    expect(state.pwned, `${path}: an injected handler ran`).toBeUndefined();
    expect(state.injected, `${path}: injected elements`).toEqual([]);
    expect(state.inlineScripts, `${path}: data inside an executable inline script`).toBe(0);
    expect(w.problems, `${path}: console problems`).toEqual([]);
    expect(
      state.overflow,
      `${path}: long text pushes the page sideways at 360 px`,
    ).toBeLessThanOrEqual(1);
  });

  test('the hostile strings read literally somewhere in the site', () => {
    const all = [...textByPage.values()].join('\n');
    const shown = PAYLOADS.filter((p) => all.includes(p));
    expect(
      shown.length,
      'no page shows text from the data file, so nothing proves it is escaped',
    ).toBeGreaterThan(0);
    // Whatever shows must show whole: a payload cut up or half-parsed would read differently.
    for (const text of textByPage.values())
      expect(text).not.toMatch(/onerror=window\.__pwned=1(?!>)/);
  });
});
