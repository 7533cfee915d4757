/**
 * 700 of 17,000: every person held in French prisons as part of a grid of squares of 100 people;
 * the squares of people held for drug trafficking come first, and among them the "most dangerous".
 * Counts are rounded to the nearest hundred for drawing only; the description and table give the
 * exact figures.
 */
import { buildDocument, r2, svgEl } from '../draw/dom.ts';
import { WIDE } from '../draw/sizes.ts';

export interface UnitCounts {
  /** Everyone in prison (for scale). */
  total: number;
  /** People held for drug trafficking. */
  drug: number;
  /** The "most dangerous" among them. */
  dangerous: number;
}

export interface UnitChartOptions {
  document?: Document;
  /** Width of the drawing in pixels: NARROW (phones) or WIDE. Default WIDE. */
  width?: number;
  /** People per square. Default 100. */
  per?: number;
  /** Prefix for the pattern ids, unique on the page. Default "units". */
  idPrefix?: string;
  /** Which group the reader's eye is on: "all", "drug-detainees" or "most-dangerous". Default "all". */
  units?: 'all' | 'drug-detainees' | 'most-dangerous';
}

const defaults = { width: WIDE, per: 100, units: 'all' as const };

export function unitChart700(counts: UnitCounts, options: UnitChartOptions = {}): SVGSVGElement {
  const o = { idPrefix: options.idPrefix ?? 'units', width: options.width ?? defaults.width, per: options.per ?? defaults.per, units: options.units ?? defaults.units, document: options.document ?? buildDocument() };
  for (const [name, v] of Object.entries(counts)) if (!(Number.isFinite(v) && v >= 0)) throw new Error(`invalid ${name}: ${v}`);
  if (!(counts.dangerous <= counts.drug && counts.drug <= counts.total)) throw new Error(`invalid counts: expected dangerous ≤ drug ≤ total, got ${JSON.stringify(counts)}`);
  const n = (v: number) => Math.max(v > 0 ? 1 : 0, Math.round(v / o.per));
  const [nTotal, nDrug, nDanger] = [n(counts.total), n(counts.drug), n(counts.dangerous)];
  const cols = o.width >= 600 ? 40 : 20;
  const cell = o.width / cols;
  const gap = Math.max(1.5, cell * 0.18);
  const rows = Math.ceil(nTotal / cols);
  const height = rows * cell;
  const svg = svgEl(o.document, 'svg', {
    viewBox: `0 0 ${o.width} ${r2(height)}`,
    width: o.width,
    height: r2(height),
    class: `unit-chart units-${o.units}`,
    'data-units': o.units,
    'data-squares': `${nDanger} ${nDrug - nDanger} ${nTotal - nDrug}`,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  // One pattern tile per group: a square in a cell. Each run of squares is then a few rectangles
  // filled with the pattern (a partial first row, full rows, a partial last row), not one element
  // per square, so the chart stays small however many people it shows.
  const defs = svgEl(o.document, 'defs');
  const groups = [
    { name: 'danger', from: 0, to: nDanger },
    { name: 'drug', from: nDanger, to: nDrug },
    { name: 'rest', from: nDrug, to: nTotal },
  ];
  for (const g of groups) {
    const pattern = svgEl(o.document, 'pattern', { id: `${o.idPrefix}-${g.name}-${o.width}`, width: r2(cell), height: r2(cell), patternUnits: 'userSpaceOnUse' });
    pattern.append(svgEl(o.document, 'rect', { class: `unit unit--${g.name}`, x: r2(gap / 2), y: r2(gap / 2), width: r2(cell - gap), height: r2(cell - gap), rx: 1 }));
    defs.append(pattern);
  }
  svg.append(defs);
  for (const g of [...groups].reverse()) {
    const group = svgEl(o.document, 'g', { class: `units units--${g.name}`, fill: `url(#${o.idPrefix}-${g.name}-${o.width})` });
    for (const [x, y, w, h] of runs(g.from, g.to, cols)) group.append(svgEl(o.document, 'rect', { x: r2(x * cell), y: r2(y * cell), width: r2(w * cell), height: r2(h * cell) }));
    svg.append(group);
  }
  return svg;
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
