/** The colour tokens meet WCAG contrast: text 4.5:1 and marks 3:1 against the page, light and dark. */
import { describe, expect, test } from 'vitest';
import { darkTokens, lightTokens, tokenBlock, tokensCss } from '../../src/styles/tokens.ts';

const css = tokensCss();
const light = lightTokens(css);
const dark = darkTokens(css);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

const TEXT = ['text', 'muted', 'link'];
const MARKS = [
  'arson',
  'attempted-arson',
  'gunfire',
  'fireworks',
  'vandalism',
  'threat',
  'drone',
  'highlight',
  'focus',
];

describe('colour contrast', () => {
  for (const [scheme, t] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    for (const bg of ['bg', 'surface']) {
      for (const name of TEXT)
        test(`${scheme}: --${name} on --${bg} is at least 4.5:1`, () =>
          expect(contrast(t[name]!, t[bg]!)).toBeGreaterThanOrEqual(4.5));
      for (const name of MARKS)
        test(`${scheme}: --${name} on --${bg} is at least 3:1`, () =>
          expect(contrast(t[name]!, t[bg]!)).toBeGreaterThanOrEqual(3));
    }
  }
  test('the dark scheme in the media query matches the explicit dark theme', () => {
    expect(tokenBlock(css, /:root:not\(\[data-theme='light'\]\) \{/)).toEqual(dark);
  });
});
