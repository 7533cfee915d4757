/**
 * From everyone in prison to the few the crackdown moved, as squares of 100 people: the 17,000 held
 * for drug offences (the justice minister's figure), AFP's 700 "most dangerous" (not an official
 * ranking), the 200 the government planned to isolate, and the first 17 moved. Each level is a
 * statistic in the data file (TRAFFICKERS_CHAIN), so the chart, its words and its table follow it.
 */
import type { Dataset, Statistic } from '../data/schema.ts';
import { outletList } from '../data/labels.ts';
import { dataLang } from '../data/translations.ts';
import { formats } from '../i18n/format.ts';
import { ui } from '../i18n/ui/index.ts';
import { statistic, TRAFFICKERS_CHAIN } from '../data/views.ts';
import { unitChart700, type UnitCounts } from '../charts/unitChart700.ts';
import { unique } from './unique.ts';
import { defineGraphic } from './types.ts';
import { labelledColumns } from './columns.ts';

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
    const lang = dataLang(d);
    const fm = formats(lang);
    const t = ui(lang).traffickers;
    const f = (n: number) => fm.number(n);
    return {
      title: t.title(f(isolate.value), f(drug.value)),
      description: t.description(
        f(total.value),
        fm.date(total.asOf),
        f(drug.value),
        f(dangerous.value),
        f(isolate.value),
        f(first.value),
        fm.date(first.asOf),
      ),
      sources: unique(statistics(d).flatMap((s) => s.sources)),
    };
  },
  table: (d) => {
    const lang = dataLang(d);
    const t = ui(lang).traffickers;
    return {
      caption: t.tableCaption,
      columns: labelledColumns(t.columns, ['value']),
      rows: statistics(d).map((s) => ({
        id: s.id,
        label: s.label,
        value: s.value,
        asOf: formats(lang).date(s.asOf),
        note: s.note ?? '',
        sources: outletList(d, s.sources),
      })),
    };
  },
  inputs: traffickersCounts,
  render: (counts, { width, state, instance, document }) =>
    unitChart700(counts, {
      document,
      width,
      units: state.units ?? 'all',
      idPrefix: `units-${instance}`,
    }),
  /** One entry per colour, innermost first: the same words on the page and on the share card. */
  legend: (d, c) => {
    const lang = dataLang(d);
    const fm = formats(lang);
    const t = ui(lang).traffickers;
    const f = (n: number) => fm.number(n);
    return [
      {
        swatch: { square: square('first') },
        label: t.first(f(c.first), fm.date(statistic(d, 'first-transfers').asOf)),
      },
      { swatch: { square: square('isolate') }, label: t.isolate(f(c.isolate)) },
      { swatch: { square: square('danger') }, label: t.dangerous(f(c.dangerous)) },
      { swatch: { square: square('drug') }, label: t.drug(f(c.drug)) },
      { swatch: { square: square('rest') }, label: t.rest(f(c.total - c.drug)) },
      { label: t.square },
    ];
  },
  notes(d) {
    const [, drug, dangerous] = statistics(d);
    return [ui(dataLang(d)).traffickers.caveat(`${dangerous.note ?? ''} ${drug.note ?? ''}`)];
  },
});
