/**
 * Each graphic's caption, computed from the data: the takeaway title, the description (the text
 * alternative a screen reader reads, and the line under the title) and the ids of the sources
 * behind it. Pure: dataset and step state in, words out. The Astro wrappers print it, the content
 * lints (`npm run check`) measure it, and share images can reuse it, so a graphic says the same
 * thing everywhere.
 *
 *   graphicCaption('attack-map', dataset, { state: { night: '2025-04-14' } })
 *   → { title: 'The attacks reached prisons and homes across France',
 *       description: 'Night of 14–15 April: seven incidents. The map shows all 16 located places; …',
 *       sources: ['afp-…', …] }
 */
import type { Dataset, Statistic } from '../data/schema.ts';
import { formatDate, formatNumber, nightLabel } from '../data/format.ts';
import { typeLabel } from '../data/tables.ts';
import { countsByType, established, statistic, TRAFFICKERS_CHAIN, unconfirmed, waveIncidents, waveNights } from '../data/views.ts';
import { mapPlaces } from '../map/mapPlaces.ts';
import type { GraphicId, StepState } from '../scrolly/stepState.ts';

export interface GraphicCaption {
  /** The takeaway title, one line. */
  title: string;
  /** The text alternative, written from the data: what the reader would see, in words. */
  description: string;
  /** Ids of the sources (data file `sources[].id`) behind what the graphic shows, each once, in record order. */
  sources: string[];
}

export interface CaptionOptions {
  /**
   * The scrolly step's state (src/scrolly/stepState.ts); absent fields mean the graphic's default.
   * The same words serve every variant (full figure, step snapshot, sticky graphic).
   */
  state?: StepState | undefined;
}

/** The caption of one graphic, for the current data and (optionally) one scrolly step's state. */
export function graphicCaption(id: GraphicId, d: Dataset, options: CaptionOptions = {}): GraphicCaption {
  const { state = {} } = options;
  switch (id) {
    case 'attack-map':
      return attackMapCaption(d, state);
    case 'attack-wave':
      return attackWaveCaption(d);
    case 'traffickers':
      return traffickersCaption(d);
    case 'policy-timeline':
      return policyTimelineCaption(d);
  }
}

const unique = (ids: string[]) => [...new Set(ids)];

/** ", and two more whose link to the wave is unconfirmed (drawn hollow)", or nothing when there are none. */
function besides(n: number, noun = '', more = true): string {
  const what = [more ? 'more' : '', noun].filter(Boolean).join(' ');
  return n ? `, and ${formatNumber(n, 'words')}${what ? ` ${what}` : ''} whose link to the wave is unconfirmed (drawn hollow)` : '';
}

function attackMapCaption(d: Dataset, state: StepState): GraphicCaption {
  const { located, unlocated } = mapPlaces(d);
  const wave = waveIncidents(d);
  const night = state.night && state.night !== 'all' ? wave.filter((i) => i.night === state.night) : undefined;
  const firm = located.filter((p) => !p.unconfirmed);
  const plural = (n: number, one: string, many: string) => `${formatNumber(n, 'words')} ${n === 1 ? one : many}`;
  const firmThatNight = night ? established(night).length : 0;
  const description = night
    ? `Night of ${nightLabel(state.night!)}: ${firmThatNight ? plural(firmThatNight, 'established incident', 'established incidents') : 'no established incident'}` +
      `${besides(unconfirmed(night).length, '', firmThatNight > 0)}. ` +
      `The map shows all ${located.length} located places; those hit that night are drawn in full.`
    : `${firm.length} places on the map with established incidents${besides(located.length - firm.length, located.length - firm.length === 1 ? 'place' : 'places')}; ` +
      `${unlocated.length} more ${unlocated.length === 1 ? 'has' : 'have'} no sourced location, so ${unlocated.length === 1 ? 'it is' : 'they are'} listed rather than drawn. ` +
      `The most-hit place: ${[...firm].sort((a, b) => b.count - a.count)[0]?.name ?? 'none'}.`;
  return {
    title: 'The attacks reached prisons and homes across France',
    description,
    sources: unique(d.incidents.flatMap((i) => i.sources)),
  };
}

/** Counts and the busiest night are of established incidents; the unconfirmed are given beside them. */
function attackWaveCaption(d: Dataset): GraphicCaption {
  const all = waveIncidents(d);
  const incidents = established(all);
  const nights = waveNights(d);
  const onNight = (night: string) => incidents.filter((i) => i.night === night).length;
  const busiest = [...nights].sort((a, b) => onNight(b) - onNight(a))[0]!;
  const nightsWith = new Set(incidents.map((i) => i.night)).size;
  const description =
    `${formatNumber(incidents.length)} established incidents over ${formatNumber(nights.length, 'words')} nights, ${nightLabel(nights[0]!)} to ${nightLabel(nights.at(-1)!)}` +
    `${besides(unconfirmed(all).length)}; ` +
    `the busiest night was ${nightLabel(busiest)}, with ${formatNumber(onNight(busiest), 'words')} established. ` +
    `${countsByType(incidents).map((t) => `${typeLabel(t.type)}: ${t.count}`).join('; ')}.`;
  return {
    title: `Attacks on ${formatNumber(nightsWith, 'words')} of the ${formatNumber(nights.length, 'words')} nights from ${dayRange(nights[0]!, nights.at(-1)!)}`,
    description,
    sources: unique(all.flatMap((i) => i.sources)),
  };
}

/** The sourced chain, in the sources' words: the 700 is AFP's count, not an official ranking. */
function traffickersCaption(d: Dataset): GraphicCaption {
  const stats = TRAFFICKERS_CHAIN.map(({ stat }) => statistic(d, stat));
  const [total, drug, dangerous, isolate, first] = stats as [Statistic, Statistic, Statistic, Statistic, Statistic];
  const f = (n: number) => formatNumber(n);
  return {
    title: `${f(isolate.value)} to be isolated, of ${f(drug.value)} held for drug offences`,
    description:
      `Of ${f(total.value)} people in French prisons (${formatDate(total.asOf)}), ${f(drug.value)} were held for drug offences, the justice minister said; ` +
      `AFP counted ${f(dangerous.value)} "most dangerous" traffickers among them, not an official ranking. ` +
      `The government planned to isolate ${f(isolate.value)} in two high-security prisons, and the first ${f(first.value)} were moved on ${formatDate(first.asOf)}. ` +
      'Each square is 100 people.',
    sources: unique(stats.flatMap((s) => s.sources)),
  };
}

/** The key events are listed, numbered, under the timeline in every variant, so the description does not repeat them. */
function policyTimelineCaption(d: Dataset): GraphicCaption {
  const events = d.timeline;
  return {
    title: 'A year of escalation, from the Amra escape to the high-security prisons',
    description: `${events.length} events from ${formatDate(events[0]!.date)} to ${formatDate(events.at(-1)!.date)}, in ${new Set(events.map((e) => e.category)).size} strands.`,
    sources: unique(events.flatMap((e) => e.sources)),
  };
}

/** Two days as a span readers say: "13 to 24 April", "30 April to 2 May", "28 December 2025 to 3 January 2026". */
export function dayRange(from: string, to: string): string {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const sameMonth = sameYear && from.slice(0, 7) === to.slice(0, 7);
  const start = sameMonth ? String(Number(from.slice(8, 10))) : formatDate(from, { year: !sameYear });
  return `${start} to ${formatDate(to, { year: !sameYear })}`;
}
