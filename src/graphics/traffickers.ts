/**
 * From everyone in prison to the few the crackdown moved, as squares of 100 people: the 17,000 held
 * for drug offences (the justice minister's figure), AFP's 700 "most dangerous" (not an official
 * ranking), the 200 the government planned to isolate, and the first 17 moved. Each level is a
 * statistic in the data file (TRAFFICKERS_CHAIN), so the chart, its words and its table follow it.
 */
import type { Dataset, Statistic } from '../data/schema.ts';
import { formatDate, formatNumber } from '../data/format.ts';
import { outletList } from '../data/labels.ts';
import { statistic, TRAFFICKERS_CHAIN } from '../data/views.ts';
import { unitChart700, type UnitCounts } from '../charts/unitChart700.ts';
import { unique } from './unique.ts';
import { defineGraphic } from './types.ts';

const statistics = (d: Dataset) =>
  TRAFFICKERS_CHAIN.map(({ stat }) => statistic(d, stat)) as [
    Statistic,
    Statistic,
    Statistic,
    Statistic,
    Statistic,
  ];

/** The unit chart's counts, read from the statistics of the chain. */
export function traffickersCounts(d: Dataset): UnitCounts {
  return Object.fromEntries(
    TRAFFICKERS_CHAIN.map(({ count, stat }) => [count, statistic(d, stat).value]),
  ) as unknown as UnitCounts;
}

const square = (group: string) => ['unit-chart', `units units--${group}`, `unit unit--${group}`];

export const traffickers = defineGraphic({
  id: 'traffickers',
  label: 'Unit chart: from everyone in prison to the first 17 moved',
  component: 'UnitChart700',
  doc: 'From everyone in French prisons to the first transfer, as squares of 100 people: those held for drug offences, AFP\'s "most dangerous", the 200 to be isolated and the first 17 moved. With its key, caveat, table and downloads. No props.',
  height: 1900,
  steps: ['units'],
  /** The sourced chain, in the sources' words: the 700 is AFP's count, not an official ranking. */
  caption(d) {
    const [total, drug, dangerous, isolate, first] = statistics(d);
    const f = (n: number) => formatNumber(n);
    return {
      title: `${f(isolate.value)} to be isolated, of ${f(drug.value)} held for drug offences`,
      description:
        `Of ${f(total.value)} people in French prisons (${formatDate(total.asOf)}), ${f(drug.value)} were held for drug offences, the justice minister said; ` +
        `AFP counted ${f(dangerous.value)} "most dangerous" traffickers among them, not an official ranking. ` +
        `The government planned to isolate ${f(isolate.value)} in two high-security prisons, and the first ${f(first.value)} were moved on ${formatDate(first.asOf)}. ` +
        'Each square is 100 people.',
      sources: unique(statistics(d).flatMap((s) => s.sources)),
    };
  },
  table: (d) => ({
    caption:
      'From everyone in French prisons to the first transfer: each figure, as of when, and its caveats',
    columns: [
      { key: 'label', label: 'Who' },
      { key: 'value', label: 'People', numeric: true },
      { key: 'asOf', label: 'As of' },
      { key: 'note', label: 'Caveat' },
      { key: 'sources', label: 'Sources' },
    ],
    rows: statistics(d).map((s) => ({
      id: s.id,
      label: s.label,
      value: s.value,
      asOf: formatDate(s.asOf),
      note: s.note ?? '',
      sources: outletList(d, s.sources),
    })),
  }),
  inputs: traffickersCounts,
  render: (counts, { width, state, instance, document }) =>
    unitChart700(counts, {
      document,
      width,
      units: state.units ?? 'all',
      idPrefix: `units-${instance}`,
    }),
  /** One entry per colour, innermost first: the same words on the page and on the share card. */
  legend: (d, c) => [
    {
      swatch: { square: square('first') },
      label: `${formatNumber(c.first)} in the first transfer, ${formatDate(statistic(d, 'first-transfers').asOf)}`,
    },
    {
      swatch: { square: square('isolate') },
      label: `${formatNumber(c.isolate)} to be isolated in two high-security prisons`,
    },
    {
      swatch: { square: square('danger') },
      label: `${formatNumber(c.dangerous)} “most dangerous” traffickers, in AFP's count`,
    },
    { swatch: { square: square('drug') }, label: `${formatNumber(c.drug)} held for drug offences` },
    {
      swatch: { square: square('rest') },
      label: `${formatNumber(c.total - c.drug)} other prisoners`,
    },
    { label: 'Each square is 100 people' },
  ],
  notes(d) {
    const [, drug, dangerous] = statistics(d);
    return [`Caveat: ${dangerous.note ?? ''} ${drug.note ?? ''}`];
  },
});
