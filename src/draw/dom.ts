/**
 * A DOM for drawing SVG at build time (linkedom), and the one way an SVG becomes markup. Renderers
 * take `document` as an option, so the same code can draw in a browser.
 */
import { parseHTML } from 'linkedom';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** A fresh, empty document to draw in. */
export function buildDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/** An SVG element with attributes; values are set as attributes, never parsed as markup. */
export function svgEl<K extends keyof SVGElementTagNameMap>(
  document: Document,
  tag: K,
  attrs: Record<string, string | number | undefined> = {},
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, String(v));
  return el;
}

/** A <text> element whose content is set with textContent (data never becomes markup). */
export function svgText(
  document: Document,
  text: string,
  attrs: Record<string, string | number | undefined> = {},
): SVGTextElement {
  const el = svgEl(document, 'text', attrs);
  el.textContent = text;
  return el;
}

/**
 * Rounds a coordinate or size to a tenth of a pixel (at most 0.05 px off: nothing a reader sees),
 * so the markup is small and snapshots are stable.
 */
export const r1 = (n: number) => Math.round(n * 10) / 10;

/** Path data made only of straight segments in absolute coordinates (M, L, H, V, Z), as d3-geo writes. */
const STRAIGHT = /^[MLHVZ\d\s.,eE+-]*$/;
const NUMBER = /[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g;
const tenth = (n: number) => Math.round(n * 10) / 10;
/** A number as short as SVG allows: "-.4", not "-0.4". */
const short = (n: number) => String(tenth(n) || 0).replace(/^(-?)0\./, '$1.');

/**
 * Straight-segment path data rewritten in relative coordinates to a tenth of a unit (a coastline
 * point takes "-.4,1.1" instead of "152.9,1.4"): the same shape to within 0.05 units, a fifth to a
 * third shorter and better compressed. Any other path data is returned as it is.
 */
export function compactPath(d: string): string {
  if (!STRAIGHT.test(d)) return d;
  let out = '';
  let last = '';
  let [x, y, startX, startY] = [0, 0, 0, 0];
  const put = (command: string, ...deltas: number[]) => {
    const text = deltas.map(short);
    // A command letter only where it changes ("m" is followed by implicit "l"s); a separator only
    // where the next number does not start with its own minus sign.
    const repeat = command === last || (last === 'm' && command === 'l');
    const head = repeat ? (text[0]!.startsWith('-') ? '' : ',') : command;
    out += head + text.map((t, i) => (i && !t.startsWith('-') ? ',' : '') + t).join('');
    last = command;
  };
  for (const [, command, args] of d.matchAll(/([MLHVZ])([^MLHVZ]*)/g)) {
    const n = (args!.match(NUMBER) ?? []).map(Number);
    if (command === 'Z') {
      out += 'z';
      last = 'z';
      [x, y] = [startX, startY];
    } else if (command === 'H' || command === 'V') {
      for (const v of n) {
        const to = tenth(v);
        put(command.toLowerCase(), to - (command === 'H' ? x : y));
        if (command === 'H') x = to;
        else y = to;
      }
    } else
      for (let i = 0; i + 1 < n.length; i += 2) {
        const [toX, toY] = [tenth(n[i]!), tenth(n[i + 1]!)];
        const move = command === 'M' && i === 0;
        put(move ? 'm' : 'l', toX - x, toY - y);
        [x, y] = [toX, toY];
        if (move) [startX, startY] = [x, y];
      }
  }
  return out;
}

/** Serialises an element built by a renderer, its straight-segment paths compacted (compactPath). */
export function toMarkup(el: Element): string {
  for (const path of [el, ...el.querySelectorAll('[d]')])
    if (path.hasAttribute('d')) path.setAttribute('d', compactPath(path.getAttribute('d')!));
  return el.outerHTML;
}
