/**
 * The components the MDX story may use, by name. The story page passes this list to the MDX
 * content, so editors never write imports. Each component's file opens with what it shows and its
 * props; the gallery page shows each one live. storyComponentProps.ts lists the same names as plain
 * data for the content lints; `satisfies` keeps the two lists equal.
 */
import Num from './Num.astro';
import DateOf from './DateOf.astro';
import AttackMap from './AttackMap.astro';
import AttackWaveChart from './AttackWaveChart.astro';
import UnitChart700 from './UnitChart700.astro';
import PolicyTimeline from './PolicyTimeline.astro';
import Scrolly from './Scrolly.astro';
import Step from './Step.astro';
import SourceList from './SourceList.astro';
import Methodology from './Methodology.astro';
import type { StoryComponentName } from './storyComponentProps.ts';

export const storyComponents = { Num, DateOf, AttackMap, AttackWaveChart, UnitChart700, PolicyTimeline, Scrolly, Step, SourceList, Methodology } satisfies Record<StoryComponentName, unknown>;
