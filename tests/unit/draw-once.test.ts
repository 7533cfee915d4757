/**
 * drawOnce: a drawing is made once per graphic, inputs and options; other inputs (a saved data
 * edit), other options or a graphic loaded anew (a renderer's code edited in astro dev) draw again.
 */
import { describe, expect, test } from 'vitest';
import { drawOnce } from '../../src/graphics/drawOnce.ts';

describe('drawOnce', () => {
  test('draws once for the same inputs and options, again when anything it depends on changes', () => {
    let drawn = 0;
    const draw = () => `<svg data-n="${++drawn}"></svg>`;
    const graphic = { id: 'g' };
    const view = (inputs: unknown, width = 320, night = 'all') => ({
      inputs,
      width,
      state: { night },
    });
    const first = drawOnce(graphic, view({ counts: [1, 2] }), draw);
    expect(drawOnce(graphic, view({ counts: [1, 2] }), draw)).toBe(first);
    expect(drawn).toBe(1);
    expect(drawOnce(graphic, view({ counts: [1, 3] }), draw)).not.toBe(first);
    expect(drawOnce(graphic, view({ counts: [1, 2] }, 720), draw)).not.toBe(first);
    expect(drawOnce(graphic, view({ counts: [1, 2] }, 320, '2025-04-13'), draw)).not.toBe(first);
    expect(drawOnce({ id: 'g' }, view({ counts: [1, 2] }), draw)).not.toBe(first);
    // Maps and Sets count by their entries, not as "{}".
    const byNight = (n: number) => view({ nights: new Map([['2025-04-13', n]]) });
    const withOne = drawOnce(graphic, byNight(1), draw);
    expect(drawOnce(graphic, byNight(2), draw)).not.toBe(withOne);
    expect(drawn).toBe(7);
  });
});
