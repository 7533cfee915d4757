/**
 * What two renderers draw, computed once from the dataset for both places that draw them: the
 * figure on the page (the Astro wrappers) and its share image (src/share). Their words (title,
 * description, sources) are in captions.ts.
 */
import type { Dataset } from '../data/schema.ts';
import { formatDate, formatNumber } from '../data/format.ts';
import type { IncidentType } from '../data/schema.ts';
import { typeLabel } from '../data/tables.ts';
import { countsByType, established, placeIndex, statistic, TRAFFICKERS_CHAIN, unconfirmed, waveIncidents, waveNights } from '../data/views.ts';
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

/**
 * The attack wave's key, one entry per incident type drawn: the count of established incidents,
 * and the unconfirmed beside it ("Arson (15, and 1 unconfirmed)"). The page and the share card
 * print the same words.
 */
export function attackWaveKey(d: Dataset): { type: IncidentType; label: string }[] {
  const all = waveIncidents(d);
  const firm = established(all);
  const doubtful = unconfirmed(all);
  return countsByType(all)
    .map(({ type }) => ({ type, firm: firm.filter((i) => i.type === type).length, doubtful: doubtful.filter((i) => i.type === type).length }))
    .sort((a, b) => b.firm - a.firm || b.doubtful - a.doubtful)
    .map(({ type, firm, doubtful }) => ({
      type,
      label: `${typeLabel(type)} (${firm}${doubtful ? `, and ${doubtful} unconfirmed` : ''})`,
    }));
}

/** The unit chart's counts, read from the statistics of the chain. */
export function traffickersCounts(d: Dataset): UnitCounts {
  return Object.fromEntries(TRAFFICKERS_CHAIN.map(({ count, stat }) => [count, statistic(d, stat).value])) as unknown as UnitCounts;
}

/** The unit chart's key, one entry per colour, innermost first: the same words on the page and on the share card. */
export function traffickersKey(d: Dataset): { group: 'first' | 'isolate' | 'danger' | 'drug' | 'rest'; label: string }[] {
  const c = traffickersCounts(d);
  const f = (n: number) => formatNumber(n);
  return [
    { group: 'first', label: `${f(c.first)} in the first transfer, ${formatDate(statistic(d, 'first-transfers').asOf)}` },
    { group: 'isolate', label: `${f(c.isolate)} to be isolated in two high-security prisons` },
    { group: 'danger', label: `${f(c.dangerous)} “most dangerous” traffickers, in AFP's count` },
    { group: 'drug', label: `${f(c.drug)} held for drug offences` },
    { group: 'rest', label: `${f(c.total - c.drug)} other prisoners` },
  ];
}
