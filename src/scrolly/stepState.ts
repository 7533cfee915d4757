/**
 * A scrolly step's state, from the flat string props editors write in MDX
 * (<Step id="toulon" night="2025-04-14" focus="south-east" highlight="I08">), checked against the
 * data so a typo stops the build with a message naming the story file, the step and the value.
 */
import type { Dataset } from '../data/schema.ts';
import { partialDate } from '../data/schema.ts';
import { UNIT_FOCUS as UNIT_STATES } from '../charts/unitChart700.ts';
import { SCROLLY_GRAPHICS, graphicById } from '../graphics/index.ts';

/** The ids of the graphics a <Scrolly> section may show (those with step props in the registry). */
export const GRAPHICS: readonly string[] = SCROLLY_GRAPHICS.map((g) => g.id);
export type GraphicId = string;

/** The unit chart's levels, from everyone in prison to the first transfer (src/charts/unitChart700.ts). */
export { UNIT_STATES };

export interface StepProps {
  id: string;
  /** In a translated story, the id of the same step in the English story (content/story.mdx): the language switch maps one to the other. */
  en?: string;
  night?: string;
  focus?: string;
  highlight?: string;
  range?: string;
  units?: string;
}

/** What a graphic is asked to show at one step; absent fields mean "the graphic's default". */
export interface StepState {
  night?: string;
  focus?: string;
  highlight?: string[];
  range?: [string, string];
  units?: (typeof UNIT_STATES)[number];
}

const STORY = 'content/story.mdx';
const list = (s: string | undefined) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** Which props a graphic understands (its registry entry's `steps`); any other prop on its steps is a mistake worth naming. */
const propsFor = (graphic: GraphicId): readonly (keyof StepState)[] =>
  graphicById(graphic).steps ?? [];

/**
 * Checks a step's props for a graphic and returns its state, or throws one error listing every
 * problem. `regions` are the map's named regions (src/map/regions.ts).
 */
export function stepState(
  graphic: GraphicId,
  props: StepProps,
  d: Dataset,
  regions: readonly string[],
): StepState {
  const { state, problems } = checkStep(graphic, props, d, regions);
  if (problems.length)
    throw new Error(
      `${STORY}: <Step id="${props.id}"> in the ${graphic} section:\n  ✗ ${problems.join('\n  ✗ ')}`,
    );
  return state;
}

/**
 * The state a step asks for and every problem with its props, each as `prop="value": what is
 * expected` (the content lints print them with the step's line; stepState throws them).
 */
export function checkStep(
  graphic: GraphicId,
  props: StepProps,
  d: Dataset,
  regions: readonly string[],
): { state: StepState; problems: string[] } {
  const problems: string[] = [];
  const say = (prop: string, value: string, expected: string) =>
    problems.push(`${prop}="${value}": ${expected}`);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(props.id ?? ''))
    say(
      'id',
      props.id ?? '',
      'a step id is lower-case letters, digits and hyphens, e.g. "first-night"',
    );

  for (const key of ['night', 'focus', 'highlight', 'range', 'units'] as const) {
    if (props[key] !== undefined && !propsFor(graphic).includes(key))
      say(
        key,
        props[key]!,
        `the ${graphic} graphic does not use "${key}"; it uses ${propsFor(graphic).join(', ')}`,
      );
  }

  const state: StepState = {};
  if (props.night !== undefined) {
    const nights = new Set(d.incidents.map((i) => i.night));
    if (props.night === 'all' || nights.has(props.night)) state.night = props.night;
    else
      say(
        'night',
        props.night,
        `"all" or the night of an incident, written YYYY-MM-DD (e.g. "${d.meta.wave.firstNight}")`,
      );
  }
  if (props.focus !== undefined) {
    const places = new Set(d.places.map((p) => p.id));
    const ids = list(props.focus);
    if (ids.length === 1 && regions.includes(ids[0]!)) state.focus = ids[0]!;
    else {
      const unknown = ids.filter((id) => !places.has(id));
      if (!ids.length || unknown.length)
        say(
          'focus',
          props.focus,
          `a region (${regions.join(', ')}) or place ids from the data file; unknown: ${unknown.join(', ') || '(empty)'}`,
        );
      else state.focus = ids.join(',');
    }
  }
  if (props.highlight !== undefined) {
    const known = new Set([...d.incidents.map((i) => i.id), ...d.timeline.map((t) => t.id)]);
    const ids = list(props.highlight);
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length)
      say(
        'highlight',
        props.highlight,
        `incident or timeline ids from the data file; unknown: ${unknown.join(', ')}`,
      );
    else state.highlight = ids;
  }
  if (props.range !== undefined) {
    const [from, to, ...rest] = props.range.split('..').map((s) => s.trim());
    const ok = (s: string | undefined) => s !== undefined && partialDate.safeParse(s).success;
    if (rest.length || !ok(from) || !ok(to) || from! > to!)
      say(
        'range',
        props.range,
        'two dates joined by "..", earliest first, e.g. "2024-05..2025-04-30"',
      );
    else state.range = [from!, to!];
  }
  if (props.units !== undefined) {
    if ((UNIT_STATES as readonly string[]).includes(props.units))
      state.units = props.units as (typeof UNIT_STATES)[number];
    else say('units', props.units, `one of ${UNIT_STATES.join(', ')}`);
  }
  return { state, problems };
}
