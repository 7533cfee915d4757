/**
 * A remark plugin for the MDX story: marks each <Num> and <DateOf> that begins a sentence with a
 * `sentenceStart` prop, so the component prints it with a capital ("Two prison officers were
 * killed"). Editors never write the prop; where a sentence starts is read from the text, by the
 * same function the content lints use (src/lint/sentenceStart.ts).
 */
import { sentenceStarts } from '../lint/sentenceStart.ts';
import type { MdxNode } from '../lint/mdx.ts';

export const CAPITALISED = ['Num', 'DateOf'] as const;

export function remarkSentenceStart() {
  return (tree: unknown) => {
    for (const node of sentenceStarts(tree as MdxNode, CAPITALISED)) {
      node.attributes = [...(node.attributes ?? []), { type: 'mdxJsxAttribute', name: 'sentenceStart', value: null }];
    }
  };
}
