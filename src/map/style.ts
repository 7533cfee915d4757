/**
 * The live map's MapLibre style, built as plain data: our own GeoJSON for land and places, no tile,
 * glyph or sprite server. Colours come in as arguments (read from the page's CSS tokens), so the
 * live map follows light and dark mode like the static one.
 */
import type {
  StyleSpecification,
  ExpressionSpecification,
  LayerSpecification,
  SymbolLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Point } from 'geojson';
import type { MapPlace } from '../data/mapPlaces.ts';
import { NARROW, WIDE } from '../draw/sizes.ts';
import { markerArea, markerRange } from './layout.ts';
import { IS_CLUSTER, clusterImage, clusterSources, type PlacesData } from './clusters.ts';
import { ICON_AREA, TOWN_DOT } from './icons.ts';
import type { ReferenceTown } from './reference.ts';
import { sitePath } from '../site/url.ts';

export interface MapColours {
  sea: string;
  land: string;
  france: string;
  border: string;
  text: string;
  halo: string;
  /** The reference towns' ink and the dashed ring's. */
  muted: string;
  types: Record<string, string>;
}

/**
 * How the live map sizes its marks like the static map the reader would otherwise see at that
 * width: the narrow or the wide drawing's areas, times the drawing's scale on screen.
 */
export interface MarkSizing {
  narrow: boolean;
  /** CSS pixels per drawing pixel. */
  scale: number;
}

/** The sizing for a map `width` CSS pixels wide: the static map shows its wide drawing from 600 px. */
export const markSizing = (width: number): MarkSizing => {
  const narrow = width < 600;
  return { narrow, scale: width / (narrow ? NARROW : WIDE) };
};

export function placesGeoJson(places: MapPlace[]): FeatureCollection<Point> {
  const [wide, narrow] = [markerArea(places, WIDE), markerArea(places, NARROW)];
  return {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      id: places.indexOf(p),
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: {
        id: p.id,
        name: p.name,
        town: p.town,
        type: p.type,
        count: p.count,
        nights: p.nights.join(' '),
        incidents: p.incidents.join(' '),
        precision: p.precision,
        unconfirmed: p.unconfirmed,
        // The marker's area in each static drawing, so the live map draws the same sizes.
        area: Math.round(wide(p.count) * 100) / 100,
        areaNarrow: Math.round(narrow(p.count) * 100) / 100,
      },
    })),
  };
}

/** The reference towns as GeoJSON points for the live map (/map/towns.json). */
export function townsGeoJson(towns: readonly ReferenceTown[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: towns.map((t) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [t.lon, t.lat] },
      properties: { name: t.name, population: t.population },
    })),
  };
}

/** Layout expression: the image of a place's mark (src/map/icons.ts, markIconId). */
export const MARK_IMAGE: ExpressionSpecification = [
  'concat',
  'mark-',
  ['get', 'type'],
  ['case', ['get', 'unconfirmed'], '-hollow', ''],
  ['case', ['==', ['get', 'precision'], 'town'], '-ring', ''],
];

/** A place's marker area in the drawing the sizing follows, in CSS pixels squared. */
const areaOf = (m: MarkSizing): ExpressionSpecification => [
  '*',
  m.scale * m.scale,
  ['get', m.narrow ? 'areaNarrow' : 'area'],
];

/**
 * When the places crowd the map (src/map/clusters.ts): a mark's or a cluster's area from its
 * incidents, on the static map's scale (markerArea) stretched so that the biggest possible cluster,
 * every place of one kind, has the biggest marker's area.
 */
function countArea(m: MarkSizing, places: PlacesData): ExpressionSpecification {
  const total = (unconfirmed: boolean) =>
    places.features
      .filter((f) => Boolean(f.properties?.unconfirmed) === unconfirmed)
      .reduce((n, f) => n + Number(f.properties?.count ?? 0), 0);
  const [small, big] = markerRange(m.narrow ? NARROW : WIDE);
  const per = (big - small) / (Math.sqrt(Math.max(2, total(false), total(true))) - 1);
  return ['*', m.scale * m.scale, ['+', small, ['*', per, ['-', ['sqrt', ['get', 'count']], 1]]]];
}

/** A filter that keeps places hit on `night` (or every place for "all"). */
export function nightFilter(night: string): ExpressionSpecification | null {
  return night === 'all' ? null : (['in', night, ['get', 'nights']] as ExpressionSpecification);
}

/** Where the live map's data comes from: the site's JSON files, or the places already fetched. */
export interface StyleUrls {
  base: string;
  places: string | PlacesData;
  reference: string;
  towns: string;
}

/** The site's own map data files. */
export const styleUrls = (): StyleUrls & { places: string } => ({
  base: sitePath('map/base.json'),
  places: sitePath('map/places.json'),
  reference: sitePath('map/reference.json'),
  towns: sitePath('map/towns.json'),
});

/** The places, when they crowd the map, and the page's locale for the clusters' numbers. */
export interface Crowd {
  places: PlacesData;
  locale: string;
}

/** The land, borders and reference towns' sources. */
const groundSources = (urls: StyleUrls): StyleSpecification['sources'] => ({
  base: { type: 'geojson', data: urls.base },
  reference: { type: 'geojson', data: urls.reference },
  towns: { type: 'geojson', data: urls.towns },
});

/** The sea, the land, its borders and the reference towns: under the marks. */
const groundLayers = (c: MapColours): LayerSpecification[] => [
  { id: 'sea', type: 'background', paint: { 'background-color': c.sea } },
  {
    id: 'land',
    type: 'fill',
    source: 'base',
    paint: { 'fill-color': ['case', ['get', 'france'], c.france, c.land] },
  },
  {
    id: 'borders',
    type: 'line',
    source: 'base',
    paint: { 'line-color': c.border, 'line-width': 0.8 },
  },
  // The same département and région borders as the static map (src/map/reference.ts).
  {
    id: 'departement-borders',
    type: 'line',
    source: 'reference',
    filter: ['==', ['get', 'kind'], 'departements'],
    paint: { 'line-color': c.border, 'line-width': 0.6 },
  },
  {
    id: 'region-borders',
    type: 'line',
    source: 'reference',
    filter: ['==', ['get', 'kind'], 'regions'],
    paint: { 'line-color': c.border, 'line-width': 1.5 },
  },
  // Reference towns, the most populous first (a lower sort key is placed first), more as the
  // map zooms in; symbols in higher layers are placed first, so a town gives way to every
  // mark and incident label.
  {
    id: 'towns',
    type: 'symbol',
    source: 'towns',
    filter: ['>=', ['get', 'population'], ['step', ['zoom'], 150000, 6, 50000, 7.5, 15000]],
    layout: {
      'symbol-sort-key': ['-', 0, ['get', 'population']],
      'icon-image': TOWN_DOT,
      'text-field': ['get', 'name'],
      'text-size': 13,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 0.5,
    },
    paint: { 'text-color': c.muted, 'text-halo-color': c.halo, 'text-halo-width': 1.5 },
  },
];

type SymbolLayout = NonNullable<SymbolLayerSpecification['layout']>;

/** The layout of a layer of marks: images sized by `area`, always drawn. */
const markLayout = (
  image: ExpressionSpecification,
  area: ExpressionSpecification,
): SymbolLayout => ({
  'icon-image': image,
  'icon-size': ['sqrt', ['/', area, ICON_AREA]],
  // Always drawn, and in the way of the reference towns, which give way to them.
  'icon-allow-overlap': true,
});

/** The selected place: a ring in the text colour, as the static map outlines a highlighted mark. */
const selectedRing = (
  id: string,
  source: string,
  area: ExpressionSpecification,
  c: MapColours,
): LayerSpecification => ({
  id,
  type: 'circle',
  source,
  paint: {
    'circle-radius': ['+', ['/', ['sqrt', area], 2], 3],
    'circle-opacity': 0,
    'circle-stroke-color': c.text,
    'circle-stroke-width': 3,
    'circle-stroke-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0],
  },
});

/** Text beside a mark: its town's name, or a cluster's number of incidents. */
const markText = (
  id: string,
  source: string,
  text: ExpressionSpecification,
  c: MapColours,
): SymbolLayerSpecification & { layout: SymbolLayout } => ({
  id,
  type: 'symbol',
  source,
  layout: {
    'text-field': text,
    'text-size': 13,
    'text-offset': [0.9, 0],
    'text-anchor': 'left',
    'text-optional': true,
  },
  paint: { 'text-color': c.text, 'text-halo-color': c.halo, 'text-halo-width': 1.5 },
});

export function mapStyle(
  c: MapColours,
  urls: StyleUrls = styleUrls(),
  sizing: MarkSizing = { narrow: false, scale: 1 },
  crowd?: Crowd,
): StyleSpecification {
  if (crowd) return clusteredStyle(c, urls, sizing, crowd);
  // The marks are images: their colours are drawn in (src/map/icons.ts), their size follows the area.
  const mark = markLayout(MARK_IMAGE, areaOf(sizing));
  return {
    version: 8,
    sources: {
      ...groundSources(urls),
      places: { type: 'geojson', data: urls.places, promoteId: 'id' },
    },
    layers: [
      ...groundLayers(c),
      {
        id: 'places-faint',
        type: 'symbol',
        source: 'places',
        layout: mark,
        paint: { 'icon-opacity': 0.18 },
      },
      { id: 'places', type: 'symbol', source: 'places', layout: mark },
      selectedRing('places-selected', 'places', areaOf(sizing), c),
      markText('labels', 'places', ['get', 'town'], c),
    ],
  };
}

/**
 * The style when the places crowd the map (src/map/clusters.ts): each kind of place, established
 * and unconfirmed, in its own clustered sources, the night's over every night's drawn faint; a
 * cluster drawn as its most frequent type's mark with its number of incidents beside it, a place
 * on its own as on the uncrowded map, with its town's name.
 */
function clusteredStyle(
  c: MapColours,
  urls: StyleUrls,
  sizing: MarkSizing,
  crowd: Crowd,
): StyleSpecification {
  const area = countArea(sizing, crowd.places);
  const marks = (hollow: boolean) =>
    markLayout(['case', IS_CLUSTER, clusterImage(hollow), MARK_IMAGE], area);
  const faint = { 'icon-opacity': 0.18 };
  // In the page's number format.
  const incidents: ExpressionSpecification = [
    'number-format',
    ['get', 'count'],
    { locale: crowd.locale },
  ];
  const towns = (id: string, source: string): LayerSpecification => ({
    ...markText(id, source, ['get', 'town'], c),
    filter: ['!', IS_CLUSTER],
  });
  const counts = (id: string, source: string): LayerSpecification => ({
    ...markText(id, source, incidents, c),
    filter: IS_CLUSTER,
  });
  return {
    version: 8,
    sources: { ...groundSources(urls), ...clusterSources(crowd.places) },
    layers: [
      ...groundLayers(c),
      {
        id: 'places-faint',
        type: 'symbol',
        source: 'places-all',
        layout: marks(false),
        paint: faint,
      },
      {
        id: 'places-faint-unconfirmed',
        type: 'symbol',
        source: 'places-all-unconfirmed',
        layout: marks(true),
        paint: faint,
      },
      { id: 'places', type: 'symbol', source: 'places', layout: marks(false) },
      {
        id: 'places-unconfirmed',
        type: 'symbol',
        source: 'places-unconfirmed',
        layout: marks(true),
      },
      selectedRing('places-selected', 'places', area, c),
      selectedRing('places-selected-unconfirmed', 'places-unconfirmed', area, c),
      // Every place's town, as on the uncrowded map; each cluster's number of incidents that night.
      towns('labels', 'places-all'),
      towns('labels-unconfirmed', 'places-all-unconfirmed'),
      counts('cluster-counts', 'places'),
      counts('cluster-counts-unconfirmed', 'places-unconfirmed'),
    ],
  };
}
