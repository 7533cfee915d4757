/**
 * The components the MDX story may use and the props an editor may give each one. Plain data (no
 * component imports), so the content lints (`npm run check`) read it without Astro; index.ts maps
 * the same names to the components, and the type checker keeps the two lists equal. Each
 * component's file documents what its props mean.
 */
export const STORY_COMPONENT_PROPS = {
  Num: ['of', 'format'],
  DateOf: ['event', 'year'],
  AttackMap: [],
  AttackWaveChart: [],
  UnitChart700: [],
  PolicyTimeline: [],
  Scrolly: ['graphic', 'label'],
  Step: ['id', 'night', 'focus', 'highlight', 'range', 'units'],
  SourceList: [],
  Methodology: [],
} as const satisfies Record<string, readonly string[]>;

export type StoryComponentName = keyof typeof STORY_COMPONENT_PROPS;

/** The components that draw a graphic, by the graphic id their caption has (src/charts/captions.ts). */
export const GRAPHIC_COMPONENTS = {
  AttackMap: 'attack-map',
  AttackWaveChart: 'attack-wave',
  UnitChart700: 'traffickers',
  PolicyTimeline: 'policy-timeline',
} as const satisfies Partial<Record<StoryComponentName, string>>;
