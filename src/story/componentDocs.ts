/**
 * The documentation the component gallery (/components/) shows for each MDX component: the doc
 * comment that opens its .astro file, so the words live once, beside the code they describe.
 */

/** The first block comment in a component's frontmatter, as plain text lines (stars and indent removed). */
export function docComment(source: string): string {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const block = /\/\*\*([\s\S]*?)\*\//.exec(frontmatter)?.[1];
  if (!block) return '';
  return block
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
}
