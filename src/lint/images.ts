/**
 * Alt text of the story's images, markdown ![alt](src) and JSX <img alt="…">: present, not a file
 * name, and short enough to hear in one go (a screen reader cannot skim; longer descriptions belong
 * in the caption or the prose). Pure.
 */
import type { LintMessage } from './message.ts';
import { isElement, prop, walk, type MdxNode } from './mdx.ts';

/** The longest alt text we accept, in characters (WebAIM and most newsrooms advise about 125–150). */
export const ALT_MAX = 150;

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|tiff?|heic)$/i;
const CAMERA_NAME = /^(?:img|dsc|dscn|dcim|image|photo|pxl|screenshot)[-_ ]?\d[\w-]*$/i;

/** What is wrong with an alt text, or undefined when it is fine. */
export function altProblem(alt: string | undefined, src: string): string | undefined {
  const text = (alt ?? '').trim();
  const base = (src.split(/[/?#]/).filter(Boolean).at(-1) ?? '').replace(IMAGE_FILE, '');
  if (!text)
    return 'The image has no alt text: say in a sentence what it shows, for readers who cannot see it';
  if (
    IMAGE_FILE.test(text) ||
    CAMERA_NAME.test(text) ||
    (base && text.toLowerCase() === base.toLowerCase())
  )
    return `The alt text "${text}" is a file name: say in words what the image shows instead`;
  if (text.length > ALT_MAX)
    return `The alt text is ${text.length} characters long: keep it under ${ALT_MAX}, so a screen reader reads it in one breath, and move the rest into the caption or the prose`;
  return undefined;
}

export function lintImages(tree: MdxNode, file: string): LintMessage[] {
  const messages: LintMessage[] = [];
  walk(tree, (node) => {
    const at = {
      severity: 'error' as const,
      file,
      line: node.position?.start.line,
      column: node.position?.start.column,
    };
    if (node.type === 'image') {
      const problem = altProblem(node.alt ?? undefined, node.url ?? '');
      if (problem)
        messages.push({
          ...at,
          where: `![${node.alt ?? ''}](${node.url ?? ''})`,
          message: problem,
        });
    } else if (isElement(node) && node.name === 'img') {
      const alt = prop(node, 'alt');
      const src = prop(node, 'src');
      if (typeof alt === 'object') return; // alt={…}: only the build knows its text
      const problem = altProblem(alt, typeof src === 'string' ? src : '');
      if (problem)
        messages.push({
          ...at,
          where: `<img src="${typeof src === 'string' ? src : '…'}">`,
          message: problem,
        });
    }
  });
  return messages;
}
