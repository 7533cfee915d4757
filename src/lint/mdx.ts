/**
 * The MDX story as a syntax tree, parsed with satteri, the same MDX parser Astro's MDX integration
 * compiles the story with, so what the lints read is what the build reads. Pure: text in, tree
 * out; a syntax error comes back as a finding with its line and column.
 */
import { mdxToMdast } from 'satteri';
import type { LintMessage } from './message.ts';

export interface Point {
  line: number;
  column: number;
  /** 0-based offset in the text. */
  offset?: number;
}

/** The parts of an mdast/MDX node the lints read. */
export interface MdxNode {
  type: string;
  /** JSX element name, e.g. "Num" or "img"; null for a fragment. */
  name?: string | null;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  position?: { start: Point; end: Point };
  /** Text of a text node; code of an expression. */
  value?: string;
  /** Markdown image. */
  url?: string;
  alt?: string | null;
}

export interface MdxAttribute {
  type: string;
  name?: string;
  /** A string for name="…", an expression for name={…}, null for a bare name. */
  value?: string | { type: string; value: string } | null;
}

/**
 * The story's tree, or the syntax error as a finding. `smart`: quotes, dashes and ellipses as the
 * build prints them (Astro's `smartypants`, on by default), for code that reads the story's words.
 */
export function parseMdx(
  text: string,
  file: string,
  { smart = false }: { smart?: boolean } = {},
): { tree: MdxNode } | { error: LintMessage } {
  try {
    const options = smart ? { features: { smartPunctuation: true } } : {};
    return { tree: mdxToMdast(text, options) as unknown as MdxNode };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+): /.exec(raw);
    const message = `${raw.slice(at?.[0].length ?? 0).replace(/ \([a-z-]+:[a-z-]+\)$/, '')}. Nothing else can be checked until the MDX parses`;
    return {
      error: {
        severity: 'error',
        file,
        line: at ? Number(at[1]) : undefined,
        column: at ? Number(at[2]) : undefined,
        where: 'MDX syntax',
        message,
      },
    };
  }
}

/** Calls `visit` on every node, depth first, with the chain of JSX elements around it (innermost last). */
export function walk(
  node: MdxNode,
  visit: (node: MdxNode, elements: MdxNode[]) => void,
  elements: MdxNode[] = [],
): void {
  visit(node, elements);
  const inside = isElement(node) ? [...elements, node] : elements;
  for (const child of node.children ?? []) walk(child, visit, inside);
}

export function isElement(node: MdxNode): boolean {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/**
 * A prop's value: the string of name="…" or of a string literal name={"…"}; `{ expression }` for
 * any other {…} (checked at build, not here); undefined when the prop is absent.
 */
export function prop(node: MdxNode, name: string): string | { expression: string } | undefined {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute) return undefined;
  const value = attribute.value;
  if (value === null || value === undefined) return { expression: 'true' };
  if (typeof value === 'string') return value;
  try {
    const literal: unknown = JSON.parse(value.value);
    if (typeof literal === 'string') return literal;
  } catch {
    // Not a JSON string: an expression only the build can evaluate.
  }
  return { expression: value.value };
}

/** The names of the props written on an element (spread props {...x} are not named). */
export function propNames(node: MdxNode): string[] {
  return (node.attributes ?? []).flatMap((a) =>
    a.type === 'mdxJsxAttribute' && a.name ? [a.name] : [],
  );
}

/** An element as the editor wrote its opening, for messages: `<Num of="wave.incidnts">`. */
export function opening(node: MdxNode, ...names: string[]): string {
  const shown = names.flatMap((n) => {
    const v = prop(node, n);
    return v === undefined
      ? []
      : [typeof v === 'string' ? `${n}="${v}"` : `${n}={${v.expression}}`];
  });
  return `<${node.name ?? ''}${shown.map((s) => ` ${s}`).join('')}>`;
}
