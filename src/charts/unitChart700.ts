/**
 * From everyone in prison to the few the crackdown moved: every person held in French prisons as
 * a square of 100 people. The squares of people held for drug offences come first; among them
 * AFP's 700 "most dangerous", among those the 200 the government planned to isolate, and inside
 * the first square the first transfer, drawn as a square whose area is its share of 100. Counts
 * are rounded to the nearest hundred for drawing only; the description and table give the exact
 * figures.
 */
import { buildDocument, r1, svgEl } from '../draw/dom.ts';
import { WIDE } from '../draw/sizes.ts';

/** The chain the chart draws, each count inside the one after it. */
export interface UnitCounts {
  /** Everyone in prison (for scale). */
  total: number;
  /** People held for drug offences. */
  drug: number;
  /** AFP's "most dangerous" among them. */
  dangerous: number;
  /** Those the government planned to isolate in the high-security prisons. */
  isolate: number;
  /** Those in the first transfer. */
  first: number;
}

/** Where the reader's eye is, one per step of the story: each level of the chain. */
export const UNIT_FOCUS = [
  'all',
  'drug-detainees',
  'most-dangerous',
  'to-be-isolated',
  'first-transfers',
] as const;
export type UnitFocus = (typeof UNIT_FOCUS)[number];

export interface UnitChartOptions {
  document?: Document;
  /** Width of the drawing in pixels: NARROW (phones) or WIDE. Default WIDE. */
  width?: number;
  /** People per square. Default 100. */
  per?: number;
  /** Prefix for the pattern ids, unique on the page. Default "units". */
  idPrefix?: string;
  /** Which level the reader's eye is on. Default "all". */
  units?: UnitFocus;
}

const ORDER = ['first', 'isolate', 'dangerous', 'drug', 'total'] as const;

export function unitChart700(counts: UnitCounts, options: UnitChartOptions = {}): SVGSVGElement {
  const o = {
    idPrefix: options.idPrefix ?? 'units',
    width: options.width ?? WIDE,
    per: options.per ?? 100,
    units: options.units ?? 'all',
    document: options.document ?? buildDocument(),
  };
  for (const [name, v] of Object.entries(counts))
    if (!(Number.isFinite(v) && v >= 0)) throw new Error(`invalid ${name}: ${v}`);
  if (ORDER.some((k, i) => i > 0 && counts[ORDER[i - 1]!] > counts[k]))
    throw new Error(
      `invalid counts: expected first ≤ isolate ≤ dangerous ≤ drug ≤ total, got ${JSON.stringify(counts)}`,
    );
  const n = (v: number) => Math.max(v > 0 ? 1 : 0, Math.round(v / o.per));
  const [nIsolate, nDanger, nDrug, nTotal] = [
    n(counts.isolate),
    n(counts.dangerous),
    n(counts.drug),
    n(counts.total),
  ];
  const cols = o.width >= 600 ? 40 : 20;
  const cell = o.width / cols;
  const gap = Math.max(1.5, cell * 0.18);
  const rows = Math.ceil(nTotal / cols);
  const height = rows * cell;
  const svg = svgEl(o.document, 'svg', {
    viewBox: `0 0 ${o.width} ${r1(height)}`,
    width: o.width,
    height: r1(height),
    class: `unit-chart units-${o.units}`,
    'data-units': o.units,
    'data-squares': `${nIsolate} ${nDanger - nIsolate} ${nDrug - nDanger} ${nTotal - nDrug}`,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  // Squares without one element each, so the chart stays small however many people it shows:
  // each run of a group's squares is a few rectangles (a partial first row, full rows, a partial
  // last row) in the group's colour, and one mask of square holes in a grid, a white pattern tile,
  // cuts them all into squares. The colours are the groups' (charts.css), never in the mask: the
  // drawing can be placed with <use> from another document (the step drawings file), where a
  // pattern's own fill would not see the page's colours.
  const grid = `${o.idPrefix}-grid-${o.width}`;
  const defs = svgEl(o.document, 'defs');
  const tile = svgEl(o.document, 'pattern', {
    id: `${grid}-tile`,
    width: r1(cell),
    height: r1(cell),
    patternUnits: 'userSpaceOnUse',
  });
  tile.append(
    svgEl(o.document, 'rect', {
      x: r1(gap / 2),
      y: r1(gap / 2),
      width: r1(cell - gap),
      height: r1(cell - gap),
      rx: 1,
      fill: '#fff',
    }),
  );
  const mask = svgEl(o.document, 'mask', {
    id: grid,
    maskUnits: 'userSpaceOnUse',
    x: 0,
    y: 0,
    width: o.width,
    height: r1(height),
  });
  mask.append(
    svgEl(o.document, 'rect', { width: o.width, height: r1(height), fill: `url(#${grid}-tile)` }),
  );
  defs.append(tile, mask);
  svg.append(defs);
  const squares = svgEl(o.document, 'g', { mask: `url(#${grid})` });
  const groups = [
    { name: 'isolate', from: 0, to: nIsolate },
    { name: 'danger', from: nIsolate, to: nDanger },
    { name: 'drug', from: nDanger, to: nDrug },
    { name: 'rest', from: nDrug, to: nTotal },
  ];
  for (const g of [...groups].reverse()) {
    const group = svgEl(o.document, 'g', { class: `units units--${g.name}` });
    for (const [x, y, w, h] of runs(g.from, g.to, cols))
      group.append(
        svgEl(o.document, 'rect', {
          x: r1(x * cell),
          y: r1(y * cell),
          width: r1(w * cell),
          height: r1(h * cell),
        }),
      );
    squares.append(group);
  }
  svg.append(squares);
  // The first transfer, inside the first squares: whole squares for each full hundred, then one
  // square whose area is the remainder's share of a hundred, in the square's bottom-left corner.
  const first = svgEl(o.document, 'g', { class: 'units units--first' });
  const inner = cell - gap;
  const whole = Math.floor(counts.first / o.per);
  for (let k = 0; k < whole; k++) first.append(firstSquare(o.document, k, cols, cell, gap, inner));
  const rest = counts.first - whole * o.per;
  if (rest > 0)
    first.append(firstSquare(o.document, whole, cols, cell, gap, inner * Math.sqrt(rest / o.per)));
  svg.append(first);
  return svg;
}

function firstSquare(
  doc: Document,
  k: number,
  cols: number,
  cell: number,
  gap: number,
  side: number,
): SVGElement {
  const x = (k % cols) * cell + gap / 2;
  const bottom = Math.floor(k / cols) * cell + cell - gap / 2;
  return svgEl(doc, 'rect', {
    class: 'unit unit--first',
    x: r1(x),
    y: r1(bottom - side),
    width: r1(side),
    height: r1(side),
  });
}

/** Squares from index `from` to `to` (exclusive) in a grid `cols` wide, as [x, y, w, h] rectangles in cells. */
export function runs(from: number, to: number, cols: number): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  let k = from;
  if (k < to && k % cols) {
    const w = Math.min(cols - (k % cols), to - k);
    out.push([k % cols, Math.floor(k / cols), w, 1]);
    k += w;
  }
  const fullRows = Math.floor((to - k) / cols);
  if (fullRows > 0) {
    out.push([0, k / cols, cols, fullRows]);
    k += fullRows * cols;
  }
  if (k < to) out.push([0, k / cols, to - k, 1]);
  return out;
}
