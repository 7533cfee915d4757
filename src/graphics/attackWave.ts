/**
 * The attack wave: every incident of the wave as a mark in the column of its night, coloured and
 * shaped by type, key moments annotated in words.
 */
import type { Dataset, Incident, IncidentType } from '../data/schema.ts';
import { outletList, typeLabel } from '../data/labels.ts';
import { dataLang } from '../data/translations.ts';
import { formats } from '../i18n/format.ts';
import { ui } from '../i18n/ui/index.ts';
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
import { labelledColumns } from './columns.ts';

/** How many shootings the chart names, in the order of the wave. */
const MAX_SHOOTINGS_ANNOTATED = 3;

/** The chart's data and its annotated incidents: the first attack and the first shootings. */
export function attackWaveInputs(d: Dataset): {
  data: AttackWaveData;
  annotations: WaveAnnotation[];
} {
  const incidents = waveIncidents(d);
  const places = placeIndex(d);
  const first = incidents[0]!;
  const lang = dataLang(d);
  const t = ui(lang).attackWave;
  const annotations: WaveAnnotation[] = [
    { id: first.id, text: t.firstAttack(places.get(first.place)!.town) },
    // The first shootings only: a bigger story's every shooting would not fit above the chart.
    ...incidents
      .filter((i) => i.type === 'gunfire')
      .slice(0, MAX_SHOOTINGS_ANNOTATED)
      .map((i) => ({ id: i.id, text: t.shotsFired(places.get(i.place)!.town) })),
  ];
  const nights = waveNights(d);
  const month = formats(lang).shortDay(nights[0]!).split(' ')[1]!;
  return { data: { nights, incidents, places, axisLabel: t.axis(month), lang }, annotations };
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
    const lang = dataLang(d);
    const f = formats(lang);
    const t = ui(lang).attackWave;
    const all = waveIncidents(d);
    const incidents = established(all);
    const nights = waveNights(d);
    const onNight = (night: string) => incidents.filter((i) => i.night === night).length;
    const busiest = [...nights].sort((a, b) => onNight(b) - onNight(a))[0]!;
    const nightsWith = new Set(incidents.map((i) => i.night)).size;
    const description = t.description(f, {
      incidents: f.number(incidents.length),
      nights: f.number(nights.length, 'words'),
      first: nights[0]!,
      last: nights.at(-1)!,
      beside: besideUnconfirmed(lang, unconfirmed(all).length),
      busiest,
      onBusiest: f.number(onNight(busiest), 'words'),
      byType: countsByType(incidents)
        .map((c) => `${typeLabel(c.type, lang)}${lang === 'fr' ? ' : ' : ': '}${c.count}`)
        .join(lang === 'fr' ? ' ; ' : '; '),
    });
    return {
      title: t.title(
        f.number(nightsWith, 'words'),
        f.number(nights.length, 'words'),
        f.dayRange(nights[0]!, nights.at(-1)!),
      ),
      description,
      sources: unique(all.flatMap((i) => i.sources)),
    };
  },
  table(d) {
    const lang = dataLang(d);
    const { attackWave: t, labels } = ui(lang);
    const f = formats(lang);
    const places = placeIndex(d);
    return {
      caption: t.tableCaption,
      columns: labelledColumns(t.columns, ['vehiclesBurned', 'bulletImpacts']),
      rows: waveIncidents(d).map((i) => {
        const place = places.get(i.place)!;
        return {
          id: i.id,
          night: `${f.night(i.night)}${i.nightConfirmed ? '' : t.uncertain}`,
          place: place.name,
          town: place.town,
          type: typeLabel(i.type, lang),
          ddpf: i.ddpf ? labels.yes : labels.no,
          link: lang === 'en' ? i.link : (labels.link[i.link] ?? i.link),
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
  legend: (d, { data }) => {
    const lang = dataLang(d);
    const t = ui(lang).attackWave;
    return [
      ...typesWithUnconfirmed(data.incidents).map(({ type, firm, doubtful }) => ({
        swatch: { type },
        label: t.legendType(typeLabel(type, lang), firm, doubtful),
      })),
      { swatch: { type: 'arson', unconfirmed: true }, label: t.hollow },
    ];
  },
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
