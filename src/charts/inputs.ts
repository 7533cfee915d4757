/**
 * What two renderers draw, computed once from the dataset for both places that draw them: the
 * figure on the page (the Astro wrappers) and its share image (src/share). Their words (title,
 * description, sources) are in captions.ts.
 */
import type { Dataset } from '../data/schema.ts';
import { placeIndex, statistic, waveIncidents, waveNights } from '../data/views.ts';
import type { AttackWaveData, WaveAnnotation } from './attackWaveChart.ts';
import type { UnitCounts } from './unitChart700.ts';

/** The attack wave chart's data and its annotated incidents: the first attack and each shooting. */
export function attackWaveInputs(d: Dataset): { data: AttackWaveData; annotations: WaveAnnotation[] } {
  const incidents = waveIncidents(d);
  const places = placeIndex(d);
  const first = incidents[0]!;
  const annotations: WaveAnnotation[] = [
    { id: first.id, text: `First attack: ${places.get(first.place)!.town}` },
    ...incidents.filter((i) => i.type === 'gunfire').map((i) => ({ id: i.id, text: `Shots fired: ${places.get(i.place)!.town}` })),
  ];
  return { data: { nights: waveNights(d), incidents, places }, annotations };
}

/** The unit chart's three counts: everyone in prison, those held for drug trafficking, the "most dangerous". */
export function traffickersCounts(d: Dataset): UnitCounts {
  const [total, drug, dangerous] = ['detained-population', 'drug-detainees', 'most-dangerous'].map((id) => statistic(d, id).value) as [number, number, number];
  return { total, drug, dangerous };
}
