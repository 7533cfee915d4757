/**
 * Capitals at the start of a sentence: marks each <Num> and <DateOf> that begins a sentence with a
 * `sentenceStart` prop, in the story's MDX text, before Astro compiles it, so the component prints
 * "Two prison officers were killed", never "two". Where a sentence starts is read from the parsed
 * text by the function the content lints use (src/lint/sentenceStart.ts). Editors never write the
 * prop. (Astro 7 compiles MDX with satteri, which runs no remark plugins, hence a Vite transform.)
 */
import type { Plugin } from 'vite';
import { parseMdx } from '../lint/mdx.ts';
import { sentenceStarts } from '../lint/sentenceStart.ts';

export const CAPITALISED = ['Num', 'DateOf'] as const;

/** The MDX text with ` sentenceStart` after the name of each sentence-initial <Num>/<DateOf>; unchanged if it does not parse. */
export function markSentenceStarts(source: string): string {
  const parsed = parseMdx(source, 'story.mdx');
  if ('error' in parsed) return source; // the lints and the compiler report the syntax error
  const offsets = sentenceStarts(parsed.tree, CAPITALISED)
    .map((node) => {
      const start = node.position?.start.offset;
      return start === undefined ? undefined : start + 1 + node.name!.length; // after "<Num"
    })
    .filter((o): o is number => o !== undefined)
    .sort((a, b) => b - a);
  let out = source;
  for (const at of offsets) out = `${out.slice(0, at)} sentenceStart${out.slice(at)}`;
  return out;
}

/** The Vite plugin that applies it to every .mdx file, before the MDX compiler. */
export function sentenceStartPlugin(): Plugin {
  return {
    name: 'under-fire:sentence-start',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]!.endsWith('.mdx')) return null;
      const marked = markSentenceStarts(code);
      return marked === code ? null : { code: marked, map: null };
    },
  };
}
