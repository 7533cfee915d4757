/**
 * 700 of 17,000: every person held in French prisons as part of a grid of squares of 100 people;
 * the squares of people held for drug trafficking come first, and among them the "most dangerous".
 * Counts are rounded to the nearest hundred for drawing only; the description and table give the
 * exact figures.
 */
import { buildDocument, r2, svgEl } from './dom.ts';

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
  /** Width of the drawing in pixels: 360 (phones) or 720 (wide). Default 720. */
  width?: number;
  /** People per square. Default 100. */
  per?: number;
  /** Which group the reader's eye is on: "all", "drug-detainees" or "most-dangerous". Default "all". */
  units?: 'all' | 'drug-detainees' | 'most-dangerous';
}

const defaults = { width: 720, per: 100, units: 'all' as const };

export function unitChart700(counts: UnitCounts, options: UnitChartOptions = {}): SVGSVGElement {
  const o = { width: options.width ?? defaults.width, per: options.per ?? defaults.per, units: options.units ?? defaults.units, document: options.document ?? buildDocument() };
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
    'aria-hidden': 'true',
    focusable: 'false',
  });
  const groups = { danger: svgEl(o.document, 'g', { class: 'units units--danger' }), drug: svgEl(o.document, 'g', { class: 'units units--drug' }), rest: svgEl(o.document, 'g', { class: 'units units--rest' }) };
  for (let k = 0; k < nTotal; k++) {
    const g = k < nDanger ? groups.danger : k < nDrug ? groups.drug : groups.rest;
    const x = (k % cols) * cell + gap / 2;
    const y = Math.floor(k / cols) * cell + gap / 2;
    g.append(svgEl(o.document, 'rect', { x: r2(x), y: r2(y), width: r2(cell - gap), height: r2(cell - gap), rx: 1 }));
  }
  svg.append(groups.rest, groups.drug, groups.danger);
  return svg;
}
