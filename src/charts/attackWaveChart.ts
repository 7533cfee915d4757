/**
 * The attack wave: one mark per incident, stacked in the column of its night, from the first night
 * of the wave to the last. Colour and shape give the type; incidents whose link to the wave is
 * unconfirmed are hollow and dashed; key moments are annotated in words.
 */
import { scaleBand } from 'd3';
import type { Incident, Place } from '../data/schema.ts';
import { shortDay } from '../data/format.ts';
import { typeLabel } from '../data/labels.ts';
import { formats } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { buildDocument, r1, svgEl, svgText } from '../draw/dom.ts';
import { typeClass, typeSymbolPath } from '../draw/symbols.ts';
import { INCIDENT_TYPES } from '../data/vocabulary.ts';
import { TEXT_PX, WIDE } from '../draw/sizes.ts';

export interface WaveAnnotation {
  id: string;
  text: string;
}

export interface AttackWaveOptions {
  document?: Document;
  /** Drawing width in pixels: NARROW (320) for phones, WIDE (720). Default WIDE. */
  width?: number;
  /** Font size of labels in pixels, before scaling. Default 14 (narrow) or 15 (wide). */
  fontSize?: number;
  /** Incidents to annotate, with their label. */
  annotations?: WaveAnnotation[];
  /** The night in focus ("all" or absent: none dimmed). */
  night?: string | undefined;
  /** Incident ids to emphasise. */
  highlight?: string[] | undefined;
}

export interface AttackWaveData {
  nights: string[];
  incidents: Incident[];
  places: Map<string, Place>;
  /** The axis title, in the page's language; default "Night starting on… (Apr 2025)". */
  axisLabel?: string;
  /** The language of the marks' titles (type names, punctuation); default English. */
  lang?: Lang;
}

const defaults = { width: WIDE, fontSize: TEXT_PX };

/** The most incidents a night's column draws one by one; beyond it, columns stack by type. */
export const MAX_MARKS = 12;

/**
 * A night's incidents as stacked bars, one per type and standing (established, then unconfirmed),
 * bottom up, with the night's total above them; each bar's title says what it counts.
 */
function stacks(
  doc: Document,
  incidents: Incident[],
  o: { cx: number; band: number; baseline: number; step: number; fontSize: number },
  lang: Lang,
): SVGElement[] {
  const bars: SVGElement[] = [];
  let y = o.baseline;
  for (const unconfirmed of [false, true])
    for (const type of INCIDENT_TYPES) {
      const n = incidents.filter(
        (i) => i.type === type && (i.link === 'unconfirmed') === unconfirmed,
      ).length;
      if (!n) continue;
      const h = n * o.step;
      y -= h;
      const bar = svgEl(doc, 'rect', {
        class: ['mark', 'stack', typeClass(type), unconfirmed ? 'is-unconfirmed' : '']
          .filter(Boolean)
          .join(' '),
        x: r1(o.cx - o.band * 0.35),
        y: r1(y),
        width: r1(o.band * 0.7),
        height: r1(h),
        'data-type': type,
        'data-count': n,
      });
      const title = svgEl(doc, 'title');
      title.textContent = `${typeLabel(type, lang)}${formats(lang).colon} ${n}`;
      bar.append(title);
      bars.push(bar);
    }
  // The established incidents of the night, above its column, where the number fits the band.
  const firm = String(incidents.filter((i) => i.link !== 'unconfirmed').length);
  if (firm.length * 0.62 * o.fontSize <= o.band)
    bars.push(
      svgText(doc, firm, {
        x: r1(o.cx),
        y: r1(y - o.fontSize * 0.3),
        'text-anchor': 'middle',
        class: 'stack-total',
      }),
    );
  return bars;
}

/** The options with their defaults, checked once; the drawing reads only these fields. */
function normalize(options: AttackWaveOptions) {
  const o = {
    document: options.document ?? buildDocument(),
    width: options.width ?? defaults.width,
    fontSize: options.fontSize ?? defaults.fontSize,
    annotations: options.annotations ?? [],
    night: options.night,
    highlight: options.highlight ?? [],
  };
  if (!(Number.isFinite(o.width) && o.width > 0)) throw new Error(`invalid width: ${o.width}`);
  if (!(o.fontSize > 0)) throw new Error(`invalid fontSize: ${o.fontSize}`);
  return o;
}

export function attackWaveChart(
  data: AttackWaveData,
  options: AttackWaveOptions = {},
): SVGSVGElement {
  const o = normalize(options);
  const { fontSize } = o;
  if (!data.nights.length) throw new Error('invalid nights: the wave has no nights');
  const doc = o.document;
  const lang = data.lang ?? 'en';
  const byNight = new Map(data.nights.map((n) => [n, [] as Incident[]]));
  for (const i of data.incidents) byNight.get(i.night)?.push(i);
  const tallest = Math.max(1, ...[...byNight.values()].map((l) => l.length));
  // A night with more than a handful of incidents: each night's column becomes stacked bars, one
  // per type (established first, then the unconfirmed, hollow), in a column no taller than
  // MAX_MARKS marks would be.
  const stacked = tallest > MAX_MARKS;
  const margin = {
    // In stacked columns, a line more for each night's total above its column.
    top: 12 + (o.annotations.length + 0.5 + (stacked ? 1 : 0)) * (fontSize + 6),
    right: 6,
    bottom: fontSize * 2.8,
    left: 6,
  };
  const x = scaleBand<string>()
    .domain(data.nights)
    .range([margin.left, o.width - margin.right])
    .paddingInner(0.12);
  const band = x.bandwidth();
  const step = stacked ? (Math.min(band, 26) * MAX_MARKS) / tallest : Math.min(band, 26);
  const markArea = (step * 0.72) ** 2;
  const plotHeight = tallest * step + 4;
  const height = margin.top + plotHeight + margin.bottom;
  const baseline = margin.top + plotHeight;

  const svg = svgEl(doc, 'svg', {
    viewBox: `0 0 ${o.width} ${r1(height)}`,
    width: o.width,
    height: r1(height),
    class: 'attack-wave',
    'data-night': o.night ?? 'all',
    'aria-hidden': 'true',
    focusable: 'false',
    'font-size': fontSize,
  });

  const columns = svgEl(doc, 'g', { class: 'nights' });
  for (const night of data.nights) {
    const cx = x(night)! + band / 2;
    const col = svgEl(doc, 'g', { class: 'night', 'data-night': night });
    if (o.night && o.night !== 'all' && o.night !== night)
      col.setAttribute('class', 'night is-dimmed');
    col.append(
      svgEl(doc, 'rect', {
        class: 'night-band',
        x: r1(x(night)!),
        y: r1(margin.top - 4),
        width: r1(band),
        height: r1(plotHeight + 4),
      }),
    );
    if (stacked)
      col.append(...stacks(doc, byNight.get(night)!, { cx, band, baseline, step, fontSize }, lang));
    else
      byNight.get(night)!.forEach((incident, k) => {
        const cy = baseline - step / 2 - k * step;
        const classes = [
          'mark',
          typeClass(incident.type),
          incident.link === 'unconfirmed' ? 'is-unconfirmed' : '',
          o.highlight.includes(incident.id) ? 'is-highlighted' : '',
        ]
          .filter(Boolean)
          .join(' ');
        const place = data.places.get(incident.place);
        const mark = svgEl(doc, 'path', {
          class: classes,
          d: typeSymbolPath(incident.type, markArea),
          transform: `translate(${r1(cx)},${r1(cy)})`,
          'data-id': incident.id,
          'data-night': night,
        });
        const title = svgEl(doc, 'title');
        title.textContent = `${typeLabel(incident.type, lang)}, ${place?.name ?? incident.place}`;
        mark.append(title);
        col.append(mark);
      });
    const label = svgText(doc, String(Number(night.slice(8))), {
      x: r1(cx),
      y: r1(baseline + fontSize * 1.2),
      'text-anchor': 'middle',
      class: 'axis-label',
    });
    col.append(label);
    columns.append(col);
  }
  svg.append(columns);
  svg.append(
    svgText(
      doc,
      data.axisLabel ?? `Night starting on… (${shortDay(data.nights[0]!).split(' ')[1]} 2025)`,
      {
        x: margin.left,
        y: r1(baseline + fontSize * 2.5),
        class: 'axis-title',
      },
    ),
  );

  const notes = svgEl(doc, 'g', { class: 'annotations' });
  o.annotations.forEach((a, k) => {
    const incident = data.incidents.find((i) => i.id === a.id);
    if (!incident) throw new Error(`invalid annotation: no incident "${a.id}" in the wave`);
    // The leader stops above the column, so it never crosses other marks; the mark itself is outlined.
    const stack = byNight.get(incident.night)!;
    const cx = x(incident.night)! + band / 2;
    const cy = baseline - stack.length * step + step * 0.3;
    columns.querySelector(`[data-id="${a.id}"]`)?.classList.add('is-annotated');
    const ty = 10 + (k + 1) * (fontSize + 6);
    const anchor = cx < o.width * 0.33 ? 'start' : cx > o.width * 0.67 ? 'end' : 'middle';
    const tx =
      anchor === 'start'
        ? Math.max(margin.left, cx - 6)
        : anchor === 'end'
          ? Math.min(o.width - margin.right, cx + 6)
          : cx;
    notes.append(
      svgEl(doc, 'line', {
        class: 'leader',
        x1: r1(cx),
        x2: r1(cx),
        y1: r1(ty + 4),
        y2: r1(stacked ? cy - step * 0.3 - fontSize * 1.3 : cy - step * 0.45),
      }),
    );
    notes.append(
      svgText(doc, a.text, { x: r1(tx), y: r1(ty), 'text-anchor': anchor, class: 'annotation' }),
    );
  });
  svg.append(notes);
  return svg;
}
