/**
 * The page's chart CSS (src/styles/charts.css) made readable by resvg, which rasterises the share
 * images and knows neither `var()` nor at-rules nor most pseudo-classes: every `var(--name)` is
 * replaced by the token's resolved value, and rules in @media/@container blocks or with a
 * pseudo-class are left out (they style states a share image never shows: hover, a focused night,
 * print). The graphic on the card is drawn by the same renderer with the same rules as on the page.
 */
import { readFileSync } from 'node:fs';
import type { Tokens } from '../styles/tokens.ts';

/** The chart stylesheet, relative to the project root. */
export const CHARTS_CSS = 'src/styles/charts.css';

export const chartsCss = (): string => readFileSync(CHARTS_CSS, 'utf8');

/** A stylesheet without its comments. */
export const withoutComments = (css: string): string => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** Top-level rules of `css` as [selector, declarations], comments removed, at-rule blocks skipped. */
export function topLevelRules(css: string): [string, string][] {
  const text = withoutComments(css);
  const rules: [string, string][] = [];
  let depth = 0;
  let start = 0;
  let selector = '';
  for (let k = 0; k < text.length; k++) {
    if (text[k] === '{') {
      if (depth === 0) {
        selector = text.slice(start, k).trim();
        start = k + 1;
      }
      depth++;
    } else if (text[k] === '}') {
      depth--;
      if (depth === 0) {
        if (!selector.startsWith('@')) rules.push([selector, text.slice(start, k).trim()]);
        start = k + 1;
      }
    }
  }
  return rules;
}

/** `css` with every var() resolved from `values` (names without dashes); throws naming an unknown token. */
export function resolveStyleSheet(css: string, values: Tokens, file = CHARTS_CSS): string {
  return topLevelRules(css)
    .map(
      ([selector, body]) =>
        [
          selector
            .split(',')
            .map((s) => s.trim())
            .filter((s) => !s.includes(':')),
          body,
        ] as const,
    )
    .filter(([selectors]) => selectors.length > 0)
    .map(([selectors, body]) => {
      const resolved = body.replace(/var\(--([\w-]+)\s*(?:,[^)]*)?\)/g, (_, name: string) => {
        const value = values[name];
        if (value === undefined)
          throw new Error(
            `${file} uses var(--${name}), which src/styles/tokens.css does not define as a colour.`,
          );
        return value;
      });
      return `${selectors.join(', ')} { ${resolved} }`;
    })
    .join('\n');
}
