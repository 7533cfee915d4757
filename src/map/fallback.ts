/**
 * The static attack map: France and its neighbours (d3-geo, conic conformal) with département and
 * région borders, one marker per place (shape and colour by main incident type, area by number of
 * incidents, a dashed ring where only the town is known), town labels placed greedily so none
 * overlap, then the reference towns that still fit (src/map/towns.ts). First paint, JS-off, print and
 * each scrolly step's snapshot; MapLibre replaces it on screens that can run it.
 */
import { geoConicConformal, geoPath, type GeoProjection } from 'd3';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { buildDocument, r1, svgEl, svgText } from '../draw/dom.ts';
import { typeClass, typeSymbolPath } from '../draw/symbols.ts';
import type { MapPlace } from '../data/mapPlaces.ts';
import { TEXT_PX } from '../draw/sizes.ts';
import { referenceBorders } from './reference.ts';
import { mapLayout, ringRadius, type MapLayout } from './layout.ts';
import { townLayer } from './towns.ts';
import { markerLabel } from './groups.ts';

export type Bounds = readonly [number, number, number, number];

export interface StaticMapOptions {
  document?: Document;
  /** Drawing size in pixels. Default 720 × 680. */
  width?: number;
  height?: number;
  fontSize?: number;
  /** What to fit: [west, south, east, north]. */
  bounds: Bounds;
  /** Only this night's places at full strength ("all" or absent: every place). */
  night?: string | undefined;
  /** Incident ids whose places are emphasised. */
  highlight?: string[] | undefined;
  /**
   * The land layer by reference, an href: `<use href="#id">` (defined in the page by landDefs()) or
   * `<use href="file.svg#id">` (its own file), instead of the paths, so a page with many maps of the
   * same view carries the coastline once, or not at all.
   */
  landRef?: string;
}

/** The projection every map view shares, fitted to `bounds` inside width × height. */
export function projectionFor(bounds: Bounds, width: number, height: number, pad = 12) {
  const [w, s, e, n] = bounds;
  const box = {
    type: 'Feature' as const,
    properties: {},
    geometry: {
      type: 'MultiPoint' as const,
      coordinates: [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [(w + e) / 2, n],
        [(w + e) / 2, s],
      ],
    },
  };
  return geoConicConformal()
    .parallels([44, 49])
    .rotate([-3, 0])
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      box,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

/**
 * What every map of a view shares: land, département and région borders, and the reference towns.
 * Paths placed with <use> (`forUse`) are styled inline: page styles do not reach into a <use>
 * element's copy, but the custom properties they read inherit, so the colours still follow the theme.
 */
function landLayer(
  doc: Document,
  geography: FeatureCollection<Polygon | MultiPolygon, { name: string; france: boolean }>,
  projection: GeoProjection,
  o: { layout: MapLayout; width: number; height: number; fontSize: number },
  id?: string,
  forUse = false,
): SVGGElement {
  const path = geoPath(projection).digits(1);
  const land = svgEl(doc, 'g', { class: 'land', id });
  const style = (name: keyof typeof LAND_STYLE) => (forUse ? { style: LAND_STYLE[name] } : {});
  for (const f of geography.features) {
    const d = path(f);
    if (!d) continue;
    const france = f.properties.france;
    land.append(
      svgEl(doc, 'path', {
        d,
        class: france ? 'country is-france' : 'country',
        ...style(france ? 'france' : 'other'),
      }),
    );
  }
  // Département and région borders, simplified for this view's scale, so a zoomed view has shapes
  // to place its towns by. Whole pixels: a border a pixel off changes nothing a reader sees.
  const borders = referenceBorders(pxPerDegree(projection));
  const coarse = geoPath(projection).digits(0);
  for (const kind of ['departements', 'regions'] as const) {
    const d = coarse(borders[kind]);
    if (d) land.append(svgEl(doc, 'path', { d, class: `borders-${kind}`, ...style(kind) }));
  }
  land.append(
    townLayer(doc, projection, o, [...o.layout.taken], o.layout.named, style('towns').style),
  );
  return land;
}

/** Pixels to a degree of latitude at the middle of a projection's drawing. */
function pxPerDegree(projection: GeoProjection): number {
  const [, [width, height]] = projection.clipExtent()!;
  const [lon, lat] = projection.invert!([width / 2, height / 2])!;
  const a = projection([lon, lat - 0.5])!;
  const b = projection([lon, lat + 0.5])!;
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** The inline styles for <use>, the same as charts.css gives maps drawn inline. */
const LAND_STYLE = {
  france: 'fill:var(--surface);stroke:var(--muted);stroke-width:0.75',
  other: 'fill:var(--land);stroke:var(--land-stroke);stroke-width:0.75',
  departements: 'fill:none;stroke:var(--land-stroke);stroke-width:0.6',
  regions: 'fill:none;stroke:var(--land-stroke);stroke-width:1.5',
  towns:
    'fill:var(--muted);font-style:italic;font-family:var(--font-ui);paint-order:stroke;stroke:var(--bg);stroke-width:3px;stroke-linejoin:round',
};

/** The id under which a view's shared layer is defined, from its bounds and size. */
export function landId(bounds: Bounds, width: number, height: number): string {
  return `land-${bounds.map((b) => Math.round(b * 100)).join('_')}-${width}x${height}`
    .replace(/-(?=\d)/g, '-')
    .replace(/[^\w-]/g, 'm');
}

/**
 * A hidden SVG that defines a view's shared layer once (land, borders, and the reference towns,
 * placed clear of `places`' markers and labels), for maps drawn with `landRef`.
 */
export function landDefs(
  geography: FeatureCollection<Polygon | MultiPolygon, { name: string; france: boolean }>,
  places: MapPlace[],
  bounds: Bounds,
  width: number,
  height: number,
  document?: Document,
  fontSize = TEXT_PX,
): SVGSVGElement {
  const doc = document ?? buildDocument();
  const projection = projectionFor(bounds, width, height);
  const layout = mapLayout(places, projection, { width, height, fontSize });
  const svg = svgEl(doc, 'svg', {
    class: 'map-defs',
    'aria-hidden': 'true',
    focusable: 'false',
    width: 0,
    height: 0,
  });
  const defs = svgEl(doc, 'defs');
  defs.append(
    landLayer(
      doc,
      geography,
      projection,
      { layout, width, height, fontSize },
      landId(bounds, width, height),
      true,
    ),
  );
  svg.append(defs);
  return svg;
}

/** The options with their defaults, checked once; the drawing reads only these fields. */
function normalize(options: StaticMapOptions) {
  const o = {
    doc: options.document ?? buildDocument(),
    width: options.width ?? 720,
    height: options.height ?? 680,
    fontSize: options.fontSize ?? TEXT_PX,
    bounds: options.bounds,
    night: options.night,
    highlight: new Set(options.highlight ?? []),
    landRef: options.landRef,
  };
  for (const key of ['width', 'height', 'fontSize'] as const)
    if (!(Number.isFinite(o[key]) && o[key] > 0)) throw new Error(`invalid ${key}: ${o[key]}`);
  if (o.bounds?.length !== 4 || !o.bounds.every(Number.isFinite))
    throw new Error(`invalid bounds: ${JSON.stringify(o.bounds)}`);
  return o;
}

export function staticMap(
  geography: FeatureCollection<Polygon | MultiPolygon, { name: string; france: boolean }>,
  places: MapPlace[],
  options: StaticMapOptions,
): SVGSVGElement {
  const { doc, width, height, fontSize, bounds, night, highlight, landRef } = normalize(options);
  const projection = projectionFor(bounds, width, height);
  const layout = mapLayout(places, projection, { width, height, fontSize });
  const { area } = layout;

  const svg = svgEl(doc, 'svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    class: 'static-map',
    'data-night': night ?? 'all',
    'aria-hidden': 'true',
    focusable: 'false',
    'font-size': fontSize,
  });
  svg.append(svgEl(doc, 'rect', { class: 'sea', width, height }));
  svg.append(
    landRef
      ? svgEl(doc, 'use', { href: landRef })
      : landLayer(doc, geography, projection, { layout, width, height, fontSize }),
  );

  const markers = svgEl(doc, 'g', { class: 'markers' });
  const labels = svgEl(doc, 'g', { class: 'labels' });
  for (const { p, xy } of [...layout.projected].reverse()) {
    const out = night && night !== 'all' && !p.nights.includes(night);
    const lit = p.incidents.some((id) => highlight.has(id));
    const classes = [
      'map-marker',
      p.precision === 'town' ? 'is-town' : '',
      p.unconfirmed ? 'is-unconfirmed' : '',
      out ? 'is-dimmed' : '',
      lit ? 'is-highlighted' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const g = svgEl(doc, 'g', {
      class: classes,
      transform: `translate(${r1(xy[0])},${r1(xy[1])})`,
      'data-place': p.id,
      'data-nights': p.nights.join(' '),
      'data-grouped': p.grouped,
    });
    g.append(
      svgEl(doc, 'path', {
        class: `mark ${typeClass(p.type)}`,
        d: typeSymbolPath(p.type, area(p.count)),
      }),
    );
    if (p.precision === 'town')
      g.append(svgEl(doc, 'circle', { class: 'town-ring', r: r1(ringRadius(area(p.count))) }));
    markers.append(g);
  }
  for (const { p, spot } of layout.labels)
    labels.append(
      svgText(doc, markerLabel(p), {
        x: r1(spot.x),
        y: r1(spot.y),
        'text-anchor': spot.anchor,
        class: 'map-label',
        'data-place': p.id,
      }),
    );
  svg.append(markers, labels);
  return svg;
}
