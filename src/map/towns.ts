/**
 * Reference towns on the static map: the most populous towns in the view (GeoNames, via
 * src/map/reference.ts), so a reader can place the markers; the view's zoom decides which (the
 * national view names Paris, Marseille, Lyon…, the Lyon area names Lyon, Vienne…). They come after
 * the markers and the incident labels, and a town that would touch either is left out.
 */
import type { GeoProjection } from 'd3';
import { svgEl, svgText } from '../draw/dom.ts';
import { overlaps, placeLabel, type Box } from './labels.ts';
import { referenceTowns } from './reference.ts';

/** A tenth of a pixel is as close as a town's dot or name needs to be. */
const r1 = (n: number) => Math.round(n * 10) / 10;

/** Pixels of drawing width per town named: 4 at 320 px, 8 at 720 px. */
const PX_PER_TOWN = 90;

export function townLayer(
  doc: Document,
  projection: GeoProjection,
  o: { width: number; height: number; fontSize: number },
  taken: Box[],
  named: Set<string>,
  style?: string,
): SVGGElement {
  // Styled on the group, which its dots and labels inherit (inline where the layer is placed
  // with <use>), so each town costs only its name and position.
  const layer = svgEl(doc, 'g', { class: 'towns', 'font-size': o.fontSize, style });
  const most = Math.round(o.width / PX_PER_TOWN);
  const placed: [number, number][] = [];
  for (const town of referenceTowns()) {
    if (placed.length >= most) break;
    if (named.has(town.name)) continue;
    const xy = projection([town.lon, town.lat]);
    if (!xy || xy[0] < 0 || xy[0] > o.width || xy[1] < 0 || xy[1] > o.height) continue;
    // A suburb beside a bigger town already named would only crowd it.
    if (placed.some(([x, y]) => Math.hypot(x - xy[0], y - xy[1]) < 5 * o.fontSize)) continue;
    const dot: Box = { x0: xy[0] - 3, y0: xy[1] - 3, x1: xy[0] + 3, y1: xy[1] + 3 };
    if (taken.some((t) => overlaps(dot, t))) continue;
    // Corners too: a city among the markers (Paris, Lyon) still finds a free side.
    const spot = placeLabel(town.name, xy, 5, o.fontSize, o, taken, true);
    if (!spot) continue;
    taken.push(dot);
    placed.push(xy);
    layer.append(
      svgEl(doc, 'circle', {
        cx: r1(xy[0]),
        cy: r1(xy[1]),
        r: 2.5,
      }),
      svgText(doc, town.name, {
        x: r1(spot.x),
        y: r1(spot.y),
        'text-anchor': spot.anchor,
      }),
    );
  }
  return layer;
}
