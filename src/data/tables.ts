/**
 * The data behind each graphic as a table: the same model feeds the "Show the data" table, the CSV
 * and the JSON downloads, so what readers download is what the chart shows.
 */
import type { TableModel } from './csv.ts';
import type { Dataset } from './schema.ts';
import { datePrecision, formatDate, nightLabel } from './format.ts';
import { incidentsByPlace, placeIndex, sourceIndex, statistic, TRAFFICKERS_CHAIN, waveIncidents } from './views.ts';

export type { TableModel } from './csv.ts';

export const GRAPHIC_IDS = ['attack-map', 'attack-wave', 'traffickers', 'policy-timeline'] as const;
export type GraphicTableId = (typeof GRAPHIC_IDS)[number];

const TYPE_LABEL: Record<string, string> = {
  arson: 'Arson',
  'attempted-arson': 'Attempted or suspected arson',
  gunfire: 'Gunfire',
  fireworks: 'Fireworks',
  vandalism: 'Vandalism',
  threat: 'Threat or assault',
  drone: 'Drone overflight',
};

/** How readers see an incident type, e.g. "Attempted arson". */
export function typeLabel(type: string): string {
  return TYPE_LABEL[type] ?? type;
}

function outlets(d: Dataset, ids: string[]): string {
  const byId = sourceIndex(d);
  return [...new Set(ids.map((id) => byId.get(id)!.outlet))].join('; ');
}

export function attackWaveTable(d: Dataset): TableModel {
  const places = placeIndex(d);
  return {
    caption: 'Incidents of the April 2025 wave, night by night',
    columns: [
      { key: 'id', label: 'Id' },
      { key: 'night', label: 'Night' },
      { key: 'place', label: 'Place' },
      { key: 'town', label: 'Town' },
      { key: 'type', label: 'Type' },
      { key: 'ddpf', label: 'DDPF' },
      { key: 'link', label: 'Link to the wave' },
      { key: 'vehiclesBurned', label: 'Vehicles burned', numeric: true },
      { key: 'bulletImpacts', label: 'Bullet impacts', numeric: true },
      { key: 'summary', label: 'What happened' },
      { key: 'sources', label: 'Sources' },
    ],
    rows: waveIncidents(d).map((i) => {
      const place = places.get(i.place)!;
      return {
        id: i.id,
        night: `${nightLabel(i.night)}${i.nightConfirmed ? '' : ' (uncertain)'}`,
        place: place.name,
        town: place.town,
        type: typeLabel(i.type),
        ddpf: i.ddpf ? 'yes' : 'no',
        link: i.link,
        vehiclesBurned: i.counts.vehiclesBurned ?? null,
        bulletImpacts: i.counts.bulletImpacts ?? null,
        summary: i.summary,
        sources: outlets(d, i.sources),
      };
    }),
  };
}

export function attackMapTable(d: Dataset): TableModel {
  return {
    caption: 'Places hit during and after the wave, with their incidents',
    columns: [
      { key: 'place', label: 'Place' },
      { key: 'town', label: 'Town' },
      { key: 'departement', label: 'Département' },
      { key: 'incidents', label: 'Incidents', numeric: true },
      { key: 'what', label: 'What happened' },
      { key: 'location', label: 'Location' },
      { key: 'lat', label: 'Latitude', numeric: true },
      { key: 'lon', label: 'Longitude', numeric: true },
      { key: 'sources', label: 'Sources' },
    ],
    rows: incidentsByPlace(d).map(({ place, incidents }) => ({
      id: place.id,
      place: place.name,
      town: place.town,
      departement: place.departement,
      incidents: incidents.length,
      what: incidents.map((i) => `${nightLabel(i.night)}: ${typeLabel(i.type).toLowerCase()} (${i.id})`).join('; '),
      location: place.precision === 'exact' ? 'exact' : place.precision === 'town' ? 'town centre' : 'not located',
      lat: place.lat ?? null,
      lon: place.lon ?? null,
      sources: outlets(d, [...place.sources, ...incidents.flatMap((i) => i.sources)]),
    })),
  };
}

export function traffickersTable(d: Dataset): TableModel {
  const stats = TRAFFICKERS_CHAIN.map(({ stat }) => statistic(d, stat));
  return {
    caption: 'From everyone in French prisons to the first transfer: each figure, as of when, and its caveats',
    columns: [
      { key: 'label', label: 'Who' },
      { key: 'value', label: 'People', numeric: true },
      { key: 'asOf', label: 'As of' },
      { key: 'note', label: 'Caveat' },
      { key: 'sources', label: 'Sources' },
    ],
    rows: stats.map((s) => ({ id: s.id, label: s.label, value: s.value, asOf: formatDate(s.asOf), note: s.note ?? '', sources: outlets(d, s.sources) })),
  };
}

export function policyTimelineTable(d: Dataset): TableModel {
  return {
    caption: 'From the Amra escape to the high-security prisons: the timeline',
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'precision', label: 'Date known to the' },
      { key: 'category', label: 'Strand' },
      { key: 'title', label: 'Event' },
      { key: 'summary', label: 'Details' },
      { key: 'sources', label: 'Sources' },
    ],
    rows: d.timeline.map((t) => ({
      id: t.id,
      date: formatDate(t.date),
      precision: datePrecision(t.date),
      category: t.category,
      title: t.title,
      summary: t.summary,
      sources: outlets(d, t.sources),
    })),
  };
}

export function graphicTable(d: Dataset, id: GraphicTableId): TableModel {
  return { 'attack-map': attackMapTable, 'attack-wave': attackWaveTable, traffickers: traffickersTable, 'policy-timeline': policyTimelineTable }[id](d);
}
