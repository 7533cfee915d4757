import { describe, expect, test } from 'vitest';
import { graphicOffset, readHostViewport, stepAtMiddle } from '../../src/scrolly/hostViewport.ts';

const ok = { type: 'under-fire:viewport', top: -200, bottom: 3000, height: 800 };

describe('readHostViewport(data)', () => {
  test('reads our message', () => {
    expect(readHostViewport(ok)).toEqual({ top: -200, bottom: 3000, height: 800 });
  });
  test.each([
    ['another type', { ...ok, type: 'under-fire:height' }],
    ['a string', JSON.stringify(ok)],
    ['null', null],
    ['an array', [ok]],
    ['a number as text', { ...ok, top: '-200' }],
    ['NaN', { ...ok, top: Number.NaN }],
    ['Infinity', { ...ok, bottom: Number.POSITIVE_INFINITY }],
    ['a zero viewport', { ...ok, height: 0 }],
    ['a negative viewport', { ...ok, height: -800 }],
    ['a bottom above the top', { ...ok, bottom: -300 }],
    ['a huge number', { ...ok, top: -1e9 }],
    ['an extra field', { ...ok, html: '<img>' }],
    ['a missing field', { type: 'under-fire:viewport', top: 0, height: 800 }],
  ])('ignores %s', (_, data) => {
    expect(readHostViewport(data)).toBeUndefined();
  });
});

describe('stepAtMiddle(view, steps)', () => {
  const steps = [
    { top: 100, bottom: 900 },
    { top: 900, bottom: 1700 },
    { top: 1700, bottom: 2500 },
  ];
  test('is the step under the middle line of the host viewport', () => {
    // The middle line sits at 400 - top in the iframe's coordinates.
    expect(stepAtMiddle({ top: -600, bottom: 2400, height: 800 }, steps)).toBe(1);
    expect(stepAtMiddle({ top: -1400, bottom: 1600, height: 800 }, steps)).toBe(2);
  });
  test('is the first before the section reaches the line, the last after it', () => {
    expect(stepAtMiddle({ top: 500, bottom: 3500, height: 800 }, steps)).toBe(0);
    expect(stepAtMiddle({ top: -9000, bottom: -6000, height: 800 }, steps)).toBe(2);
  });
});

test('graphicOffset(view, section, height) follows the host viewport top inside the section', () => {
  const section = { top: 50, bottom: 2050 };
  expect(graphicOffset({ top: 100, bottom: 2100, height: 800 }, section, 500)).toBe(0);
  expect(graphicOffset({ top: -650, bottom: 1350, height: 800 }, section, 500)).toBe(600);
  expect(graphicOffset({ top: -5000, bottom: -3000, height: 800 }, section, 500)).toBe(1500);
});
