/**
 * The policy timeline: every event on a time axis, one lane per strand (background, policy, law,
 * attacks, investigation). A day is a dot; a month is a bar across the month; a season a faint
 * band across its three months, so no date looks more precise than the sources make it. Key
 * events carry numbers, keyed to a list beside the chart. Horizontal when wide, vertical on phones.
 */
import { scaleUtc, utcMonth } from 'd3';
import type { TimelineEvent } from '../data/schema.ts';
import { TIMELINE_CATEGORIES } from '../data/schema.ts';
import { datePrecision } from '../data/format.ts';
import { categoryLabel } from '../data/labels.ts';
import { LOCALE, type Lang } from '../i18n/lang.ts';
import { buildDocument, r1, svgEl, svgText } from '../draw/dom.ts';
import { NARROW, TEXT_PX, WIDE } from '../draw/sizes.ts';

export interface PolicyTimelineOptions {
  document?: Document;
  /** "horizontal" (wide screens, WIDE px) or "vertical" (phones, NARROW px). Default horizontal. */
  orientation?: 'horizontal' | 'vertical';
  fontSize?: number;
  /** The stretch of time in focus, as partial dates [from, to]; events outside it are dimmed. */
  range?: [string, string] | undefined;
  /** Event ids to emphasise. */
  highlight?: string[] | undefined;
  /** The language of its words (month names, lane names); default English. */
  lang?: Lang;
}

/** A month on the axis, short, in the edition's language ("Apr", "avr."). */
const monthShort = (lang: Lang, month: Date) =>
  new Intl.DateTimeFormat(LOCALE[lang], { month: 'short', timeZone: 'UTC' }).format(month);
const SEASON_START: Record<string, number> = { spring: 2, summer: 5, autumn: 8, winter: 11 };

/** The stretch of time a partial date covers, as [start, end) in UTC. */
export function dateSpan(date: string): [Date, Date] {
  const [y, rest, day] = date.split('-');
  const year = Number(y);
  switch (datePrecision(date)) {
    case 'day': {
      const d = Date.UTC(year, Number(rest) - 1, Number(day));
      return [new Date(d), new Date(d + 86_400_000)];
    }
    case 'month':
      return [
        new Date(Date.UTC(year, Number(rest) - 1, 1)),
        new Date(Date.UTC(year, Number(rest), 1)),
      ];
    case 'season': {
      const m = SEASON_START[rest!]!;
      return [new Date(Date.UTC(year, m, 1)), new Date(Date.UTC(year, m + 3, 1))];
    }
    default:
      return [new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year + 1, 0, 1))];
  }
}

/** The most events a timeline draws each on its own; beyond it, events on one spot share a mark. */
export const MAX_EVENTS = 80;

export function policyTimeline(
  events: TimelineEvent[],
  options: PolicyTimelineOptions = {},
): SVGSVGElement {
  const doc = options.document ?? buildDocument();
  const vertical = options.orientation === 'vertical';
  const fontSize = options.fontSize ?? TEXT_PX;
  const highlight = options.highlight ?? [];
  const lang = options.lang ?? 'en';
  const range = options.range; // [from, to] as partial dates, or undefined: every event in focus
  if (!events.length) throw new Error('invalid events: the timeline is empty');
  const spans = events.map((e) => dateSpan(e.date));
  const start = utcMonth.floor(new Date(Math.min(...spans.map((s) => +s[0]))));
  const end = utcMonth.ceil(new Date(Math.max(...spans.map((s) => +s[1]))));
  const lanes = TIMELINE_CATEGORIES.filter((c) => events.some((e) => e.category === c));
  const laneSize = vertical ? 47 : 34;
  const labelBand = vertical ? fontSize * 2.2 : fontSize * 7.8;
  const width = vertical ? NARROW : WIDE;
  const timeLength = vertical ? 640 : width - labelBand - 16;
  const height = vertical ? timeLength + fontSize * 4.4 : lanes.length * laneSize + fontSize * 3.4;
  const t0 = vertical ? fontSize * 3.4 : labelBand;
  const time = scaleUtc()
    .domain([start, end])
    .range([t0, t0 + timeLength])
    .clamp(true);
  const laneAt = (c: string) =>
    vertical
      ? fontSize * 4.8 + lanes.indexOf(c as never) * laneSize
      : 8 + lanes.indexOf(c as never) * laneSize + laneSize / 2;
  // Position along the time axis and across the lanes, whatever the orientation.
  const at = (t: number, lane: number) => (vertical ? { x: lane, y: t } : { x: t, y: lane });

  const svg = svgEl(doc, 'svg', {
    viewBox: `0 0 ${width} ${r1(height)}`,
    width,
    height: r1(height),
    class: `policy-timeline is-${vertical ? 'vertical' : 'horizontal'}`,
    'aria-hidden': 'true',
    focusable: 'false',
    'font-size': fontSize,
  });

  const axis = svgEl(doc, 'g', { class: 'axis' });
  let labelled = false; // the first label carries its year, so the axis never starts with a bare month
  for (const month of utcMonth.range(start, end)) {
    const p = time(month);
    const isYear = month.getUTCMonth() === 0;
    const tick = vertical
      ? svgEl(doc, 'line', {
          x1: fontSize * 4.6,
          x2: width - 4,
          y1: r1(p),
          y2: r1(p),
          class: isYear ? 'tick tick--year' : 'tick',
        })
      : svgEl(doc, 'line', {
          x1: r1(p),
          x2: r1(p),
          y1: 4,
          y2: r1(lanes.length * laneSize + 10),
          class: isYear ? 'tick tick--year' : 'tick',
        });
    axis.append(tick);
    const quarterly = month.getUTCMonth() % 3 === 0;
    if (quarterly || isYear) {
      const text =
        isYear || !labelled
          ? `${monthShort(lang, month)} ${month.getUTCFullYear()}`
          : monthShort(lang, month);
      labelled = true;
      axis.append(
        vertical
          ? svgText(doc, text, { x: 2, y: r1(p + fontSize * 0.35), class: 'axis-label' })
          : svgText(doc, text, {
              x: r1(p + 2),
              y: r1(lanes.length * laneSize + 10 + fontSize * 1.2),
              class: 'axis-label',
            }),
      );
    }
  }
  svg.append(axis);

  const laneGroup = svgEl(doc, 'g', { class: 'lanes' });
  lanes.forEach((lane, k) => {
    const c = laneAt(lane);
    // On phones, lane labels alternate between two rows so neighbours never overlap.
    laneGroup.append(
      vertical
        ? svgText(doc, categoryLabel(lane, lang), {
            x: r1(c),
            y: r1(fontSize * (k % 2 ? 2.5 : 1.2)),
            'text-anchor': 'middle',
            class: 'lane-label',
          })
        : svgText(doc, categoryLabel(lane, lang), {
            x: 0,
            y: r1(c + fontSize * 0.35),
            class: 'lane-label',
          }),
    );
  });
  svg.append(laneGroup);

  const [from, to] = range
    ? [dateSpan(range[0])[0], dateSpan(range[1])[1]]
    : [undefined, undefined];
  const marks = svgEl(doc, 'g', { class: 'events' });
  let keyNumber = 0;
  const lastKey = new Map<string, number>();
  // A crowded timeline draws events that would fall on the same spot of a lane as one mark, which
  // counts them (its title: the first event's, "+2" more); key events are always their own.
  const crowded = events.length > MAX_EVENTS;
  const sameSpot = new Map<string, { g: SVGGElement; title: string; n: number }>();
  events.forEach((event, k) => {
    const [s, e] = spans[k]!;
    const lane = laneAt(event.category);
    const precision = datePrecision(event.date);
    const dimmed = from && to && (e <= from || s >= to);
    const spot = [event.category, precision, Math.round(time(s) / 4), Math.round(time(e) / 4)];
    const spotKey = `${spot.join('|')}|${!!dimmed}|${highlight.includes(event.id)}`;
    const shared = crowded && !event.key ? sameSpot.get(spotKey) : undefined;
    if (shared) {
      shared.n += 1;
      shared.g.setAttribute('data-count', String(shared.n));
      shared.g.querySelector('title')!.textContent = `${shared.title} (+${shared.n - 1})`;
      return;
    }
    const classes = [
      'mark',
      `c-${event.category}`,
      `p-${precision}`,
      dimmed ? 'is-dimmed' : '',
      highlight.includes(event.id) ? 'is-highlighted' : '',
      event.key ? 'is-key' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const g = svgEl(doc, 'g', { class: classes, 'data-id': event.id });
    if (precision === 'day') {
      const p = at(time(s), lane);
      g.append(svgEl(doc, 'circle', { cx: r1(p.x), cy: r1(p.y), r: event.key ? 6 : 4.5 }));
    } else {
      const a = at(time(s), lane - 5);
      const b = at(time(e), lane + 5);
      g.append(
        svgEl(doc, 'rect', {
          x: r1(Math.min(a.x, b.x)),
          y: r1(Math.min(a.y, b.y)),
          width: r1(Math.abs(b.x - a.x)),
          height: r1(Math.abs(b.y - a.y)),
          rx: 5,
        }),
      );
    }
    if (event.key) {
      keyNumber += 1;
      const p = at(time(s), lane);
      // Numbers sit beside their mark (right of it on phones, above it when wide); in a crowded
      // stretch each is pushed along the time axis just past the previous one in its lane.
      const along = vertical ? p.y : p.x;
      // Apart by a line's height where numbers stack (on phones), by a digit's width side by side.
      const gap = fontSize * (vertical ? 1.3 : 1.1);
      const placed = Math.max(along, (lastKey.get(event.category) ?? -Infinity) + gap);
      lastKey.set(event.category, placed);
      const label = vertical
        ? { x: p.x + 14, y: placed + fontSize * 0.35 }
        : { x: placed, y: p.y - 10 };
      if (placed - along > 2) {
        const from = vertical ? { x: p.x + 5, y: p.y } : { x: p.x, y: p.y - 5 };
        const to = vertical ? { x: label.x - 2, y: placed } : { x: placed, y: label.y + 2 };
        g.append(
          svgEl(doc, 'line', {
            class: 'key-leader',
            x1: r1(from.x),
            y1: r1(from.y),
            x2: r1(to.x),
            y2: r1(to.y),
          }),
        );
      }
      g.append(
        svgText(doc, String(keyNumber), {
          x: r1(label.x),
          y: r1(label.y),
          'text-anchor': vertical ? 'start' : 'middle',
          class: 'key-number',
        }),
      );
    }
    const title = svgEl(doc, 'title');
    title.textContent = event.title;
    g.append(title);
    marks.append(g);
    if (crowded && !event.key) sameSpot.set(spotKey, { g, title: event.title, n: 1 });
  });
  svg.append(marks);
  return svg;
}
