/**
 * Which inline elements of an MDX tree begin a sentence: the first thing in a paragraph, heading or
 * table cell, or the first thing after a full stop, question or exclamation mark (closing quotes
 * and brackets allowed between). Pure; the same answer for the lints (src/lint/story.ts) and for
 * the build, whose Vite transform (src/mdx/sentenceStart.ts) marks <Num> and <DateOf> there
 * so they print a capital: "Two prison officers were killed", never "two".
 */
import type { Dataset } from '../data/schema.ts';
import { formatNumber, NUMBER_FORMATS, type NumberFormat } from '../data/format.ts';
import { storyNumber } from '../data/storyNumbers.ts';
import type { LintMessage } from './message.ts';
import { opening, prop, type MdxNode } from './mdx.ts';

/** Nodes whose children run as one line of text. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** The end of a sentence, then whatever may stand before the next one's first word. */
const SENTENCE_END = /(?:^|[.!?…]["'”’)\]]*)\s*["'“‘(\[]*$/u;

/** Every inline JSX element named in `names` that begins a sentence, in document order. */
export function sentenceStarts(tree: MdxNode, names: readonly string[]): MdxNode[] {
  const found: MdxNode[] = [];
  const visit = (node: MdxNode) => {
    if (TEXT_BLOCKS.has(node.type)) {
      scan(node, names, found);
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

/** Walks one block's inline content in reading order, keeping the text read so far. */
function scan(block: MdxNode, names: readonly string[], found: MdxNode[]): void {
  let before = '';
  const read = (node: MdxNode) => {
    if (node.type === 'text' || node.type === 'inlineCode') {
      before += node.value ?? '';
      return;
    }
    if (node.type === 'mdxJsxTextElement' && node.name && names.includes(node.name)) {
      if (SENTENCE_END.test(before)) found.push(node);
      before += 'x'; // what it prints is a word or a figure, never the end of a sentence
      return;
    }
    if (node.type === 'mdxTextExpression') {
      before += 'x';
      return;
    }
    for (const child of node.children ?? []) read(child);
  };
  for (const child of block.children ?? []) read(child);
}

/**
 * The lint: a sentence must not start with a figure ("125 investigators were…"). A <Num> that
 * prints a word is capitalised by the build; one that prints digits is an error, with the fix.
 */
export function lintSentenceStarts(tree: MdxNode, file: string, d: Dataset): LintMessage[] {
  return sentenceStarts(tree, ['Num']).flatMap((node) => {
    const of = prop(node, 'of');
    const format = prop(node, 'format') ?? 'number';
    if (
      typeof of !== 'string' ||
      typeof format !== 'string' ||
      !(NUMBER_FORMATS as readonly string[]).includes(format)
    )
      return [];
    let text: string;
    try {
      text = formatNumber(storyNumber(d, of), format as NumberFormat);
    } catch {
      return []; // an unknown name is reported by the story lint
    }
    if (!/^\d/.test(text)) return [];
    return [
      {
        severity: 'error' as const,
        file,
        line: node.position?.start.line,
        column: node.position?.start.column,
        where: opening(node, 'of', 'format'),
        message: `This sentence starts with the figure "${text}": house style never starts a sentence with a figure. Recast it so the number comes later (e.g. "By then, ${text} …")`,
      },
    ];
  });
}
