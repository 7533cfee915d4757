/**
 * The places the map draws, one per located place with incidents: its main incident type (the most
 * frequent; ties go to the first in the schema's order), its count, and the nights it was hit.
 * Pure: dataset in, plain records out; the static map, the MapLibre GeoJSON and tests share it.
 */
import type { Dataset, IncidentType, Place } from './schema.ts';
import { INCIDENT_TYPES } from './schema.ts';
import { incidentsByPlace } from './views.ts';

export interface MapPlace {
  id: string;
  name: string;
  town: string;
  kind: Place['kind'];
  lon: number;
  lat: number;
  precision: 'exact' | 'town';
  type: IncidentType;
  count: number;
  nights: string[];
  incidents: string[];
  unconfirmed: boolean;
  /** On a crowded map view, how many more places this marker stands for (src/map/groups.ts). */
  grouped?: number;
}

export function mapPlaces(d: Dataset): { located: MapPlace[]; unlocated: Place[] } {
  const located: MapPlace[] = [];
  const unlocated: Place[] = [];
  for (const { place, incidents } of incidentsByPlace(d)) {
    if (place.lat === undefined || place.lon === undefined || place.precision === 'unlocated') {
      unlocated.push(place);
      continue;
    }
    const tally = (t: IncidentType) => incidents.filter((i) => i.type === t).length;
    const type = [...INCIDENT_TYPES].sort((a, b) => tally(b) - tally(a))[0]!;
    located.push({
      id: place.id,
      name: place.name,
      town: place.town,
      kind: place.kind,
      lon: place.lon,
      lat: place.lat,
      precision: place.precision,
      type,
      count: incidents.length,
      nights: [...new Set(incidents.map((i) => i.night))],
      incidents: incidents.map((i) => i.id),
      unconfirmed: incidents.every((i) => i.link === 'unconfirmed'),
    });
  }
  return { located, unlocated };
}
