/**
 * `npm run bench:scale`: the same kit with a bigger story. For each scale (×1, ×10, ×100 by
 * default) it writes a copy of the data file with that many times the incidents, places, timeline
 * events and sources (scripts/lib/scaled-data.ts, deterministic from --seed) into a temporary
 * folder, times `npm run check:data` on it and an Astro build of it (as tests/support/build.ts
 * builds fixtures), and measures the built story: HTML bytes (raw and gzip), DOM elements (counted
 * with linkedom), and what the bytes go to (inline SVG, tables). Prints one table, plus where each
 * build's time went. Not a test: timings depend on the machine. The real data and dist/ are
 * never touched.
 *
 *   node scripts/bench-scale.ts [--scales 1,10,100] [--seed 2025] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { DATA_FILE } from '../src/data/load.ts';
import { recordCount, scaledDataset } from './lib/scaled-data.ts';

const { values: args } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,10,100' },
    seed: { type: 'string', default: '2025' },
    keep: { type: 'boolean', default: false },
  },
});
const scales = args.scales.split(',').map(Number);
const seed = Number(args.seed);
if (!scales.every((s) => Number.isInteger(s) && s >= 1))
  throw new Error(`--scales must be whole numbers ≥ 1, got ${args.scales}`);
if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, got ${args.seed}`);

interface Row {
  scale: number;
  records: number;
  incidents: number;
  buildS: number;
  buildCpuS: number;
  checkS: number;
  htmlRaw: number;
  htmlGz: number;
  elements: number;
  svgs: number;
  svgElements: number;
  svgBytes: number;
  tableBytes: number;
  phases: string;
}

/**
 * CPU seconds (user and system) used so far by this process's finished children and theirs (Linux:
 * /proc/self/stat's cutime and cstime, in clock ticks of 1/100 s); 0 where there is no /proc. On a
 * machine shared with other work, a build's CPU time says what it costs; its wall time, what it
 * waited for.
 */
function childCpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0;
  }
}

/** Seconds a command takes (wall and CPU), and what it printed; exits when it fails. */
function timed(
  what: string,
  command: string,
  argv: string[],
  env: Record<string, string> = {},
): { s: number; cpuS: number; output: string } {
  const cpuBefore = childCpuSeconds();
  const started = performance.now();
  const run = spawnSync(command, argv, {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 1_800_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const s = (performance.now() - started) / 1000;
  const output = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) {
    console.error(output.slice(-4000));
    console.error(
      `✗ ${what} failed (exit ${run.status ?? run.signal}); nothing more was measured.`,
    );
    process.exit(1);
  }
  return { s, cpuS: childCpuSeconds() - cpuBefore, output };
}

/** What the story's HTML is made of: elements, inline SVG (bytes and elements) and tables (bytes). */
function storyFigures(html: string) {
  const { document } = parseHTML(html);
  const svgs = [...document.querySelectorAll('svg')].filter(
    (svg) => !svg.parentElement?.closest('svg'),
  );
  const tables = [...document.querySelectorAll('table')];
  return {
    elements: document.querySelectorAll('*').length,
    svgs: svgs.length,
    svgElements: svgs.reduce((n, svg) => n + svg.querySelectorAll('*').length + 1, 0),
    svgBytes: svgs.reduce((n, svg) => n + Buffer.byteLength(svg.outerHTML), 0),
    tableBytes: tables.reduce((n, t) => n + Buffer.byteLength(t.outerHTML), 0),
  };
}

const seconds = (value: string, unit: string) => Number(value) / (unit === 'ms' ? 1000 : 1);

/**
 * Where a build's time went, from Astro's own log: content sync and types, the Vite bundles, and
 * page generation, with its slowest routes ("├─ /index.html (+1.23s)").
 */
function buildPhases(output: string, n = 3): string {
  const sync = /\[types\] Generated ([\d.]+)(m?s)/.exec(output);
  const vite = [...output.matchAll(/\[vite\] ✓ built in ([\d.]+)(m?s)/g)].reduce(
    (t, m) => t + seconds(m[1]!, m[2]!),
    0,
  );
  const pages = /generating static routes[\s\S]*?✓ Completed in ([\d.]+)(m?s)/.exec(output);
  const routes = [...output.matchAll(/[└├]─ (\S+) \(\+([\d.]+)(m?s)\)/g)].map((m) => ({
    route: m[1]!,
    s: seconds(m[2]!, m[3]!),
  }));
  const slowest = routes
    .sort((a, b) => b.s - a.s)
    .slice(0, n)
    .map((r) => `${r.route} ${r.s.toFixed(1)} s`);
  const f = (m: RegExpExecArray | null) => (m ? `${seconds(m[1]!, m[2]!).toFixed(1)} s` : '?');
  return `content sync and types ${f(sync)}, Vite bundles ${vite.toFixed(1)} s, page generation ${f(pages)} (slowest: ${slowest.join(', ')})`;
}

const base = JSON.parse(readFileSync(DATA_FILE, 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'under-fire-scale-'));
const rows: Row[] = [];
try {
  for (const scale of scales) {
    const data = scaledDataset(base, scale, seed);
    const file = join(work, `data-x${scale}.json`);
    writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    const outDir = join(work, `dist-x${scale}`);
    process.stderr.write(`×${scale}: ${recordCount(data)} records; check:data…\n`);
    const check = timed(`check:data at ×${scale}`, process.execPath, [
      'scripts/check-data.ts',
      file,
    ]);
    process.stderr.write(`×${scale}: build…\n`);
    const build = timed(`the build at ×${scale}`, 'npx', ['astro', 'build', '--outDir', outDir], {
      UNDER_FIRE_DATA: file,
    });
    const html = readFileSync(join(outDir, 'index.html'));
    rows.push({
      scale,
      records: recordCount(data),
      incidents: data.incidents.length,
      buildS: build.s,
      buildCpuS: build.cpuS,
      checkS: check.s,
      htmlRaw: html.length,
      htmlGz: gzipSync(html, { level: 6 }).length,
      ...storyFigures(html.toString('utf8')),
      phases: buildPhases(build.output),
    });
    const row = rows.at(-1)!;
    // Each scale's figures as soon as they are known: a ×100 build can take many minutes.
    process.stderr.write(
      `×${scale}: build ${row.buildS.toFixed(1)} s (CPU ${row.buildCpuS.toFixed(1)} s), check:data ${row.checkS.toFixed(2)} s, story ${row.htmlRaw} B (${row.htmlGz} B gz), ${row.elements} elements\n`,
    );
    if (!args.keep) rmSync(outDir, { recursive: true, force: true });
  }
} finally {
  if (!args.keep) rmSync(work, { recursive: true, force: true });
  else console.error(`Kept the data and builds in ${work}`);
}

const kB = (n: number) => (n / 1000).toFixed(0);
const pct = (part: number, whole: number) => `${Math.round((100 * part) / whole)} %`;
const header = [
  'scale',
  'records',
  'incidents',
  'build s',
  'build CPU s',
  'check:data s',
  'HTML kB raw',
  'HTML kB gz',
  'DOM elements',
  '<svg>',
  'SVG elements',
  'SVG share',
  'table share',
];
const lines = rows.map((r) => [
  `×${r.scale}`,
  r.records.toLocaleString('en'),
  r.incidents.toLocaleString('en'),
  r.buildS.toFixed(1),
  r.buildCpuS.toFixed(1),
  r.checkS.toFixed(2),
  kB(r.htmlRaw),
  kB(r.htmlGz),
  r.elements.toLocaleString('en'),
  String(r.svgs),
  r.svgElements.toLocaleString('en'),
  pct(r.svgBytes, r.htmlRaw),
  pct(r.tableBytes, r.htmlRaw),
]);
console.log(
  `Story "/" built from scaled copies of ${DATA_FILE} (seed ${seed}); build CPU s: user and system time of the build's processes; SVG and table share: of the raw HTML bytes. Load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}.\n`,
);
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map(() => '---').join(' | ')} |`);
for (const line of lines) console.log(`| ${line.join(' | ')} |`);
console.log("\nWhere each build's time went (Astro's log):");
for (const r of rows) console.log(`  ×${r.scale}: ${r.phases}`);
