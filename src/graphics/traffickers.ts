/**
 * 700 of 17,000: everyone in French prisons as squares of 100 people; those held for drug
 * trafficking first, and among them the "most dangerous" the government wants isolated.
 */
import type { Dataset } from '../data/schema.ts';
import { formatDate, formatNumber } from '../data/format.ts';
import { outletList } from '../data/labels.ts';
import { share, statistic } from '../data/views.ts';
import { unitChart700, type UnitCounts } from '../charts/unitChart700.ts';
import { unique } from './unique.ts';
import { defineGraphic } from './types.ts';

/** The three statistics the unit chart draws, by id in the data file: everyone, drug trafficking, "most dangerous". */
export const TRAFFICKERS_STATISTICS = ['detained-population', 'drug-detainees', 'most-dangerous'] as const;

const statistics = (d: Dataset) => TRAFFICKERS_STATISTICS.map((id) => statistic(d, id)) as [Stat, Stat, Stat];
type Stat = Dataset['statistics'][number];

/** The unit chart's three counts: everyone in prison, those held for drug trafficking, the "most dangerous". */
export function traffickersCounts(d: Dataset): UnitCounts {
  const [total, drug, dangerous] = statistics(d);
  return { total: total.value, drug: drug.value, dangerous: dangerous.value };
}

const square = (group: string) => ['unit-chart', `units units--${group}`, `unit unit--${group}`];

export const traffickers = defineGraphic({
  id: 'traffickers',
  label: 'Unit chart: 700 of the 17,000 people jailed for drug trafficking',
  component: 'UnitChart700',
  doc:
    '700 of 17,000: everyone in French prisons as squares of 100 people; those held for drug trafficking first, and among them the "most dangerous" the government wants isolated. With its key, caveat, table and downloads. No props.',
  height: 1900,
  steps: ['units'],
  caption(d) {
    const [total, drug, dangerous] = statistics(d);
    const f = (n: number) => formatNumber(n);
    const ofDrug = share(dangerous.value, drug.value);
    return {
      title: `${f(dangerous.value)} of ${f(drug.value)}: the few the crackdown targets`,
      description:
        `Of ${f(total.value)} people in French prisons (${formatDate(total.asOf)}), ${f(drug.value)} were held for drug trafficking, ` +
        `${formatNumber(share(drug.value, total.value), 'percent')}; the ${f(dangerous.value)} "most dangerous" among them are ` +
        `${formatNumber(ofDrug, 'percent')} of those, ${formatNumber(ofDrug, 'ratio')}. Each square is 100 people.`,
      sources: unique([...total.sources, ...drug.sources, ...dangerous.sources]),
    };
  },
  table: (d) => ({
    caption: 'People in French prisons, people held for drug trafficking, and the "most dangerous"',
    columns: [
      { key: 'label', label: 'Who' },
      { key: 'value', label: 'People', numeric: true },
      { key: 'asOf', label: 'As of' },
      { key: 'note', label: 'Caveat' },
      { key: 'sources', label: 'Sources' },
    ],
    rows: statistics(d).map((s) => ({ id: s.id, label: s.label, value: s.value, asOf: formatDate(s.asOf), note: s.note ?? '', sources: outletList(d, s.sources) })),
  }),
  inputs: traffickersCounts,
  render: (counts, { width, state, instance, document }) => unitChart700(counts, { document, width, units: state.units ?? 'all', idPrefix: `units-${instance}` }),
  legend: (_d, counts) => [
    { swatch: { square: square('danger') }, label: `${formatNumber(counts.dangerous)} “most dangerous”` },
    { swatch: { square: square('drug') }, label: `${formatNumber(counts.drug)} held for drug trafficking` },
    { swatch: { square: square('rest') }, label: `${formatNumber(counts.total - counts.drug)} other prisoners` },
    { label: 'Each square is 100 people' },
  ],
  notes(d) {
    const [, drug, dangerous] = statistics(d);
    return [`Caveat: ${dangerous.note ?? ''} ${drug.note ?? ''}`];
  },
});
