/**
 * The live map's clusters: when the data holds more places than the static map draws one by one
 * (MAX_MARKS, src/map/groups.ts), MapLibre draws places closer than GROUP_RADIUS pixels as one
 * mark, in the symbol of their most frequent type, sized by all their incidents and labelled with
 * their number. Established and unconfirmed places are in separate sources, so no cluster holds
 * both: a hollow mark stays hollow and apart, as on the static map. Decided by the data, so a story
 * of a few dozen places draws each one, as before.
 */
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Point } from 'geojson';
import { INCIDENT_TYPES } from '../data/vocabulary.ts';
import { GROUP_RADIUS, MAX_MARKS } from './groups.ts';

export type PlacesData = FeatureCollection<Point>;

/** Whether the live map clusters these places: more than the static map draws one by one. */
export const crowds = (places: PlacesData): boolean => places.features.length > MAX_MARKS;

/** Beyond this zoom every place is drawn on its own. */
export const CLUSTER_MAX_ZOOM = 11;

/**
 * The clustered sources, by id: the places hit on the chosen night (`places`, `places-unconfirmed`)
 * and every place, drawn faint behind them (`places-all`, `places-all-unconfirmed`).
 */
export const CLUSTER_SOURCES = [
  { id: 'places', unconfirmed: false, everyNight: false },
  { id: 'places-unconfirmed', unconfirmed: true, everyNight: false },
  { id: 'places-all', unconfirmed: false, everyNight: true },
  { id: 'places-all-unconfirmed', unconfirmed: true, everyNight: true },
] as const;

/** The places of one kind (established or unconfirmed) hit on `night`, or on any night for "all". */
export function placesOf(places: PlacesData, unconfirmed: boolean, night: string): PlacesData {
  return {
    type: 'FeatureCollection',
    features: places.features.filter(
      (f) =>
        Boolean(f.properties?.unconfirmed) === unconfirmed &&
        (night === 'all' ||
          String(f.properties?.nights ?? '')
            .split(' ')
            .includes(night)),
    ),
  };
}

/** A cluster's incidents of type `t` (a cluster property). */
const typeCount = (t: string): ExpressionSpecification => ['number', ['get', `n-${t}`], 0];

/**
 * What a cluster sums over its places: `count`, its incidents, as a place's; its incidents of each
 * type (`n-arson`…); `town`, 1 where a place's point is only its town's.
 */
export const CLUSTER_PROPERTIES: Record<string, [unknown, unknown]> = {
  count: ['+', ['get', 'count']],
  town: ['max', ['case', ['==', ['get', 'precision'], 'town'], 1, 0]],
  ...Object.fromEntries(
    INCIDENT_TYPES.map((t) => [
      `n-${t}`,
      ['+', ['case', ['==', ['get', 'type'], t], ['get', 'count'], 0]],
    ]),
  ),
};

/** The live map's place sources when the places crowd it: clustered, one kind each. */
export function clusterSources(
  places: PlacesData,
  night = 'all',
): Record<string, GeoJSONSourceSpecification> {
  return Object.fromEntries(
    CLUSTER_SOURCES.map((s) => [
      s.id,
      {
        type: 'geojson',
        data: placesOf(places, s.unconfirmed, s.everyNight ? 'all' : night),
        promoteId: 'id',
        cluster: true,
        clusterRadius: GROUP_RADIUS,
        clusterMaxZoom: CLUSTER_MAX_ZOOM,
        clusterProperties: CLUSTER_PROPERTIES,
      },
    ]),
  );
}

/** A cluster's type: its most frequent, the first in the vocabulary's order on a tie (as groups.ts). */
const clusterType = [
  'case',
  ...INCIDENT_TYPES.flatMap((t): [ExpressionSpecification, string] => [
    [
      'all',
      true,
      ...INCIDENT_TYPES.filter((o) => o !== t).map((o): ExpressionSpecification => [
        '>=',
        typeCount(t),
        typeCount(o),
      ]),
    ],
    t,
  ]),
  INCIDENT_TYPES[0],
] as unknown as ExpressionSpecification;

/**
 * Layout expression: the image of a cluster's mark (src/map/icons.ts, markIconId): its type's,
 * hollow in an unconfirmed source, ringed unless every place's point is exact.
 */
export const clusterImage = (hollow: boolean): ExpressionSpecification => [
  'concat',
  'mark-',
  clusterType,
  hollow ? '-hollow' : '',
  ['case', ['>', ['get', 'town'], 0], '-ring', ''],
];

/** Whether a feature is a cluster. */
export const IS_CLUSTER: ExpressionSpecification = ['has', 'point_count'];
