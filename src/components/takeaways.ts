/**
 * What each graphic says and draws, computed once from the dataset for both places that show it:
 * the figure on the page (the Astro wrappers) and its share image (src/share). The takeaway title,
 * the renderer's inputs and the source ids live here, so the card can never say something the
 * figure does not.
 */
import type { Dataset } from '../data/schema.ts';
import { formatNumber, nightLabel } from '../data/format.ts';
import { placeIndex, statistic, waveIncidents, waveNights } from '../data/views.ts';
import type { AttackWaveData, WaveAnnotation } from '../charts/attackWaveChart.ts';
import type { UnitCounts } from '../charts/unitChart700.ts';

export const ATTACK_MAP_TITLE = 'The attacks reached prisons and homes across France';
export const POLICY_TIMELINE_TITLE = 'A year of escalation, from the Amra escape to the high-security prisons';

/** The attack wave chart: its data, the annotated incidents (the first attack, each shooting) and its title. */
export function attackWaveTakeaway(d: Dataset): { data: AttackWaveData; annotations: WaveAnnotation[]; title: string; sources: string[] } {
  const incidents = waveIncidents(d);
  const nights = waveNights(d);
  const places = placeIndex(d);
  const first = incidents[0]!;
  const annotations: WaveAnnotation[] = [
    { id: first.id, text: `First attack: ${places.get(first.place)!.town}` },
    ...incidents.filter((i) => i.type === 'gunfire').map((i) => ({ id: i.id, text: `Shots fired: ${places.get(i.place)!.town}` })),
  ];
  const nightsWith = new Set(incidents.map((i) => i.night)).size;
  const title = `Attacks on ${formatNumber(nightsWith, 'words')} of the ${formatNumber(nights.length, 'words')} nights from ${nightLabel(nights[0]!).split('–')[0]} to ${nightLabel(nights.at(-1)!).split('–')[0]} April`;
  return { data: { nights, incidents, places }, annotations, title, sources: [...new Set(incidents.flatMap((i) => i.sources))] };
}

/** The unit chart: the three statistics it draws, their counts and its title. */
export function traffickersTakeaway(d: Dataset) {
  const [total, drug, dangerous] = ['detained-population', 'drug-detainees', 'most-dangerous'].map((id) => statistic(d, id)) as [Stat, Stat, Stat];
  const counts: UnitCounts = { total: total.value, drug: drug.value, dangerous: dangerous.value };
  const title = `${formatNumber(counts.dangerous)} of ${formatNumber(counts.drug)}: the few the crackdown targets`;
  return { stats: { total, drug, dangerous }, counts, title, sources: [...total.sources, ...drug.sources, ...dangerous.sources] };
}
type Stat = Dataset['statistics'][number];

/** The policy timeline's sources: every event's. */
export const policyTimelineSources = (d: Dataset): string[] => [...new Set(d.timeline.flatMap((e) => e.sources))];

/** The attack map's sources: every incident's. */
export const attackMapSources = (d: Dataset): string[] => [...new Set(d.incidents.flatMap((i) => i.sources))];
