/**
 * Counting the attacks: how the official counts grew and why they differ. The anti-terror
 * prosecutors' acts on 17, 22 and 28 April, the Interior ministry's wider count, this story's own
 * incidents (established and unconfirmed) and the vehicles burned; every number from the data file,
 * with its sources. Drawn with Observable Plot (src/charts/countingAttacks.ts).
 */
import type { Dataset } from '../data/schema.ts';
import { formatDate, formatNumber } from '../data/format.ts';
import { outletList } from '../data/labels.ts';
import { statistic, waveIncidents } from '../data/views.ts';
import { storyNumber } from '../data/storyNumbers.ts';
import { countingAttacks as drawCounts, type CountBar } from '../charts/countingAttacks.ts';
import { unique } from './unique.ts';
import { defineGraphic } from './types.ts';

/** The official counts it draws, by statistic id, with who counted and the kind of bar. */
const OFFICIAL = [
  { id: 'pnat-acts-17-april', who: 'Prosecutors', kind: 'prosecutors' },
  { id: 'pnat-acts-22-april', who: 'Prosecutors', kind: 'prosecutors' },
  { id: 'pnat-acts-28-april', who: 'Prosecutors', kind: 'prosecutors', about: true },
  { id: 'interior-ministry-acts', who: 'Interior ministry', kind: 'ministry' },
  { id: 'vehicles-burned-17-april', who: 'Vehicles, prosecutors', kind: 'vehicles' },
] as const;

export interface CountRow {
  id: string;
  row: string;
  kind: CountBar['kind'];
  value: number;
  unit: string;
  about: boolean;
  asOf: string;
  label: string;
  note: string;
  sources: string[];
}

/** Every count the graphic shows, official ones first, then this story's established and unconfirmed incidents. */
export function countRows(d: Dataset): CountRow[] {
  const official = OFFICIAL.map(({ id, who, kind, ...rest }) => {
    const s = statistic(d, id);
    return {
      id,
      row: `${who}, ${formatDate(s.asOf, { year: false })}`,
      kind,
      value: s.value,
      unit: s.unit,
      about: 'about' in rest,
      asOf: s.asOf,
      label: s.label,
      note: s.note ?? '',
      sources: s.sources,
    };
  });
  const wave = waveIncidents(d);
  const ours = (['established', 'unconfirmed'] as const).map((link) => ({
    id: `wave.${link}`,
    row: "This story's data",
    kind: link,
    value: storyNumber(d, link === 'established' ? 'wave.incidents' : 'wave.unconfirmed'),
    unit: 'incidents',
    about: false,
    asOf: d.meta.checked,
    label: `incidents in this story's data whose link to the wave is ${link}`,
    note:
      link === 'unconfirmed'
        ? 'Neither tied to the wave by investigators nor reported by two different outlets, or doubted by the sources: counted apart, never in the headline figures.'
        : 'Tied to the wave by investigators, or reported by at least two different outlets: the headline figures count these.',
    sources: unique(wave.filter((i) => i.link === link).flatMap((i) => i.sources)),
  }));
  return [...official.slice(0, 4), ...ours, official[4]!];
}

/** The bars: one per official count; this story's two counts end to end on one row. */
export function countBars(rows: CountRow[]): CountBar[] {
  const bars: CountBar[] = [];
  const at = new Map<string, number>();
  rows.forEach((r, k) => {
    const x1 = at.get(r.row) ?? 0;
    at.set(r.row, x1 + r.value);
    const last = rows.findLastIndex((x) => x.row === r.row) === k;
    const same = rows.filter((x) => x.row === r.row);
    const text =
      same.length > 1
        ? `${same.map((x) => formatNumber(x.value)).join(' + ')} ${r.unit}`
        : `${r.about ? 'about ' : ''}${formatNumber(r.value)} ${r.unit}`;
    bars.push({ row: r.row, x1, x2: x1 + r.value, kind: r.kind, ...(last ? { text } : {}) });
  });
  return bars;
}

const square = (kind: string) => [
  'counting-attacks',
  `count-bar count-bar--${kind}`,
  'count-swatch',
];

export const countingAttacks = defineGraphic({
  id: 'counting-attacks',
  label: 'Chart of how the counts of the attacks differ',
  component: 'CountingAttacks',
  doc: "Counting the attacks: the anti-terror prosecutors' counts on 17, 22 and 28 April, the Interior ministry's wider count, this story's own established and unconfirmed incidents and the vehicles burned, each with its date and sources. Drawn at build with Observable Plot, with its table and downloads. No props.",
  height: 1100,
  caption(d) {
    const rows = countRows(d);
    const get = (id: string) => rows.find((r) => r.id === id)!;
    const [p17, p22, p28, ministry, vehicles] = [
      'pnat-acts-17-april',
      'pnat-acts-22-april',
      'pnat-acts-28-april',
      'interior-ministry-acts',
      'vehicles-burned-17-april',
    ].map(get) as [CountRow, CountRow, CountRow, CountRow, CountRow];
    const [established, unconfirmed] = [get('wave.established'), get('wave.unconfirmed')];
    const f = (r: CountRow) => formatNumber(r.value);
    const day = (r: CountRow) => formatDate(r.asOf, { year: false });
    return {
      title: `Prosecutors counted ${f(p17)} to ${f(p28)} acts; the Interior ministry, ${f(ministry)}`,
      description:
        `The anti-terror prosecutors counted ${f(p17)} acts on ${day(p17)}, ${f(p22)} on ${day(p22)} and about ${f(p28)} on ${day(p28)}; ` +
        `the Interior ministry counted ${f(ministry)}, every incident reported, on ${day(ministry)}. ` +
        `This story's data holds ${f(established)} established and ${f(unconfirmed)} unconfirmed incidents; the prosecutors also counted ${f(vehicles)} burned vehicles.`,
      sources: unique(rows.flatMap((r) => r.sources)),
    };
  },
  table: (d) => ({
    caption: 'The counts of the attacks: who counted, when, and what',
    columns: [
      { key: 'who', label: 'Count' },
      { key: 'value', label: 'Number', numeric: true },
      { key: 'unit', label: 'Of' },
      { key: 'asOf', label: 'As of' },
      { key: 'label', label: 'What it counts' },
      { key: 'note', label: 'Caveat' },
      { key: 'sources', label: 'Sources' },
    ],
    rows: countRows(d).map((r) => ({
      id: r.id,
      who: r.row,
      value: r.value,
      unit: r.unit,
      asOf: formatDate(r.asOf),
      label: r.label,
      note: r.note,
      sources: outletList(d, r.sources),
    })),
  }),
  inputs: (d) => countBars(countRows(d)),
  render: (bars, { width, document }) => drawCounts(bars, { document, width }),
  legend: () => [
    { swatch: { square: square('prosecutors') }, label: 'Anti-terror prosecutors' },
    { swatch: { square: square('ministry') }, label: 'Interior ministry' },
    { swatch: { square: square('established') }, label: 'This story: established' },
    { swatch: { square: square('unconfirmed') }, label: 'This story: unconfirmed' },
    { swatch: { square: square('vehicles') }, label: 'Vehicles burned' },
  ],
  notes: () => [
    'The counts differ by scope: the prosecutors counted only the acts in their case; the ministry, every incident reported.',
  ],
});
