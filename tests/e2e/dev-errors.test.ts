/**
 * Live errors in `astro dev`, as an editor meets them: the server runs on a copy of the data file;
 * breaking the copy shows the problem (file, JSON path, hint) in the browser's error overlay and in
 * the terminal, and fixing it brings the story back, without restarting the server. The same for a
 * typo in an MDX prop (content/story.mdx is edited and restored). The dev server writes nothing
 * into dist/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch } from '../support/browser.ts';
import { FRESHNESS_URL } from '../../src/dev/freshness.ts';

const STORY = 'content/story.mdx';
const dir = mkdtempSync(join(tmpdir(), 'under-fire-dev-'));
const dataCopy = join(dir, 'prison-attacks.json');
const goodData = readFileSync('content/data/prison-attacks.json', 'utf8');
/** When dist/ and its story page last changed ("absent" when there is none). */
const distStamp = () =>
  ['dist', 'dist/index.html']
    .map((p) => (existsSync(p) ? statSync(p).mtimeMs : 'absent'))
    .join(' ');

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
  page.evaluate(
    () =>
      document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content')
        ?.textContent ?? null,
  );

/**
 * Waits up to 20 s for a condition on the page, through the reloads a save causes (a check that
 * meets a page being replaced is simply made again on the next one).
 */
async function waitOnPage(
  condition: (arg: string) => unknown,
  arg: string,
  what: string,
): Promise<unknown> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`Not seen within 20 s: ${what}`);
    try {
      const handle = await page.waitForFunction(condition, arg, { timeout: left });
      return await handle.jsonValue();
    } catch (error) {
      if (!/Execution context was destroyed|navigation|Target closed/i.test(String(error)))
        throw new Error(`Not seen within 20 s: ${what}`);
    }
  }
}

/** Waits for the overlay showing `fragment`, and returns its message. */
async function waitForOverlay(fragment: string): Promise<string> {
  const shown = (f: string) => {
    const text =
      document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content')
        ?.textContent ?? '';
    return text.includes(f) && text;
  };
  return String(await waitOnPage(shown, fragment, `an overlay saying "${fragment}"`));
}
const waitForStory = () =>
  waitOnPage(
    () =>
      !document.querySelector('vite-error-overlay') &&
      !!document.querySelector('[data-num="wave.places"]'),
    '',
    'the story, with no overlay',
  );

beforeAll(async () => {
  distBefore = distStamp();
  writeFileSync(dataCopy, goodData);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // The server runs as an editor's would: without vitest's variables (with VITEST set, Vite does not listen).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(k)),
  );
  server = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...env, UNDER_FIRE_DATA: dataCopy, FORCE_COLOR: '0' },
    detached: true,
  });
  server.stdout!.on('data', (b) => (terminal += b));
  server.stderr!.on('data', (b) => (terminal += b));
  let up = false;
  for (
    let t = Date.now();
    !up && Date.now() - t < 60_000 && server.exitCode === null;
    await new Promise((r) => setTimeout(r, 250))
  )
    up = await fetch(`${origin}/`).then(
      (r) => r.ok,
      () => false,
    );
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
      const shown = await waitForOverlay(`${dataCopy}: 1 problem in the data file`);
      const before = goodData.slice(0, goodData.indexOf('"value": 17000'));
      const [line, column] = [before.split('\n').length, before.length - before.lastIndexOf('\n')];
      expect(shown).toContain(
        `✗ ${dataCopy}:${line}:${column}: statistics[0].value (record "drug-detainees"): The value must be a number, without spaces or commas, e.g. 17000. Found "17000".`,
      );
      expect(shown).toContain(
        'Fix the file and save it: the page in the browser reloads by itself.',
      );
      const printed = terminal.replace(/\x1b\[[0-9;]*m/g, '');
      expect(printed).toMatch(
        /\[ERROR\] \[under-fire-dataset\] .*prison-attacks\.json: 1 problem in the data file[^\n]*\n\s+✗ \S+prison-attacks\.json:\d+:\d+: statistics\[0\]\.value \(record "drug-detainees"\)/,
      );
      expect(printed).not.toMatch(/^\s+at /m); // no stack trace under the message
    } finally {
      writeFileSync(dataCopy, goodData);
    }
    await waitForStory(); // the page reloads by itself: no navigation from the test
    expect(await overlayText()).toBeNull();
    expect(await page.locator('[data-num="wave.incidents"]').first().textContent()).toMatch(
      /^\d+$/,
    );
  });

  test('an MDX prop error: the overlay names the story, the component and the known names; fixing it clears it', async () => {
    const story = readFileSync(STORY, 'utf8');
    try {
      writeFileSync(STORY, story.replace('<Num of="wave.places" />', '<Num of="wave.placs" />'));
      const shown = await waitForOverlay('wave.placs');
      // The content lints run as the story compiles: our message, with the line and column, comes first.
      const line = story.split('\n').findIndex((l) => l.includes('<Num of="wave.places" />')) + 1;
      expect(shown).toMatch(
        new RegExp(
          `^content/story\\.mdx: 1 problem in the story:\\s+✗ content/story\\.mdx:${line}:\\d+: <Num of="wave\\.placs">: No number is called "wave\\.placs"\\. Did you mean "wave\\.places"\\? Use a statistic id`,
        ),
      );
    } finally {
      writeFileSync(STORY, story);
    }
    await waitForStory();
    expect(await overlayText()).toBeNull();
    expect(readFileSync(STORY, 'utf8')).toBe(story);
  });

  test('a component typo: our message with file, line and fix, not the framework\'s "Expected component Nun to be defined"', async () => {
    const story = readFileSync(STORY, 'utf8');
    try {
      writeFileSync(STORY, story.replace('<Num of="wave.places" />', '<Nun of="wave.places" />'));
      const shown = await waitForOverlay('"Nun"');
      expect(shown).toMatch(
        /^content\/story\.mdx: 1 problem in the story:\s+✗ content\/story\.mdx:\d+:\d+: <Nun>: No story component is called "Nun"\. Did you mean "Num"\?/,
      );
      expect(shown).not.toMatch(/Expected component|\n\s+at /);
    } finally {
      writeFileSync(STORY, story);
    }
    await waitForStory();
  });

  // Editors' saves come in two kinds: in place (truncate, then write) and atomic (write a temporary
  // file, then rename it over the old one, as VS Code and vim can). Each cycle breaks a file one way,
  // waits for the overlay, fixes it, and waits for the story; none may stick (20 s each at most).
  const CYCLES = 21;
  test(`${CYCLES} break-and-fix cycles of the data and the story, saved in place and atomically: a valid save always clears the error`, async () => {
    const story = readFileSync(STORY, 'utf8');
    const saveAtomically = (file: string, text: string) => {
      writeFileSync(`${file}.tmp-save`, text);
      renameSync(`${file}.tmp-save`, file);
    };
    const kinds = [
      {
        file: dataCopy,
        good: goodData,
        save: writeFileSync,
        broken: (k: number) => goodData.replace('"value": 17000', `"value": "${17000 + k}"`),
        shows: 'problem in the data file',
      },
      {
        file: dataCopy,
        good: goodData,
        save: saveAtomically,
        broken: (k: number) => goodData.replace('"value": 17000', `"value": "${17000 + k}"`),
        shows: 'problem in the data file',
      },
      {
        file: STORY,
        good: story,
        save: writeFileSync,
        broken: (k: number) =>
          story.replace('<Num of="wave.places" />', `<Num of="wave.places${k}" />`),
        shows: 'problem in the story',
      },
    ];
    const timings: number[] = [];
    try {
      for (let k = 0; k < CYCLES; k++) {
        const started = Date.now();
        const kind = kinds[k % kinds.length]!;
        kind.save(kind.file, kind.broken(k));
        // Each break is new (its own number), so only this cycle's overlay matches.
        await waitForOverlay(
          kind.shows === 'problem in the data file' ? `Found "${17000 + k}"` : `wave.places${k}`,
        ).catch(() =>
          expect.fail(`cycle ${k}: no overlay 20 s after a broken save of ${kind.file}`),
        );
        kind.save(kind.file, kind.good);
        await waitForStory().catch(() =>
          expect.fail(`cycle ${k}: the error stayed 20 s after ${kind.file} was fixed`),
        );
        timings.push(Date.now() - started);
        expect((await fetch(`${origin}/`)).status, `cycle ${k}`).toBe(200);
      }
    } finally {
      writeFileSync(STORY, story);
      writeFileSync(dataCopy, goodData);
    }
    console.log(
      `${CYCLES} break-and-fix cycles: ${timings.map((t) => (t / 1000).toFixed(1)).join(' ')} s`,
    );
  }, 300_000); // about 2 s a data cycle and 6 s a story cycle on two busy cores

  test('every page checks, once connected, that nothing changed since it was requested (src/dev/freshness.ts)', async () => {
    expect(await (await fetch(`${origin}/@vite/client`)).text()).toContain(FRESHNESS_URL);
    // Nothing changed since a moment once the server is quiet: on a busy machine the watcher may
    // still report the earlier test's last saves for a while, so the moment is taken anew until
    // the server says nothing changed after it.
    let asked = 0;
    await expect
      .poll(
        async () => {
          asked = Date.now();
          return (await fetch(`${origin}${FRESHNESS_URL}?since=${asked}`)).json();
        },
        { timeout: 10_000 },
      )
      .toMatchObject({ changed: false });
    // The kernel stamps a file's time with a coarse clock (up to a tick, 1–10 ms, behind
    // Date.now()), and the freshness check reads that time when its watcher missed an atomic
    // save of the earlier cycles: the save must come after the page's request by more than a tick,
    // as an editor's does.
    await expect.poll(() => Date.now() - asked, { interval: 5 }).toBeGreaterThan(20);
    writeFileSync(dataCopy, goodData); // a save, even of the same text
    const since = (t: number) =>
      fetch(`${origin}${FRESHNESS_URL}?since=${t}`).then(
        (r) => r.json() as Promise<{ changed: boolean }>,
      );
    await expect.poll(() => since(asked), { timeout: 10_000 }).toMatchObject({ changed: true });
  });

  test('the dev server wrote nothing into dist/', () => {
    expect(distStamp()).toBe(distBefore);
  });
});
