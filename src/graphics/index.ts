/**
 * The graphic registry: every graphic the site draws, one module each. Pages, embeds, oEmbed files,
 * share images, data downloads, the component gallery, the content lints and the scrolly step
 * checks all loop over this list; no other file lists graphic ids. To add a graphic, write its
 * module (see types.ts) and add it here; then put its tag in content/story.mdx.
 */
import type { Dataset } from '../data/schema.ts';
import type { TableModel } from '../data/csv.ts';
import type { StepState } from '../scrolly/stepState.ts';
import type { Graphic, GraphicCaption, SectionEmbed } from './types.ts';
import { attackMap } from './attackMap.ts';
import { attackWave } from './attackWave.ts';
import { traffickers } from './traffickers.ts';
import { policyTimeline } from './policyTimeline.ts';
import { countingAttacks } from './countingAttacks.ts';
import { storyMap } from './storyMap.ts';

export type { Graphic, GraphicCaption, LegendItem, SectionEmbed } from './types.ts';

/** Every graphic, in the order the galleries show them. */
export const GRAPHICS = [
  attackMap,
  attackWave,
  traffickers,
  policyTimeline,
  countingAttacks,
] as const satisfies readonly Graphic<any>[];

/** The graphic beside the story's headline on the story's own share image. */
export const STORY_CARD_GRAPHIC = attackMap.id;

/** Sections of the story embedded whole. */
export const SECTION_EMBEDS: readonly SectionEmbed[] = [storyMap];

/** What can be embedded: each graphic, then each story section. */
export type Embed = Graphic<any> | SectionEmbed;
export const EMBEDS: readonly Embed[] = [...GRAPHICS, ...SECTION_EMBEDS];

export const isSection = (e: Embed): e is SectionEmbed => 'section' in e;

const known = (list: readonly { id: string }[]) => list.map((x) => x.id).join(', ');

/** The graphic with this id; throws naming the known ids. */
export function graphicById(id: string): Graphic<any> {
  const g = GRAPHICS.find((x) => x.id === id);
  if (!g) throw new Error(`No graphic has the id "${id}" (known: ${known(GRAPHICS)}).`);
  return g;
}

/** The embed with this id; throws naming the known ids. */
export function embedById(id: string): Embed {
  const e = EMBEDS.find((x) => x.id === id);
  if (!e) throw new Error(`No embeddable graphic has the id "${id}" (known: ${known(EMBEDS)}).`);
  return e;
}

/** The graphics a <Scrolly> section may show: those with step props. */
export const SCROLLY_GRAPHICS = GRAPHICS.filter((g) => g.steps);

/** The caption of one graphic, for the current data and (optionally) one scrolly step's state. */
export function graphicCaption(
  id: string,
  d: Dataset,
  options: { state?: StepState | undefined } = {},
): GraphicCaption {
  return graphicById(id).caption(d, options.state ?? {});
}

/** The data behind one graphic, as its table, CSV and JSON show it. */
export function graphicTable(d: Dataset, id: string): TableModel {
  return graphicById(id).table(d);
}
