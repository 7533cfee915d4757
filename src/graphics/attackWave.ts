/**
 * The attack wave: every incident of the wave as a mark in the column of its night, coloured and
 * shaped by type, key moments annotated in words.
 */
import type { Dataset, Incident, IncidentType } from '../data/schema.ts';
import { dayRange, formatNumber, nightLabel } from '../data/format.ts';
import { outletList, typeLabel } from '../data/labels.ts';
import {
  countsByType,
  established,
  placeIndex,
  unconfirmed,
  waveIncidents,
  waveNights,
} from '../data/views.ts';
import { besideUnconfirmed } from './unconfirmed.ts';
import {
  attackWaveChart,
  type AttackWaveData,
  type WaveAnnotation,
} from '../charts/attackWaveChart.ts';
import { unique } from './unique.ts';
import { defineGraphic } from './types.ts';

/** The chart's data and its annotated incidents: the first attack and each shooting. */
export function attackWaveInputs(d: Dataset): {
  data: AttackWaveData;
  annotations: WaveAnnotation[];
} {
  const incidents = waveIncidents(d);
  const places = placeIndex(d);
  const first = incidents[0]!;
  const annotations: WaveAnnotation[] = [
    { id: first.id, text: `First attack: ${places.get(first.place)!.town}` },
    ...incidents
      .filter((i) => i.type === 'gunfire')
      .map((i) => ({ id: i.id, text: `Shots fired: ${places.get(i.place)!.town}` })),
  ];
  return { data: { nights: waveNights(d), incidents, places }, annotations };
}

export const attackWave = defineGraphic({
  id: 'attack-wave',
  label: 'Chart of the attack wave, night by night',
  component: 'AttackWaveChart',
  doc: 'The attack wave: every incident of the wave as a mark in the column of its night, coloured and shaped by type, key moments annotated in words. Drawn at build (narrow and wide versions), with its table, downloads and a Previous/Next mark explorer. No props.',
  height: 1100,
  steps: ['night', 'highlight'],
  explorer: true,
  shareWidth: 520,
  caption(d) {
    const all = waveIncidents(d);
    const incidents = established(all);
    const nights = waveNights(d);
    const onNight = (night: string) => incidents.filter((i) => i.night === night).length;
    const busiest = [...nights].sort((a, b) => onNight(b) - onNight(a))[0]!;
    const nightsWith = new Set(incidents.map((i) => i.night)).size;
    const description =
      `${formatNumber(incidents.length)} established incidents over ${formatNumber(nights.length, 'words')} nights, ${nightLabel(nights[0]!)} to ${nightLabel(nights.at(-1)!)}` +
      `${besideUnconfirmed(unconfirmed(all).length)}; ` +
      `the busiest night was ${nightLabel(busiest)}, with ${formatNumber(onNight(busiest), 'words')} established. ` +
      `${countsByType(incidents)
        .map((t) => `${typeLabel(t.type)}: ${t.count}`)
        .join('; ')}.`;
    return {
      title: `Attacks on ${formatNumber(nightsWith, 'words')} of the ${formatNumber(nights.length, 'words')} nights from ${dayRange(nights[0]!, nights.at(-1)!)}`,
      description,
      sources: unique(all.flatMap((i) => i.sources)),
    };
  },
  table(d) {
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
          sources: outletList(d, i.sources),
        };
      }),
    };
  },
  inputs: attackWaveInputs,
  render: ({ data, annotations }, { width, state, document }) =>
    attackWaveChart(data, {
      document,
      width,
      annotations,
      night: state.night,
      highlight: state.highlight,
    }),
  legend: (_d, { data }) => [
    ...typesWithUnconfirmed(data.incidents).map(({ type, firm, doubtful }) => ({
      swatch: { type },
      label: `${typeLabel(type)} (${firm}${doubtful ? `, and ${doubtful} unconfirmed` : ''})`,
    })),
    {
      swatch: { type: 'arson', unconfirmed: true },
      label: 'Hollow: link to the wave unconfirmed, not in the counts',
    },
  ],
});

/**
 * Each incident type drawn, with its count of established incidents and the unconfirmed beside
 * it ("Arson (15, and 1 unconfirmed)"), most established first.
 */
function typesWithUnconfirmed(
  incidents: Incident[],
): { type: IncidentType; firm: number; doubtful: number }[] {
  const firm = established(incidents);
  const doubtful = unconfirmed(incidents);
  return countsByType(incidents)
    .map(({ type }) => ({
      type,
      firm: firm.filter((i) => i.type === type).length,
      doubtful: doubtful.filter((i) => i.type === type).length,
    }))
    .sort((a, b) => b.firm - a.firm || b.doubtful - a.doubtful);
}
