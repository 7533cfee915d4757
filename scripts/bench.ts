/**
 * `npm run bench`: builds the site (timed), serves dist/ on 127.0.0.1 with gzip and the site's own
 * headers, and for the story and every embed page found in dist/ measures the bytes shipped (gzip;
 * initially and after scrolling past the map) and Lighthouse (mobile, median of N runs). Prints
 * one table, writes bench-results/latest.json, and exits 1 naming each budget in
 * scripts/budgets.json that a page breaks. Not a test: `npm test` does not run it.
 *
 *   node scripts/bench.ts [--runs 3] [--skip-build] [--only /embed/attack-wave/]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launch as launchChrome } from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { builtPages, isGraphicEmbed, isStoryPage } from './lib/pages.ts';
import { serveStatic } from './lib/serve-static.ts';
import { CHROME_ARGS, CHROME_PATH } from './lib/chrome.ts';
import { measureBytes, type PageBytes } from './lib/bytes.ts';
import { CATEGORIES, lighthouseFigures, type LighthouseFigures } from './lib/lighthouse.ts';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'skip-build': { type: 'boolean', default: false },
    only: { type: 'string' },
    'no-gzip': { type: 'boolean', default: false },
  },
});
const gzip = !args['no-gzip'];
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number ≥ 1, got ${args.runs}`);

type PageKind = 'story' | 'embed' | 'mapEmbed';
interface Budget {
  initialJsKb: number | null;
  minScores: Record<string, number>;
  maxCls: number;
  /** Optional; absent or null: no budget. */
  initialHtmlKb?: number | null;
  maxLcpMs?: number | null;
  /** The LCP budget when the pages are served without compression (`--no-gzip`). */
  maxLcpMsWithoutGzip?: number | null;
  maxTbtMs?: number | null;
  maxElementsAtLoad?: number | null;
}
interface PageResult {
  path: string;
  kind: PageKind;
  bytes: PageBytes;
  lighthouse: LighthouseFigures;
}
const budgets = JSON.parse(readFileSync('scripts/budgets.json', 'utf8')) as Record<
  PageKind,
  Budget
>;
const kB = (bytes: number) => bytes / 1000;

let buildMs: number | null = null;
if (!args['skip-build']) {
  const started = performance.now();
  const build = spawnSync('npm', ['run', 'build', '--silent'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  buildMs = Math.round(performance.now() - started);
  if (build.status !== 0) {
    console.error(build.stdout);
    console.error('✗ The build failed; nothing was measured.');
    process.exit(1);
  }
}

const pages = builtPages('dist').filter(
  (p) => (isStoryPage(p.path) || isGraphicEmbed(p.path)) && (!args.only || p.path === args.only),
);
if (pages.length === 0) {
  console.error(
    args.only
      ? `✗ No page ${args.only} in dist/ (story is "/", embeds "/embed/<id>/").`
      : '✗ dist/ has no pages: build first.',
  );
  process.exit(1);
}

const server = await serveStatic('dist', undefined, '/', gzip);
const chrome = await launchChrome({ chromePath: CHROME_PATH, chromeFlags: CHROME_ARGS });
const results: PageResult[] = [];
try {
  // Bytes first, through Playwright attached to the shared Chrome; then Lighthouse on the same Chrome.
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const measured = new Map<string, PageBytes>();
  for (const page of pages)
    measured.set(page.path, await measureBytes(browser, `${server.origin}${page.path}`));
  await browser.close();
  for (const page of pages) {
    process.stderr.write(`Lighthouse ${page.path} ×${runs}…\n`);
    const noindex = /<meta name="robots" content="[^"]*noindex/i.test(
      readFileSync(page.file, 'utf8'),
    );
    const bytes = measured.get(page.path)!;
    const kind: PageKind = isStoryPage(page.path) ? 'story' : bytes.map ? 'mapEmbed' : 'embed';
    results.push({
      path: page.path,
      kind,
      bytes,
      lighthouse: await lighthouseFigures(
        `${server.origin}${page.path}`,
        chrome.port,
        runs,
        noindex,
      ),
    });
  }
} finally {
  chrome.kill();
  await server.close();
}

/**
 * Every budget a page breaks, in words. Without compression (`--no-gzip`) only the LCP budget for
 * that case applies: the scores and the other timings are budgeted as hosts serve the site, gzipped.
 */
function breaches(r: PageResult): string[] {
  const b = budgets[r.kind];
  if (!gzip) {
    const max = b.maxLcpMsWithoutGzip;
    return max != null && r.lighthouse.lcp > max
      ? [`${r.path}: LCP ${Math.round(r.lighthouse.lcp)} ms > ${max} ms (no gzip)`]
      : [];
  }
  const found: string[] = [];
  if (b.initialJsKb !== null && kB(r.bytes.initial.js) > b.initialJsKb)
    found.push(
      `${r.path}: initial JS ${kB(r.bytes.initial.js).toFixed(1)} kB gz > ${b.initialJsKb} kB (${r.kind})`,
    );
  for (const [category, min] of Object.entries(b.minScores)) {
    const score = r.lighthouse.scores[category as keyof LighthouseFigures['scores']];
    if (score < min)
      found.push(
        `${r.path}: Lighthouse ${category} ${score} < ${min} (failing audits: ${r.lighthouse.failing.join(', ') || 'none below 0.9'})`,
      );
  }
  if (r.lighthouse.cls > b.maxCls)
    found.push(`${r.path}: CLS ${r.lighthouse.cls.toFixed(3)} > ${b.maxCls}`);
  if (b.initialHtmlKb != null && kB(r.bytes.initial.html) > b.initialHtmlKb)
    found.push(
      `${r.path}: HTML ${kB(r.bytes.initial.html).toFixed(1)} kB gz > ${b.initialHtmlKb} kB (${r.kind})`,
    );
  if (b.maxLcpMs != null && r.lighthouse.lcp > b.maxLcpMs)
    found.push(`${r.path}: LCP ${Math.round(r.lighthouse.lcp)} ms > ${b.maxLcpMs} ms`);
  if (b.maxTbtMs != null && r.lighthouse.tbt > b.maxTbtMs)
    found.push(`${r.path}: TBT ${Math.round(r.lighthouse.tbt)} ms > ${b.maxTbtMs} ms`);
  const most = Math.max(r.bytes.elements.phone, r.bytes.elements.desktop);
  if (b.maxElementsAtLoad != null && most > b.maxElementsAtLoad)
    found.push(
      `${r.path}: ${most} elements at load (phone ${r.bytes.elements.phone}, desktop ${r.bytes.elements.desktop}) > ${b.maxElementsAtLoad}`,
    );
  return found;
}

const header = [
  'page',
  'kind',
  'HTML',
  'CSS',
  'JS',
  'data',
  'JS after',
  'all after',
  'map',
  'perf',
  'a11y',
  'b-p',
  'SEO',
  'LCP ms',
  'TBT ms',
  'CLS',
  'elements',
];
const rows = results.map((r) => [
  r.path,
  r.kind,
  ...(['html', 'css', 'js', 'data'] as const).map((k) => kB(r.bytes.initial[k]).toFixed(1)),
  kB(r.bytes.after.js).toFixed(1),
  kB(Object.values(r.bytes.after).reduce((a, b) => a + b, 0)).toFixed(1),
  r.bytes.map ? 'yes' : 'no',
  ...CATEGORIES.map(
    (c) => String(r.lighthouse.scores[c]) + (c === 'seo' && r.lighthouse.skipped.length ? '*' : ''),
  ),
  Math.round(r.lighthouse.lcp).toString(),
  Math.round(r.lighthouse.tbt).toString(),
  r.lighthouse.cls.toFixed(3),
  `${r.bytes.elements.phone} / ${r.bytes.elements.desktop}`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const line = (cells: string[]) =>
  `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
console.log(
  `\nUnder fire bench: build ${buildMs === null ? 'skipped' : `${(buildMs / 1000).toFixed(1)} s`}; kB of gzip, initial unless "after"; Lighthouse mobile, median of ${runs}; served ${gzip ? 'with gzip' : 'without compression (--no-gzip)'}.`,
);
console.log(line(header));
console.log(
  `|${widths.map((w, i) => (i < 2 ? ':' : '-') + '-'.repeat(w) + (i < 2 ? '-' : ':')).join('|')}|`,
);
for (const row of rows) console.log(line(row));
if (results.some((r) => r.lighthouse.skipped.length))
  console.log('* SEO without the is-crawlable audit: embeds are noindex by design.');

const broken = results.flatMap(breaches);
mkdirSync('bench-results', { recursive: true });
const report = {
  date: new Date().toISOString(),
  buildMs,
  runs,
  gzip,
  chrome: CHROME_PATH,
  budgets,
  pages: results,
  breaches: broken,
};
writeFileSync('bench-results/latest.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('\nWrote bench-results/latest.json.');
if (broken.length) {
  console.error(
    `\n✗ ${broken.length} budget${broken.length === 1 ? '' : 's'} broken (scripts/budgets.json):`,
  );
  for (const b of broken) console.error(`  ✗ ${b}`);
  process.exit(1);
}
console.log('✓ Every page is within budget.');
