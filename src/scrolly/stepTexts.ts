/**
 * Every scrolly step of a story as plain text, read from its MDX source (not from the rendered
 * page, so a share page and its image can be built for a step on their own): the section's
 * graphic, the step's props, its title and description (stepHeadline) and its text with each <Num> and <DateOf> printed as the story prints it (the same formatters, and a capital where
 * a sentence starts). tests/build/step-share.test.ts checks the text against the built story.
 */
import type { Dataset } from '../data/schema.ts';
import { capitalise, formatDate, formatNumber, type NumberFormat } from '../data/format.ts';
import { storyDate, storyNumber } from '../data/storyNumbers.ts';
import { isElement, parseMdx, prop, type MdxNode } from '../lint/mdx.ts';
import { sentenceStarts } from '../lint/sentenceStart.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Gender } from '../i18n/format.ts';
import { CAPITALISED } from '../mdx/sentenceStart.ts';
import type { StepProps } from './stepState.ts';

export interface StepText {
  /** The step's id: its anchor in the story (#toulon) and its share page (s/toulon/). */
  id: string;
  /** The graphic of its <Scrolly> section. */
  graphic: string;
  props: StepProps;
  /** Its first sentence, without the full stop: "Toulon", "The second night was the busiest of the wave". */
  title: string;
  /** The sentences after it, about 200 characters at most. */
  description: string;
  /** All the step's words, one line. */
  text: string;
}

const STATE_PROPS = ['night', 'focus', 'highlight', 'range', 'units'] as const;

const text = (v: ReturnType<typeof prop>): string | undefined =>
  typeof v === 'string' ? v : undefined;

/** How the story prints: its data, its edition's language, the <Num>/<DateOf> that start a sentence. */
interface Printing {
  d: Dataset;
  lang: Lang;
  capitals: Set<MdxNode>;
}

/** The words of a node as the story prints them. */
function words(node: MdxNode, p: Printing): string {
  if (node.type === 'text') return node.value ?? '';
  const capital = (s: string) => (p.capitals.has(node) ? capitalise(s) : s);
  if (isElement(node) && node.name === 'Num') {
    const format = (text(prop(node, 'format')) ?? 'number') as NumberFormat;
    const gender = (text(prop(node, 'gender')) ?? 'm') as Gender;
    return capital(formatNumber(storyNumber(p.d, text(prop(node, 'of'))!), format, p.lang, gender));
  }
  if (isElement(node) && node.name === 'DateOf') {
    const year = prop(node, 'year');
    const printed = formatDate(
      storyDate(p.d, text(prop(node, 'event'))!),
      { year: !(typeof year === 'object' && year.expression === 'false') },
      p.lang,
    );
    return capital(printed);
  }
  const inner = (node.children ?? []).map((c) => words(c, p)).join('');
  return node.type === 'paragraph' ? `${inner} ` : inner;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every step of every <Scrolly> in the story's MDX `source` (written in `lang`), in reading order. */
export function storySteps(source: string, d: Dataset, lang: Lang = 'en'): StepText[] {
  const parsed = parseMdx(source, 'story.mdx', { smart: true });
  if ('error' in parsed) throw new Error(parsed.error.message);
  const printing = { d, lang, capitals: new Set(sentenceStarts(parsed.tree, CAPITALISED)) };
  const steps: StepText[] = [];
  const visit = (node: MdxNode, graphic: string | undefined) => {
    if (isElement(node) && node.name === 'Scrolly') graphic = text(prop(node, 'graphic'));
    if (isElement(node) && node.name === 'Step' && graphic) {
      const props: StepProps = { id: text(prop(node, 'id')) ?? '' };
      for (const key of STATE_PROPS) {
        const value = text(prop(node, key));
        if (value !== undefined) props[key] = value;
      }
      const all = oneLine(words(node, printing));
      steps.push({ id: props.id, graphic, props, ...stepHeadline(all), text: all });
      return;
    }
    for (const child of node.children ?? []) visit(child, graphic);
  };
  visit(parsed.tree, undefined);
  return steps;
}

/** A text's sentences, each with its closing punctuation (and closing quotes or bracket). */
const sentences = (text: string): string[] =>
  (text.match(/[^.!?]+(?:[.!?]+["'”’)]*|$)/g) ?? [text]).map((s) => s.trim()).filter(Boolean);

/**
 * What a step's share page and image say: its first sentence as the title (whole, so a qualifier
 * such as "by the justice minister's count" is never cut off) and the sentences after it, as many
 * as fit in about `max` characters, as the description.
 */
export function stepHeadline(text: string, max = 200): { title: string; description: string } {
  const [first = text, ...rest] = sentences(text);
  let description = '';
  for (const s of rest) {
    if (description && description.length + 1 + s.length > max) break;
    description = description ? `${description} ${s}` : s;
  }
  const title = first.replace(/\.$/, '');
  return { title, description: description || title };
}
