/**
 * The components the MDX story may use and the props an editor may give each one. Plain data (no
 * component imports), so the content lints (`npm run check`) read it without Astro; index.ts maps
 * the same names to the components. Each graphic's tag comes from the graphic registry
 * (src/graphics/index.ts) and takes no props; each other component's file documents its props.
 */
import { GRAPHICS } from '../graphics/index.ts';

const PROSE_COMPONENTS = {
  Num: ['of', 'format', 'gender'],
  DateOf: ['event', 'year'],
  Scrolly: ['graphic', 'label'],
  Step: ['id', 'en', 'night', 'focus', 'highlight', 'range', 'units'],
  SourceSummary: [],
  Methodology: [],
} as const satisfies Record<string, readonly string[]>;

type GraphicTags = { [G in (typeof GRAPHICS)[number] as G['component']]: G['id'] };

/** The components that draw a graphic: tag name → graphic id, from the registry. */
export const GRAPHIC_COMPONENTS = Object.fromEntries(
  GRAPHICS.map((g) => [g.component, g.id]),
) as GraphicTags;

/** Every component the story may use, with its props: the prose components, then one tag per graphic. */
export const STORY_COMPONENT_PROPS: typeof PROSE_COMPONENTS & {
  readonly [K in keyof GraphicTags]: readonly string[];
} = {
  Num: PROSE_COMPONENTS.Num,
  DateOf: PROSE_COMPONENTS.DateOf,
  ...(Object.fromEntries(GRAPHICS.map((g) => [g.component, [] as readonly string[]])) as Record<
    keyof GraphicTags,
    readonly string[]
  >),
  Scrolly: PROSE_COMPONENTS.Scrolly,
  Step: PROSE_COMPONENTS.Step,
  SourceSummary: PROSE_COMPONENTS.SourceSummary,
  Methodology: PROSE_COMPONENTS.Methodology,
};

export type StoryComponentName = keyof typeof STORY_COMPONENT_PROPS;
