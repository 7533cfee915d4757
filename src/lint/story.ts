/**
 * Lints of the MDX story against the data, without building: every component is a story
 * component with props it knows; every <Num of>, <DateOf event> and <Step> prop resolves against
 * the data; each <Scrolly> has a graphic, a label and only <Step>s inside. Returns the findings and
 * where each graphic appears (and in which step state), for the caption lints. Pure.
 */
import {
  STORY_COMPONENT_PROPS,
  GRAPHIC_COMPONENTS,
  type StoryComponentName,
} from '../story/componentProps.ts';
import { NUMBER_FORMATS } from '../data/format.ts';
import type { Dataset } from '../data/schema.ts';
import { storyDate, storyNumber } from '../data/storyNumbers.ts';
import { didYouMean } from '../data/spelling.ts';
import { REGION_NAMES } from '../map/regions.ts';
import { checkStep, GRAPHICS, type GraphicId, type StepState } from '../scrolly/stepState.ts';
import type { LintMessage } from './message.ts';
import { isElement, opening, prop, propNames, walk, type MdxNode } from './mdx.ts';

/** A graphic drawn by the story: by a component, or in one step of a <Scrolly>. */
export interface GraphicUse {
  graphic: GraphicId;
  state?: StepState;
  where: string;
  line?: number | undefined;
  column?: number | undefined;
}

const KNOWN = Object.keys(STORY_COMPONENT_PROPS) as StoryComponentName[];

/** Lints the story's tree; `d` is the validated data, or undefined when the data has problems (the data-dependent checks are then skipped). */
export function lintStory(
  tree: MdxNode,
  file: string,
  d: Dataset | undefined,
): { messages: LintMessage[]; uses: GraphicUse[] } {
  const messages: LintMessage[] = [];
  const uses: GraphicUse[] = [];
  const stepIds = new Map<string, number>();

  walk(tree, (node, around) => {
    if (!isElement(node) || !node.name) return;
    const at = { file, line: node.position?.start.line, column: node.position?.start.column };
    const say = (where: string, message: string, severity: LintMessage['severity'] = 'error') =>
      messages.push({ severity, ...at, where, message });
    const name = node.name;
    if (!/^[A-Z]/.test(name)) return; // HTML elements (img is checked with the images)
    if (!(name in STORY_COMPONENT_PROPS)) {
      say(
        `<${name}>`,
        `No story component is called "${name}".${didYouMean(name, KNOWN)} The story may use ${KNOWN.join(', ')} (src/components/index.ts)`,
      );
      return;
    }
    const component = name as StoryComponentName;
    const allowed: readonly string[] = STORY_COMPONENT_PROPS[component];
    for (const p of propNames(node).filter((p) => !allowed.includes(p)))
      say(
        `<${name} ${p}>`,
        `${name} has no prop "${p}".${didYouMean(p, allowed)} ${allowed.length ? `Its props are ${allowed.join(', ')}` : `It takes no props: write <${name} />`}`,
      );

    /** Runs the build's own lookup; its error, if any, is the finding. */
    const resolves = (where: string, lookup: () => unknown) => {
      try {
        lookup();
      } catch (error) {
        say(where, errorText(error));
      }
    };
    const text = (key: string, example: string): string | undefined => {
      const v = prop(node, key);
      if (v === undefined)
        say(opening(node, ...allowed), `Add ${key}="…", e.g. ${key}="${example}"`);
      else if (typeof v !== 'string')
        say(
          opening(node, key),
          `${key} is an expression, which only the build can check: write it as plain text, e.g. ${key}="${example}"`,
          'warning',
        );
      else return v;
      return undefined;
    };

    if (component === 'Num') {
      const of = text('of', 'wave.incidents');
      const format = prop(node, 'format');
      if (typeof format === 'string' && !(NUMBER_FORMATS as readonly string[]).includes(format))
        say(
          opening(node, 'of', 'format'),
          `format must be one of ${NUMBER_FORMATS.join(', ')}.${didYouMean(format, NUMBER_FORMATS)}`,
        );
      if (of !== undefined && d) resolves(opening(node, 'of'), () => storyNumber(d, of));
    } else if (component === 'DateOf') {
      const event = text('event', 'T01');
      if (event !== undefined && d) resolves(opening(node, 'event'), () => storyDate(d, event));
    } else if (component === 'Scrolly') {
      lintScrolly(node, say);
      const graphic = prop(node, 'graphic');
      if (typeof graphic === 'string' && (GRAPHICS as readonly string[]).includes(graphic)) {
        for (const step of (node.children ?? []).filter((c) => isElement(c) && c.name === 'Step')) {
          const props = Object.fromEntries(
            STORY_COMPONENT_PROPS.Step.flatMap((k) => {
              const v = prop(step, k);
              return typeof v === 'string' ? [[k, v]] : [];
            }),
          );
          const where = opening(step, 'id');
          const stepAt = {
            file,
            line: step.position?.start.line,
            column: step.position?.start.column,
          };
          if (!d) continue;
          const { state, problems } = checkStep(
            graphic as GraphicId,
            { id: props['id'] ?? '', ...props },
            d,
            REGION_NAMES,
          );
          for (const problem of problems)
            messages.push({
              severity: 'error',
              ...stepAt,
              where: `${where} in the ${graphic} section`,
              message: problem,
            });
          uses.push({
            graphic: graphic as GraphicId,
            state,
            where: `${where} in the ${graphic} section`,
            ...stepAt,
          });
        }
      }
    } else if (component === 'Step') {
      if (around.at(-1)?.name !== 'Scrolly')
        say(
          opening(node, 'id'),
          'A <Step> must sit directly inside a <Scrolly>; move it into one, or remove the <Step> tags',
        );
      const id = prop(node, 'id');
      if (typeof id === 'string' && id) {
        const first = stepIds.get(id);
        if (first !== undefined)
          say(
            opening(node, 'id'),
            `Another step (line ${first}) already has the id "${id}"; each step id is a link (#${id}) and must be unique`,
          );
        else stepIds.set(id, at.line ?? 0);
      }
    } else if (component in GRAPHIC_COMPONENTS) {
      uses.push({
        graphic: GRAPHIC_COMPONENTS[component as keyof typeof GRAPHIC_COMPONENTS],
        where: `<${name} />`,
        ...at,
      });
    }
  });
  return { messages, uses };
}

function lintScrolly(node: MdxNode, say: (where: string, message: string) => void): void {
  const graphic = prop(node, 'graphic');
  if (typeof graphic !== 'string' || !(GRAPHICS as readonly string[]).includes(graphic))
    say(
      opening(node, 'graphic'),
      `graphic must be one of ${GRAPHICS.join(', ')}.${typeof graphic === 'string' ? didYouMean(graphic, GRAPHICS) : ''}`,
    );
  const label = prop(node, 'label');
  if (typeof label !== 'string' || !label.trim())
    say(
      opening(node, 'graphic', 'label'),
      'Add a label saying what the section shows, for screen readers, e.g. label="The attack wave on a map, night by night"',
    );
  const children = node.children ?? [];
  if (!children.some((c) => isElement(c) && c.name === 'Step'))
    say(opening(node, 'graphic'), 'A <Scrolly> needs at least one <Step> inside');
  for (const stray of children.filter(
    (c) => !(isElement(c) && c.name === 'Step') && c.type !== 'mdxFlowExpression',
  ))
    say(
      opening(node, 'graphic'),
      `Line ${stray.position?.start.line ?? '?'}: text outside a <Step> would be lost; move it into a step`,
    );
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
