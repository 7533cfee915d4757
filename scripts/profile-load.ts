/**
 * `npm run profile:load`: where a page's load time goes. Serves dist/ (build first) as
 * `npm run bench` does, then
 *
 * 1. records a Chromium trace of loading the page at 375×667 (no throttling: this machine's real
 *    milliseconds) and sums the renderer main thread's self time by kind of work: HTML parsing,
 *    style, layout, paint (pre-paint, paint, layerize), script, other; and
 * 2. runs Lighthouse once (mobile preset, simulated 4× slower CPU) and prints its main-thread
 *    breakdown, its DOM size and its LCP element.
 *
 * Not a test. Read it with README's "Benchmark: how to read it".
 *
 *   node scripts/profile-load.ts [--path /] [--runs 3]
 */
import { parseArgs } from 'node:util';
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from './lib/chrome.ts';
import { serveStatic } from './lib/serve-static.ts';
import { median } from './lib/lighthouse.ts';

const { values: args } = parseArgs({
  options: { path: { type: 'string', default: '/' }, runs: { type: 'string', default: '3' } },
});
const runs = Number(args.runs);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** The kind of main-thread work a trace event is. */
function kindOf(name: string): string {
  if (name === 'ParseHTML' || /HTMLDocumentParser/.test(name)) return 'HTML parsing';
  if (/Style|LayoutTree/.test(name)) return 'style';
  if (/Layout|ShapeText|InlineNode|LayoutObject/.test(name)) return 'layout';
  if (/Paint|Layerize|Lifecycle|Composit|Commit/.test(name)) return 'paint';
  if (
    /^(v8|V8)|Script|FunctionCall|CustomElement|EventDispatch|TimerFire|AnimationFrame|Microtask|Compile/.test(
      name,
    )
  )
    return 'script';
  if (name === 'RunTask' || name === 'ThreadControllerImpl::RunTask') return 'task overhead';
  return 'other';
}

/** Self time (ms) of the renderer main thread's work, by kind, from complete ("X") events. */
function mainThreadSelfTime(events: TraceEvent[]): {
  totals: Record<string, number>;
  names: Map<string, number>;
} {
  // The page's renderer main thread: of the renderer main threads in the trace, the busiest.
  const mains = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const busy = (m: TraceEvent) =>
    events.reduce(
      (t, e) => t + (e.pid === m.pid && e.tid === m.tid && e.ph === 'X' ? (e.dur ?? 0) : 0),
      0,
    );
  const main = mains.sort((a, b) => busy(b) - busy(a))[0];
  if (!main) throw new Error('no renderer main thread in the trace');
  const slices = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const totals: Record<string, number> = {};
  const names = new Map<string, number>();
  const stack: { end: number; name: string; self: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack.at(-1)!.end <= until) {
      const done = stack.pop()!;
      const kind = kindOf(done.name);
      totals[kind] = (totals[kind] ?? 0) + done.self / 1000;
      names.set(done.name, (names.get(done.name) ?? 0) + done.self / 1000);
    }
  };
  for (const e of slices) {
    close(e.ts);
    const parent = stack.at(-1);
    if (parent) parent.self -= e.dur!;
    stack.push({ end: e.ts + e.dur!, name: e.name, self: e.dur! });
  }
  close(Number.POSITIVE_INFINITY);
  return { totals, names };
}

const server = await serveStatic('dist');
const url = `${server.origin}${args.path}`;
try {
  // 1. A real trace, unthrottled, median of the runs per kind.
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
  const byKind: Record<string, number[]> = {};
  const loads: number[] = [];
  const names = new Map<string, number[]>();
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on(
      'Tracing.dataCollected',
      (d) => void events.push(...(d.value as unknown as TraceEvent[])),
    );
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,v8',
      transferMode: 'ReportEvents',
    });
    await page.goto(url, { waitUntil: 'load' });
    loads.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0]!.duration));
    await page.waitForLoadState('networkidle');
    await cdp.send('Tracing.end');
    await complete;
    const self = mainThreadSelfTime(events);
    for (const [kind, ms] of Object.entries(self.totals)) (byKind[kind] ??= []).push(ms);
    for (const [name, ms] of self.names)
      (names.get(name) ?? names.set(name, []).get(name)!).push(ms);
    await context.close();
  }
  await browser.close();
  const kinds = Object.entries(byKind)
    .map(([kind, ms]) => [kind, median(ms)] as const)
    .sort((a, b) => b[1] - a[1]);
  const total = kinds.reduce((t, [, ms]) => t + ms, 0);
  console.log(
    `Chromium trace of ${args.path} at 375×667, no throttling, median of ${runs}: load event at ${Math.round(median(loads))} ms; renderer main thread busy ${Math.round(total)} ms:`,
  );
  for (const [kind, ms] of kinds)
    console.log(
      `  ${kind.padEnd(13)} ${String(Math.round(ms)).padStart(6)} ms  ${Math.round((100 * ms) / total)} %`,
    );
  const top = [...names]
    .map(([name, ms]) => [name, median(ms)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
  console.log(
    `Busiest trace events (self time): ${top.map(([name, ms]) => `${name} ${Math.round(ms)} ms`).join(', ')}`,
  );

  // 2. Lighthouse's diagnostics, one run.
  const chrome = await launchChrome({ chromePath: CHROME_PATH, chromeFlags: CHROME_ARGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const audits = result!.lhr.audits;
    const items = (id: string) =>
      (audits[id]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
    console.log(
      `\nLighthouse (mobile, simulated): performance ${Math.round((result!.lhr.categories.performance?.score ?? 0) * 100)}, ` +
        `LCP ${Math.round(audits['largest-contentful-paint']!.numericValue!)} ms, TBT ${Math.round(audits['total-blocking-time']!.numericValue!)} ms, ` +
        `main-thread work ${Math.round(audits['mainthread-work-breakdown']!.numericValue!)} ms:`,
    );
    for (const item of items('mainthread-work-breakdown'))
      console.log(
        `  ${String(item.groupLabel).padEnd(28)} ${String(Math.round(Number(item.duration))).padStart(6)} ms`,
      );
    const domSize = audits['dom-size-insight']?.numericValue ?? audits['dom-size']?.numericValue;
    if (domSize !== undefined) console.log(`DOM elements (Lighthouse): ${domSize}`);
    const lcpElement = items('largest-contentful-paint-element')[0] as
      { items?: { node?: { snippet?: string } }[] } | undefined;
    const snippet =
      lcpElement?.items?.[0]?.node?.snippet ??
      (lcpElement as { node?: { snippet?: string } } | undefined)?.node?.snippet;
    if (snippet) console.log(`LCP element: ${snippet.slice(0, 160)}`);
    const long = items('long-tasks');
    if (long.length)
      console.log(
        `Long tasks: ${long.map((t) => `${Math.round(Number(t.duration))} ms`).join(', ')}`,
      );
  } finally {
    chrome.kill();
  }
} finally {
  await server.close();
}
