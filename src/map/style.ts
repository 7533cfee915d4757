/**
 * The live map's MapLibre style, built as plain data: our own GeoJSON for land and places, no tile,
 * glyph or sprite server. Colours come in as arguments (read from the page's CSS tokens), so the
 * live map follows light and dark mode like the static one.
 */
import type { StyleSpecification, ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Point } from 'geojson';
import { INCIDENT_TYPES } from '../data/vocabulary.ts';
import type { MapPlace } from '../data/mapPlaces.ts';
import { sitePath } from '../site/url.ts';

export interface MapColours {
  sea: string;
  land: string;
  france: string;
  border: string;
  text: string;
  halo: string;
  types: Record<string, string>;
}

export function placesGeoJson(places: MapPlace[]): FeatureCollection<Point> {
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
      },
    })),
  };
}

/** Paint expression: the colour of a place's main incident type. */
function typeColour(c: MapColours): ExpressionSpecification {
  // The first label and output are written out so the type checker sees a complete match expression.
  const [first, ...rest] = INCIDENT_TYPES;
  const colour = (t: (typeof INCIDENT_TYPES)[number]) => c.types[t] ?? c.text;
  return [
    'match',
    ['get', 'type'],
    first,
    colour(first),
    ...rest.flatMap((t) => [t, colour(t)]),
    c.text,
  ];
}

/** A filter that keeps places hit on `night` (or every place for "all"). */
export function nightFilter(night: string): ExpressionSpecification | null {
  return night === 'all' ? null : (['in', night, ['get', 'nights']] as ExpressionSpecification);
}

export function mapStyle(
  c: MapColours,
  urls = {
    base: sitePath('map/base.json'),
    places: sitePath('map/places.json'),
    reference: sitePath('map/reference.json'),
  },
): StyleSpecification {
  return {
    version: 8,
    sources: {
      base: { type: 'geojson', data: urls.base },
      reference: { type: 'geojson', data: urls.reference },
      places: { type: 'geojson', data: urls.places, promoteId: 'id' },
    },
    layers: [
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
      {
        id: 'places-faint',
        type: 'circle',
        source: 'places',
        paint: {
          'circle-color': typeColour(c),
          'circle-opacity': 0.2,
          'circle-radius': ['interpolate', ['linear'], ['get', 'count'], 1, 5, 4, 11],
        },
      },
      {
        id: 'places',
        type: 'circle',
        source: 'places',
        paint: {
          'circle-color': ['case', ['get', 'unconfirmed'], c.halo, typeColour(c)],
          'circle-stroke-color': ['case', ['get', 'unconfirmed'], typeColour(c), c.halo],
          'circle-stroke-width': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            4,
            ['get', 'unconfirmed'],
            2,
            1,
          ],
          'circle-radius': ['interpolate', ['linear'], ['get', 'count'], 1, 5, 4, 11],
        },
      },
      {
        id: 'labels',
        type: 'symbol',
        source: 'places',
        layout: {
          'text-field': ['get', 'town'],
          'text-size': 13,
          'text-offset': [0.9, 0],
          'text-anchor': 'left',
          'text-optional': true,
        },
        paint: { 'text-color': c.text, 'text-halo-color': c.halo, 'text-halo-width': 1.5 },
      },
    ],
  };
}
