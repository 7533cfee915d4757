/**
 * The components the MDX story may use, by name. The story page passes this list to the MDX
 * content, so editors never write imports. Each prose component's file opens with what it shows
 * and its props; each graphic's tag is made from the graphic registry (graphicComponents.ts); the
 * gallery page shows each one live. src/story/componentProps.ts lists the same names as plain data for
 * the content lints.
 */
import Num from './Num.astro';
import DateOf from './DateOf.astro';
import Scrolly from './Scrolly.astro';
import Step from './Step.astro';
import SourceSummary from './SourceSummary.astro';
import Methodology from './Methodology.astro';
import { graphicComponents } from './graphicComponents.ts';

export const storyComponents: Record<string, unknown> = {
  Num,
  DateOf,
  ...graphicComponents,
  Scrolly,
  Step,
  SourceSummary,
  Methodology,
};
