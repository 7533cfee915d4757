/**
 * `npm run bench:dev`: the editor's loop. Starts `astro dev` on a free port, opens the story in
 * Chromium and measures save → new value visible, N times each (after one warm-up save not
 * counted), for
 *
 * - a data edit: a statistic's value in content/data/prison-attacks.json, until its
 *   `[data-num="<id>"]` shows the new value, and
 * - an MDX edit: a word of content/story.mdx, until the page shows the new word.
 *
 * Prints median and max, and where the time went (the median of each phase: save → Vite's message
 * on its WebSocket, → the page's new request for the story, → the story's HTML received, → the
 * value visible). The two files are edited in place, as an editor saves them; their text is
 * backed up first (in memory and in a file beside each, `<file>.bench-backup`) and written back at
 * the end, on failure and on Ctrl-C too. Not a test: timings depend on the machine.
 *
 *   node scripts/bench-dev.ts [--runs 5]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { formatNumber } from '../src/data/format.ts';
import { CHROME_ARGS, CHROME_PATH } from './lib/chrome.ts';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number ≥ 1, got ${args.runs}`);

const DATA = 'content/data/prison-attacks.json';
const STORY = 'content/story.mdx';
/** The statistic the data edit changes, and the word the MDX edit changes (both printed in the story). */
const STATISTIC = 'drug-detainees';
const WORD = 'Kalashnikov-type';

// ── The files, only through a backup that is always restored ───────────────────────────────────

const originals = new Map<string, string>();
for (const file of [DATA, STORY]) {
  if (existsSync(`${file}.bench-backup`))
    throw new Error(
      `${file}.bench-backup exists: a previous run was cut short. Check it, restore ${file} from it if needed, and delete it.`,
    );
  const text = readFileSync(file, 'utf8');
  originals.set(file, text);
  writeFileSync(`${file}.bench-backup`, text);
}
let restored = false;
function restore(): void {
  if (restored) return;
  for (const [file, text] of originals) {
    writeFileSync(file, text);
    rmSync(`${file}.bench-backup`, { force: true });
  }
  restored = true;
}
let server: ChildProcess | undefined;
const stopServer = () => {
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
};
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    restore();
    stopServer();
    process.exit(130);
  });

/** The data text with the statistic's value set to `value` (the first "value" after its id). */
function withValue(text: string, value: number): string {
  const at = text.indexOf(`"id": "${STATISTIC}"`);
  const m = /"value": -?[\d.]+/.exec(text.slice(at));
  if (at < 0 || !m) throw new Error(`${DATA}: no statistic "${STATISTIC}" with a value`);
  const start = at + m.index;
  return `${text.slice(0, start)}"value": ${value}${text.slice(start + m[0].length)}`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Waits up to 30 s for a condition on the page, through the reloads a save causes. */
async function waitOnPage(
  page: Page,
  condition: (arg: string) => unknown,
  arg: string,
  what: string,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`Not seen within 30 s: ${what}`);
    try {
      await page.waitForFunction(condition, arg, { timeout: left, polling: 'raf' });
      return;
    } catch (error) {
      if (!/Execution context was destroyed|navigation|Target closed/i.test(String(error)))
        throw new Error(`Not seen within 30 s: ${what} (${error})`);
    }
  }
}

const numShows = (text: string) => {
  const [id, value] = JSON.parse(text) as [string, string];
  return [...document.querySelectorAll(`[data-num="${id}"]`)].some(
    (el) => el.textContent === value,
  );
};
const wordShows = (word: string) => !!document.querySelector('main')?.textContent?.includes(word);

// ── Timestamps of what happens after a save ────────────────────────────────────────────────────

interface Marks {
  message?: number;
  request?: number;
  html?: number;
}
let marks: Marks = {};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

interface Sample {
  total: number;
  message: number | undefined;
  request: number | undefined;
  html: number | undefined;
}

async function measure(save: () => void, visible: () => Promise<void>): Promise<Sample> {
  marks = {};
  const started = performance.now();
  save();
  await visible();
  const total = performance.now() - started;
  const since = (t: number | undefined) => (t === undefined ? undefined : t - started);
  return {
    total,
    message: since(marks.message),
    request: since(marks.request),
    html: since(marks.html),
  };
}

const results: { kind: string; samples: Sample[] }[] = [];
try {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(VITEST|TEST$|NODE_ENV$|UNDER_FIRE_DATA$)/.test(k),
    ),
  );
  let terminal = '';
  server = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...env, FORCE_COLOR: '0' },
    detached: true,
  });
  server.stdout!.on('data', (b) => (terminal += b));
  server.stderr!.on('data', (b) => (terminal += b));
  let up = false;
  for (
    let t = Date.now();
    !up && Date.now() - t < 90_000 && server.exitCode === null;
    await new Promise((r) => setTimeout(r, 250))
  )
    up = await fetch(`${origin}/`).then(
      (r) => r.ok,
      () => false,
    );
  if (!up) throw new Error(`astro dev did not start:\n${terminal}`);

  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('websocket', (ws) =>
      ws.on('framereceived', (f) => {
        if (
          marks.message === undefined &&
          /"type":"(full-reload|update|error)"/.test(String(f.payload))
        )
          marks.message = performance.now();
      }),
    );
    page.on('request', (r) => {
      if (r.isNavigationRequest() && marks.request === undefined) marks.request = performance.now();
    });
    page.on('requestfinished', (r) => {
      if (r.isNavigationRequest() && marks.html === undefined) marks.html = performance.now();
    });
    await page.goto(`${origin}/`);
    await waitOnPage(
      page,
      (id) => !!document.querySelector(`[data-num="${id}"]`),
      STATISTIC,
      'the story',
    );

    const data = originals.get(DATA)!;
    const story = originals.get(STORY)!;
    if (!story.includes(WORD))
      throw new Error(
        `${STORY} no longer has the word "${WORD}": pick another word in scripts/bench-dev.ts`,
      );
    const base = Number(
      /"value": (-?[\d.]+)/.exec(data.slice(data.indexOf(`"id": "${STATISTIC}"`)))![1],
    );

    const dataEdits: Sample[] = [];
    for (let k = 0; k <= runs; k++) {
      const value = base + k + 1;
      const sample = await measure(
        () => writeFileSync(DATA, withValue(data, value)),
        () =>
          waitOnPage(
            page,
            numShows,
            JSON.stringify([STATISTIC, formatNumber(value)]),
            `${STATISTIC} showing ${value}`,
          ),
      );
      if (k > 0) dataEdits.push(sample); // the first save warms the server up
    }
    results.push({ kind: `data edit (${STATISTIC})`, samples: dataEdits });

    const mdxEdits: Sample[] = [];
    for (let k = 0; k <= runs; k++) {
      const word = `${WORD}${k + 1}`;
      const sample = await measure(
        () => writeFileSync(STORY, story.replace(WORD, word)),
        () => waitOnPage(page, wordShows, word, `the word "${word}"`),
      );
      if (k > 0) mdxEdits.push(sample);
    }
    results.push({ kind: `MDX edit (a word)`, samples: mdxEdits });
  } finally {
    await browser.close();
  }
} finally {
  restore();
  stopServer();
}

const ms = (x: number | undefined) => (x === undefined ? '–' : Math.round(x).toLocaleString('en'));
const med = (xs: (number | undefined)[]) => {
  const defined = xs.filter((x): x is number => x !== undefined);
  return defined.length ? median(defined) : undefined;
};
console.log(
  `astro dev, save → new value visible in Chromium, ${runs} saves each (after one warm-up save):\n`,
);
console.log(
  '| edit | median ms | max ms | → Vite message | → page request | → HTML received | runs (ms) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const { kind, samples } of results) {
  const totals = samples.map((s) => s.total);
  console.log(
    `| ${kind} | ${ms(median(totals))} | ${ms(Math.max(...totals))} | ${ms(med(samples.map((s) => s.message)))} | ${ms(med(samples.map((s) => s.request)))} | ${ms(med(samples.map((s) => s.html)))} | ${totals.map(ms).join(', ')} |`,
  );
}
console.log(
  '\nPhase columns: median ms from the save to each event (– when it did not happen: the page updated without it).',
);
