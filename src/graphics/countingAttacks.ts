/**
 * Counting the attacks: how the official counts grew and why they differ. The anti-terror
 * prosecutors' acts on 17, 22 and 28 April, the Interior ministry's wider count, this story's own
 * incidents (established and unconfirmed) and the vehicles burned; every number from the data file,
 * with its sources. Drawn with Observable Plot (src/charts/countingAttacks.ts).
 */
import type { Dataset } from '../data/schema.ts';
import { dataLang } from '../data/translations.ts';
import { formats } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { ui } from '../i18n/ui/index.ts';
import { outletList } from '../data/labels.ts';
import { statistic, waveIncidents } from '../data/views.ts';
import { storyNumber } from '../data/storyNumbers.ts';
import { countingAttacks as drawCounts, type CountBar } from '../charts/countingAttacks.ts';
import { unique } from './unique.ts';
import { defineGraphic } from './types.ts';
import { labelledColumns } from './columns.ts';

/** The official counts it draws, by statistic id, with who counted and the kind of bar. */
const OFFICIAL = [
  { id: 'pnat-acts-17-april', who: 'prosecutors', kind: 'prosecutors' },
  { id: 'pnat-acts-22-april', who: 'prosecutors', kind: 'prosecutors' },
  { id: 'pnat-acts-28-april', who: 'prosecutors', kind: 'prosecutors', about: true },
  { id: 'interior-ministry-acts', who: 'ministry', kind: 'ministry' },
  { id: 'vehicles-burned-17-april', who: 'vehicles', kind: 'vehicles' },
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
  const lang = dataLang(d);
  const t = ui(lang).countingAttacks;
  const official = OFFICIAL.map(({ id, who, kind, ...rest }) => {
    const s = statistic(d, id);
    return {
      id,
      row: t.row(t.who[who]!, formats(lang).date(s.asOf, { year: false })),
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
    row: t.who.ours!,
    kind: link,
    value: storyNumber(d, link === 'established' ? 'wave.incidents' : 'wave.unconfirmed'),
    unit: t.oursUnit,
    about: false,
    asOf: d.meta.checked,
    label: t.oursLabel(lang === 'en' ? link : ui(lang).labels.link[link]!),
    note: t.oursNote[link],
    sources: unique(wave.filter((i) => i.link === link).flatMap((i) => i.sources)),
  }));
  return [...official.slice(0, 4), ...ours, official[4]!];
}

/** The bars: one per official count; this story's two counts end to end on one row. */
export function countBars(rows: CountRow[], lang: Lang = 'en'): CountBar[] {
  const f = formats(lang);
  const bars: CountBar[] = [];
  const at = new Map<string, number>();
  rows.forEach((r, k) => {
    const x1 = at.get(r.row) ?? 0;
    at.set(r.row, x1 + r.value);
    const last = rows.findLastIndex((x) => x.row === r.row) === k;
    const same = rows.filter((x) => x.row === r.row);
    const text =
      same.length > 1
        ? `${same.map((x) => f.number(x.value)).join(' + ')} ${r.unit}`
        : `${r.about ? ui(lang).countingAttacks.about : ''}${f.number(r.value)} ${r.unit}`;
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
    const lang = dataLang(d);
    const fm = formats(lang);
    const t = ui(lang).countingAttacks;
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
    const f = (r: CountRow) => fm.number(r.value);
    const day = (r: CountRow) => fm.date(r.asOf, { year: false });
    return {
      title: t.title(f(p17), f(p28), f(ministry)),
      description: t.description(
        f(p17),
        day(p17),
        f(p22),
        day(p22),
        f(p28),
        day(p28),
        f(ministry),
        day(ministry),
        f(established),
        f(unconfirmed),
        f(vehicles),
      ),
      sources: unique(rows.flatMap((r) => r.sources)),
    };
  },
  table: (d) => {
    const lang = dataLang(d);
    const t = ui(lang).countingAttacks;
    return {
      caption: t.tableCaption,
      columns: labelledColumns(t.columns, ['value']),
      rows: countRows(d).map((r) => ({
        id: r.id,
        who: r.row,
        value: r.value,
        unit: r.unit,
        asOf: formats(lang).date(r.asOf),
        label: r.label,
        note: r.note,
        sources: outletList(d, r.sources),
      })),
    };
  },
  inputs: (d) => ({ bars: countBars(countRows(d), dataLang(d)), lang: dataLang(d) }),
  render: ({ bars, lang }, { width, document }) =>
    drawCounts(bars, { document, width, ariaLabel: ui(lang).countingAttacks.ariaLabel }),
  legend: (d) => {
    const t = ui(dataLang(d)).countingAttacks.legend;
    return (['prosecutors', 'ministry', 'established', 'unconfirmed', 'vehicles'] as const).map(
      (kind) => ({ swatch: { square: square(kind) }, label: t[kind] }),
    );
  },
  notes: (d) => [ui(dataLang(d)).countingAttacks.note],
});
