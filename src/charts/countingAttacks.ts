/**
 * How the counts of the attacks differ: one bar per count (the anti-terror prosecutors' on three
 * days, the Interior ministry's wider one, this story's own incidents, established and unconfirmed,
 * and the vehicles burned), each labelled with who counted, when, and the number with its unit.
 * Drawn with Observable Plot at build time (the document passed in); decorative marks are hidden
 * from assistive technology and the data is in the figure's table.
 */
import * as Plot from '@observablehq/plot';
import { buildDocument } from '../draw/dom.ts';
import { NARROW, TEXT_PX, WIDE } from '../draw/sizes.ts';

/** One bar: a stretch from x1 to x2 (a row can hold several, e.g. established then unconfirmed). */
export interface CountBar {
  /** The row it belongs to, e.g. "Prosecutors, 17 April". */
  row: string;
  x1: number;
  x2: number;
  /** What kind of count it is; the bar's class is `count-bar--<kind>`. */
  kind: 'prosecutors' | 'ministry' | 'established' | 'unconfirmed' | 'vehicles';
  /** The words at the end of the row's last bar, e.g. "12 acts". */
  text?: string;
}

export interface CountingOptions {
  document?: Document;
  /** Drawing width in pixels: NARROW (320) or WIDE (720). Default WIDE. */
  width?: number;
  /** Text size in pixels. Default TEXT_PX (15). */
  fontSize?: number;
  /** The SVG's accessible name. */
  ariaLabel?: string;
}

const defaults = {
  width: WIDE,
  fontSize: TEXT_PX,
  ariaLabel: 'Bar chart of the counts of the attacks',
};
const KINDS: CountBar['kind'][] = [
  'prosecutors',
  'ministry',
  'established',
  'unconfirmed',
  'vehicles',
];

/** Normalises the options once: the only place defaults and checks live. */
function normalize(options: CountingOptions) {
  const o = { ...defaults, ...options, document: options.document ?? buildDocument() };
  if (!(Number.isFinite(o.width) && o.width >= NARROW))
    throw new Error(`invalid width: ${o.width}`);
  if (!(o.fontSize >= 12)) throw new Error(`invalid fontSize: ${o.fontSize}`);
  return o;
}

export function countingAttacks(bars: CountBar[], options: CountingOptions = {}): SVGSVGElement {
  const o = normalize(options);
  for (const b of bars)
    if (!(Number.isFinite(b.x1) && Number.isFinite(b.x2) && b.x2 >= b.x1 && b.x1 >= 0))
      throw new Error(`invalid bar "${b.row}": ${b.x1}–${b.x2}`);
  const rows = [...new Set(bars.map((b) => b.row))];
  if (!rows.length) throw new Error('invalid bars: nothing to draw');
  // Each row is a label line above a bar; the row's number sits at the end of its bar.
  const rowHeight = o.fontSize * 3.4;
  const barTop = o.fontSize * 1.5;
  const max = Math.max(...bars.map((b) => b.x2));
  const ends = bars.filter((b) => b.text);
  const svg = Plot.plot({
    document: o.document,
    width: o.width,
    height: rows.length * rowHeight + o.fontSize * 3,
    marginTop: 4,
    marginLeft: 4,
    // Room for the words at the end of the longest bar ("65 acts").
    marginRight: o.fontSize * 5.5,
    marginBottom: o.fontSize * 2.6,
    style: { fontSize: `${o.fontSize}px` },
    ariaLabel: o.ariaLabel,
    x: { domain: [0, max], label: null, ticks: o.width > NARROW ? 8 : 4, tickSize: 0, nice: true },
    y: { domain: rows, axis: null, paddingInner: 0, paddingOuter: 0 },
    marks: [
      Plot.gridX({ ticks: o.width > NARROW ? 8 : 4, className: 'count-grid', ariaHidden: 'true' }),
      ...KINDS.map((kind) =>
        Plot.barX(
          bars.filter((b) => b.kind === kind),
          {
            x1: 'x1',
            x2: 'x2',
            y: 'row',
            insetTop: barTop,
            insetBottom: o.fontSize * 0.5,
            className: `count-bar count-bar--${kind}`,
            ariaHidden: 'true',
          },
        ),
      ),
      Plot.text(rows, {
        x: 0,
        y: (r: string) => r,
        text: (r: string) => r,
        textAnchor: 'start',
        frameAnchor: 'left',
        dy: -rowHeight / 2 + o.fontSize * 0.75,
        className: 'count-row',
        ariaHidden: 'true',
      }),
      Plot.text(ends, {
        x: 'x2',
        y: 'row',
        text: 'text',
        textAnchor: 'start',
        dx: 5,
        dy: (barTop - o.fontSize * 0.5) / 2,
        className: 'count-value',
        ariaHidden: 'true',
      }),
      Plot.ruleX([0], { className: 'count-base', ariaHidden: 'true' }),
    ],
  }) as unknown as SVGSVGElement;
  // Our CSS styles the chart (light, dark, print and the share image): drop Plot's own stylesheet
  // and class, and the aria-labels Plot puts on groups (the root is the one image readers meet).
  svg.querySelector('style')?.remove();
  svg.setAttribute('class', 'counting-attacks');
  svg.setAttribute('role', 'img');
  for (const g of svg.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
  for (const g of svg.querySelectorAll('g:not([aria-hidden])'))
    g.setAttribute('aria-hidden', 'true');
  svg.removeAttribute('font-family');
  return svg;
}
