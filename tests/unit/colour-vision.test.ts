/**
 * Every categorical palette stays apart for readers with colour-vision deficiencies: each pair of
 * categories, simulated with Machado et al. (2009) at full severity for protanopia, deuteranopia
 * and tritanopia (and typical vision), is at least ΔE00 (CIEDE2000) 10 apart, in both schemes; for
 * the static map's and the live map's incident types (the live style is built from the same
 * tokens, as the page builds it) and the unit chart: the palettes a colour key explains. (The
 * policy timeline has no colour key: each category is a labelled lane, so position carries it.)
 * Shape stays the second carrier on the maps: each incident type has its own symbol.
 */
import { describe, expect, test } from 'vitest';
import { darkTokens, lightTokens, type Tokens } from '../../src/styles/tokens.ts';
import type { MapColours } from '../../src/map/style.ts';
import { markIcons, markPaint } from '../../src/map/icons.ts';
import { INCIDENT_TYPES } from '../../src/data/vocabulary.ts';
import { typeSymbolPath } from '../../src/draw/symbols.ts';
import { deltaE2000, seenDistance, type Deficiency } from '../support/colourVision.ts';

const MIN_DELTA_E = 10;
const VISIONS: (Deficiency | 'typical')[] = ['typical', 'protanopia', 'deuteranopia', 'tritanopia'];
const SCHEMES: [string, Tokens][] = [
  ['light', lightTokens()],
  ['dark', darkTokens()],
];

/** The live map's colour for each incident type, read back from the mark images it draws. */
function liveTypeColours(t: Tokens): Record<string, string> {
  const colours: MapColours = {
    sea: t.sea!,
    land: t.land!,
    france: t.surface!,
    border: t['land-stroke']!,
    text: t.text!,
    halo: t.bg!,
    muted: t.muted!,
    types: Object.fromEntries(INCIDENT_TYPES.map((k) => [k, t[k]!])),
  };
  return Object.fromEntries(
    markIcons()
      .filter((icon) => !icon.hollow && !icon.ring)
      .map((icon) => [icon.type, markPaint(icon, colours).fill]),
  );
}

const PALETTES: Record<string, (t: Tokens) => Record<string, string>> = {
  'static map and keys: incident types': (t) =>
    Object.fromEntries(INCIDENT_TYPES.map((k) => [k, t[k]!])),
  'live map: incident types': liveTypeColours,
  'unit chart': (t) => ({
    'first transfer': t.threat!,
    'to be isolated': t.fireworks!,
    'most dangerous': t.highlight!,
    'drug offences': t.text!,
    'other prisoners': t.unit!,
  }),
};

const CASES = Object.keys(PALETTES).flatMap((palette) =>
  SCHEMES.flatMap(([scheme]) => VISIONS.map((vision) => ({ palette, scheme, vision }))),
);

describe('categorical palettes under colour-vision deficiencies', () => {
  test('deltaE2000 matches Sharma, Wu & Dalal (2005) test pairs', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, -1.3802, -84.2814], [50, 0, -82.7485])).toBeCloseTo(1.0, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
  });

  test('the simulation merges what it should: pure red and green are close for deuteranopia, far for typical vision', () => {
    expect(seenDistance('#d62728', '#2ca02c')).toBeGreaterThan(40);
    expect(seenDistance('#cc6600', '#669900', 'deuteranopia')).toBeLessThan(MIN_DELTA_E);
  });

  test('the live map has a colour for every incident type', () => {
    for (const [, t] of SCHEMES)
      expect(Object.keys(liveTypeColours(t)).sort()).toEqual([...INCIDENT_TYPES].sort());
  });

  test.each(CASES)(
    '$palette, $scheme scheme, $vision: every pair at least ΔE00 10 apart',
    ({ palette, scheme, vision }) => {
      const colours = Object.entries(PALETTES[palette]!(SCHEMES.find(([s]) => s === scheme)![1]));
      const close: string[] = [];
      for (let i = 0; i < colours.length; i++) {
        for (let j = i + 1; j < colours.length; j++) {
          const d = seenDistance(
            colours[i]![1],
            colours[j]![1],
            vision === 'typical' ? undefined : vision,
          );
          if (d < MIN_DELTA_E)
            close.push(`${colours[i]![0]} / ${colours[j]![0]}: ΔE00 ${d.toFixed(1)}`);
        }
      }
      expect(close).toEqual([]);
    },
  );

  test('shape is the second carrier: every incident type has its own symbol', () => {
    const paths = INCIDENT_TYPES.map((t) => typeSymbolPath(t, 120));
    expect(new Set(paths).size).toBe(INCIDENT_TYPES.length);
  });
});
