/** compactPath: straight-segment path data made relative and short, the same shape to within 0.05 units. */
import { describe, expect, test } from 'vitest';
import { compactPath } from '../../src/draw/dom.ts';

/** The absolute points a path's straight segments visit, subpath by subpath (M, L, H, V, Z in either case). */
function points(d: string): [number, number][][] {
  const paths: [number, number][][] = [];
  let [x, y, sx, sy] = [0, 0, 0, 0];
  let command = '';
  const tokens = d.match(/[MLHVZmlhvz]|[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/gi)!;
  for (let i = 0; i < tokens.length;) {
    if (/[a-z]/i.test(tokens[i]!)) command = tokens[i++]!;
    const rel = command === command.toLowerCase();
    const c = command.toUpperCase();
    if (c === 'Z') {
      [x, y] = [sx, sy];
      paths.at(-1)!.push([x, y]);
      continue;
    }
    if (c === 'H') x = (rel ? x : 0) + Number(tokens[i++]);
    else if (c === 'V') y = (rel ? y : 0) + Number(tokens[i++]);
    else {
      x = (rel ? x : 0) + Number(tokens[i++]);
      y = (rel ? y : 0) + Number(tokens[i++]);
    }
    if (c === 'M') {
      paths.push([]);
      [sx, sy] = [x, y];
      command = rel ? 'l' : 'L';
    }
    paths.at(-1)!.push([x, y]);
  }
  return paths;
}

const CASES = [
  'M153.3,0L153.3,0.3L152.9,1.4L152.4,2.3L149.9,4.7Z',
  'M10.04,20.06L-3.5,7.25L0,0ZM100.1,200.2L101.15,199.95H90.33V250.07Z',
  'M0,217.9L1.5,218.2L6.1,217.4M300,1L299.96,1.04',
  'M1e-7,2.5L3.25,-4.75',
];

describe('compactPath', () => {
  test.each(CASES)('%s keeps its points to within 0.05', (d) => {
    const out = compactPath(d);
    expect(out.length).toBeLessThan(d.length);
    const [a, b] = [points(d), points(out)];
    expect(b.map((p) => p.length)).toEqual(a.map((p) => p.length));
    a.forEach((path, i) =>
      path.forEach(([x, y], j) => {
        expect(Math.abs(b[i]![j]![0] - x)).toBeLessThanOrEqual(0.0500001);
        expect(Math.abs(b[i]![j]![1] - y)).toBeLessThanOrEqual(0.0500001);
      }),
    );
  });

  test('leaves curves and relative data as they are', () => {
    for (const d of [
      'M5.352,0A5.352,5.352,0,1,1,-5.352,0',
      'M-4.743,-4.743h9.487v9.487Z',
      'M0,0C1,2,3,4,5,6',
    ])
      expect(compactPath(d)).toBe(d);
  });
});
