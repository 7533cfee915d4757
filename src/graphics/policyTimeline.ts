/**
 * The policy timeline from the Amra escape to the high-security prisons, one lane per strand, date
 * precision shown honestly; numbered key events listed beside it. Horizontal when wide, vertical
 * on phones.
 */
import { datePrecision, formatDate } from '../data/format.ts';
import { outletList } from '../data/labels.ts';
import { policyTimeline as drawTimeline } from '../charts/policyTimeline.ts';
import { NARROW } from '../draw/sizes.ts';
import { unique } from './unique.ts';
import { defineGraphic } from './types.ts';

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
    const events = d.timeline;
    return {
      title: 'A year of escalation, from the Amra escape to the high-security prisons',
      description: `${events.length} events from ${formatDate(events[0]!.date)} to ${formatDate(events.at(-1)!.date)}, in ${new Set(events.map((e) => e.category)).size} strands.`,
      sources: unique(events.flatMap((e) => e.sources)),
    };
  },
  table: (d) => ({
    caption: 'From the Amra escape to the high-security prisons: the timeline',
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'precision', label: 'Date known to the' },
      { key: 'category', label: 'Strand' },
      { key: 'title', label: 'Event' },
      { key: 'summary', label: 'Details' },
      { key: 'sources', label: 'Sources' },
    ],
    rows: d.timeline.map((t) => ({
      id: t.id,
      date: formatDate(t.date),
      precision: datePrecision(t.date),
      category: t.category,
      title: t.title,
      summary: t.summary,
      sources: outletList(d, t.sources),
    })),
  }),
  inputs: (d) => d.timeline,
  render: (events, { width, state, document }) =>
    drawTimeline(events, {
      document,
      orientation: width <= NARROW ? 'vertical' : 'horizontal',
      range: state.range,
      highlight: state.highlight,
    }),
  legend: () => [],
  numbered: (d) => d.timeline.filter((e) => e.key).map((e) => ({ date: e.date, text: e.title })),
  notes: () => [
    'A dot is an event known to the day; a bar spans the month or season when sources give no more.',
  ],
});
