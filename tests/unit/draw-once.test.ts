/** drawOnce: a drawing is made once per dataset and options; a new dataset (a saved data edit) or other options draw again. */
import { describe, expect, test } from 'vitest';
import { drawOnce } from '../../src/graphics/drawOnce.ts';

describe('drawOnce', () => {
  test('draws once for the same dataset and options, again for another dataset or other options', () => {
    let drawn = 0;
    const draw = () => `<svg data-n="${++drawn}"></svg>`;
    const before = { incidents: [] };
    const afterEdit = { incidents: [] };
    const first = drawOnce(before, { graphic: 'g', width: 320, state: { night: 'all' } }, draw);
    expect(drawOnce(before, { graphic: 'g', width: 320, state: { night: 'all' } }, draw)).toBe(
      first,
    );
    expect(drawn).toBe(1);
    expect(
      drawOnce(afterEdit, { graphic: 'g', width: 320, state: { night: 'all' } }, draw),
    ).not.toBe(first);
    expect(drawOnce(before, { graphic: 'g', width: 720, state: { night: 'all' } }, draw)).not.toBe(
      first,
    );
    expect(
      drawOnce(before, { graphic: 'g', width: 320, state: { night: '2025-04-13' } }, draw),
    ).not.toBe(first);
    expect(drawn).toBe(4);
  });
});
