/**
 * A key's swatches as SVG markup centred on 0,0 within ±9 px: the page wraps each in a small
 * <svg>, the share card places it beside its label, so both draw the same legend model.
 */
import { svgEl, toMarkup } from '../draw/dom.ts';
import { typeClass, typeSymbolPath } from '../draw/symbols.ts';
import type { Swatch } from './types.ts';

/** The swatch's markup; `size` is a type symbol's area in square pixels (default 120). */
export function swatchMarkup(swatch: Swatch, document: Document, size = 120): string {
  if ('type' in swatch)
    return toMarkup(
      svgEl(document, 'path', {
        class: `mark ${typeClass(swatch.type)}${swatch.unconfirmed ? ' is-unconfirmed' : ''}`,
        d: typeSymbolPath(swatch.type, size),
      }),
    );
  if ('ring' in swatch) return toMarkup(svgEl(document, 'circle', { class: 'town-ring', r: 8 }));
  const [last, ...outer] = [...swatch.square].reverse();
  let el: Element = svgEl(document, 'rect', {
    class: last,
    x: -9,
    y: -9,
    width: 18,
    height: 18,
    rx: 2,
  });
  for (const cls of outer) {
    const g = svgEl(document, 'g', { class: cls });
    g.append(el);
    el = g;
  }
  return toMarkup(el);
}
