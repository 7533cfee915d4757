/**
 * Live errors in `astro dev`, as an editor meets them: the server runs on a copy of the data file;
 * breaking the copy shows the problem (file, JSON path, hint) in the browser's error overlay and in
 * the terminal, and fixing it brings the story back, without restarting the server. The same for a
 * typo in an MDX prop (content/story.mdx is edited and restored). The dev server writes nothing
 * into dist/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch } from '../support/browser.ts';

const STORY = 'content/story.mdx';
const dir = mkdtempSync(join(tmpdir(), 'under-fire-dev-'));
const dataCopy = join(dir, 'prison-attacks.json');
const goodData = readFileSync('content/data/prison-attacks.json', 'utf8');
/** When dist/ and its story page last changed ("absent" when there is none). */
const distStamp = () => ['dist', 'dist/index.html'].map((p) => (existsSync(p) ? statSync(p).mtimeMs : 'absent')).join(' ');

let server: ChildProcess;
let terminal = '';
let origin = '';
let browser: Browser;
let page: Page;
let distBefore: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** The error overlay's message, or null when there is none. */
const overlayText = () =>
  page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content')?.textContent ?? null);

const waitForOverlay = () => page.waitForFunction(() => !!document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content')?.textContent, null, { timeout: 20_000 });
const waitForStory = () =>
  page.waitForFunction(() => !document.querySelector('vite-error-overlay') && !!document.querySelector('[data-num="wave.places"]'), null, { timeout: 20_000 });

beforeAll(async () => {
  distBefore = distStamp();
  writeFileSync(dataCopy, goodData);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // The server runs as an editor's would: without vitest's variables (with VITEST set, Vite does not listen).
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(k)));
  server = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], { env: { ...env, UNDER_FIRE_DATA: dataCopy, FORCE_COLOR: '0' }, detached: true });
  server.stdout!.on('data', (b) => (terminal += b));
  server.stderr!.on('data', (b) => (terminal += b));
  let up = false;
  for (let t = Date.now(); !up && Date.now() - t < 60_000 && server.exitCode === null; await new Promise((r) => setTimeout(r, 250)))
    up = await fetch(`${origin}/`).then((r) => r.ok, () => false);
  // e.g. "Another astro dev server is already running" (stop it with npx astro dev stop)
  if (!up) throw new Error(`astro dev did not start:\n${terminal}`);
  browser = await launch();
  page = await browser.newPage();
  await page.goto(`${origin}/`);
});

afterAll(async () => {
  await browser?.close();
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe('astro dev shows content errors live', () => {
  test('a data error: overlay and terminal name the file, the JSON path and the fix; fixing it clears it', async () => {
    await waitForStory();
    try {
      writeFileSync(dataCopy, goodData.replace('"value": 17000', '"value": "17000"'));
      await waitForOverlay();
      const shown = await overlayText();
      expect(shown).toContain(`${dataCopy}: 1 problem in the data file`);
      expect(shown).toContain('✗ statistics[0].value (record "drug-detainees"): The value must be a number, without spaces or commas, e.g. 17000. Found "17000".');
      expect(shown).toContain('Fix the file and save it: the page in the browser reloads by itself.');
      expect(terminal.replace(/\x1b\[[0-9;]*m/g, '')).toMatch(/\[ERROR\] \[under-fire-dataset\] .*prison-attacks\.json: 1 problem in the data file[^\n]*\n\s+✗ statistics\[0\]\.value \(record "drug-detainees"\)/);
    } finally {
      writeFileSync(dataCopy, goodData);
    }
    await waitForStory(); // the page reloads by itself: no navigation from the test
    expect(await overlayText()).toBeNull();
    expect(await page.locator('[data-num="wave.incidents"]').first().textContent()).toMatch(/^\d+$/);
  });

  test('an MDX prop error: the overlay names the story, the component and the known names; fixing it clears it', async () => {
    const story = readFileSync(STORY, 'utf8');
    try {
      writeFileSync(STORY, story.replace('<Num of="wave.places" />', '<Num of="wave.placs" />'));
      await waitForOverlay();
      expect(await overlayText()).toMatch(/^content\/story\.mdx: <Num of="wave\.placs">: No number is called "wave\.placs"\. Did you mean "wave\.places"\? Use a statistic id/);
    } finally {
      writeFileSync(STORY, story);
    }
    await waitForStory();
    expect(await overlayText()).toBeNull();
    expect(readFileSync(STORY, 'utf8')).toBe(story);
  });

  test('the dev server wrote nothing into dist/', () => {
    expect(distStamp()).toBe(distBefore);
  });
});
