/**
 * The policy timeline from the Amra escape to the high-security prisons, one lane per strand, date
 * precision shown honestly; numbered key events listed beside it. Horizontal when wide, vertical
 * on phones.
 */
import { datePrecision } from '../data/format.ts';
import { categoryLabel, outletList } from '../data/labels.ts';
import { dataLang } from '../data/translations.ts';
import { formats } from '../i18n/format.ts';
import { ui } from '../i18n/ui/index.ts';
import { policyTimeline as drawTimeline } from '../charts/policyTimeline.ts';
import { NARROW } from '../draw/sizes.ts';
import { unique } from './unique.ts';
import { defineGraphic } from './types.ts';
import { labelledColumns } from './columns.ts';

export const policyTimeline = defineGraphic({
  id: 'policy-timeline',
  label: 'Timeline from the Amra escape to the high-security prisons',
  component: 'PolicyTimeline',
  doc: 'The policy timeline from the Amra escape to the high-security prisons, one lane per strand, date precision shown honestly; numbered key events listed beside it. Horizontal when wide, vertical on phones. No props.',
  height: 1800,
  steps: ['range', 'highlight'],
  explorer: true,
  /** The key events are listed, numbered, under the timeline in every variant, so the description does not repeat them. */
  caption(d) {
    const lang = dataLang(d);
    const f = formats(lang);
    const t = ui(lang).policyTimeline;
    const events = d.timeline;
    return {
      title: t.title,
      description: t.description(
        events.length,
        f.date(events[0]!.date),
        f.date(events.at(-1)!.date),
        new Set(events.map((e) => e.category)).size,
      ),
      sources: unique(events.flatMap((e) => e.sources)),
    };
  },
  table: (d) => {
    const lang = dataLang(d);
    const f = formats(lang);
    const { policyTimeline: t, labels } = ui(lang);
    return {
      caption: t.tableCaption,
      columns: labelledColumns(t.columns),
      rows: d.timeline.map((e) => ({
        id: e.id,
        date: f.date(e.date),
        precision: lang === 'en' ? datePrecision(e.date) : labels.precision[datePrecision(e.date)]!,
        category: lang === 'en' ? e.category : categoryLabel(e.category, lang),
        title: e.title,
        summary: e.summary,
        sources: outletList(d, e.sources),
      })),
    };
  },
  inputs: (d) => ({ events: d.timeline, lang: dataLang(d) }),
  render: ({ events, lang }, { width, state, document }) =>
    drawTimeline(events, {
      document,
      lang,
      orientation: width <= NARROW ? 'vertical' : 'horizontal',
      range: state.range,
      highlight: state.highlight,
    }),
  legend: () => [],
  numbered: (d) => d.timeline.filter((e) => e.key).map((e) => ({ date: e.date, text: e.title })),
  notes: (d) => [ui(dataLang(d)).policyTimeline.note],
});
