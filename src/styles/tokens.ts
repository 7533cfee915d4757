/**
 * The colour tokens of src/styles/tokens.css as values, for code that cannot use CSS custom
 * properties: the share images rasterised at build (resvg has no `var()`) and the contrast test.
 * The CSS file stays the one place the colours are written.
 */
import { readFileSync } from 'node:fs';

/** The tokens file, relative to the project root. */
export const TOKENS_FILE = 'src/styles/tokens.css';

export type Tokens = Record<string, string>;

/** The text of the tokens file, read from the project root (the build and tests run there). */
export function tokensCss(): string {
  return readFileSync(TOKENS_FILE, 'utf8');
}

/** The `--name: #rrggbb` colours in the block that opens with `selector`, names without the dashes. */
export function tokenBlock(css: string, selector: RegExp): Tokens {
  const m = selector.exec(css);
  if (!m) throw new Error(`${TOKENS_FILE}: no block matches ${selector}`);
  const start = m.index + m[0].length;
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((x) => [x[1]!, x[2]!]),
  );
}

/** The light scheme's colours (the `:root` block), which the share images use. */
export const lightTokens = (css: string = tokensCss()): Tokens => tokenBlock(css, /^:root \{/m);

/** The explicit dark theme's colours (`:root[data-theme='dark']`). */
export const darkTokens = (css: string = tokensCss()): Tokens =>
  tokenBlock(css, /:root\[data-theme='dark'\] \{/);
