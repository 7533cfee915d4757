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

/** Rounds coordinates to 2 decimals so the markup is small and snapshots are stable. */
export const r2 = (n: number) => Math.round(n * 100) / 100;

/** Serialises an element built by a renderer. */
export function toMarkup(el: Element): string {
  return el.outerHTML;
}
