/**
 * The build's output does not depend on the machine's time zone: the site built with TZ=UTC and
 * with TZ=Pacific/Auckland (UTC+13 in April, the far side of the date line from Paris) is the same,
 * byte for byte, in every HTML page and every SVG file. A local-time date helper (d3's timeMonth,
 * getMonth, toLocaleDateString without a zone) shifts a label by a day or a month and fails this.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../support/build.ts';
import { DATA_FILE } from '../../src/data/load.ts';

const ZONES = ['UTC', 'Pacific/Auckland'] as const;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(html|svg)$/.test(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('the build is the same in every time zone', () => {
  const builds = {} as Record<(typeof ZONES)[number], BuildResult>;

  test.each(ZONES)(
    'builds with TZ=%s',
    (zone) => {
      builds[zone] = buildSite(DATA_FILE, { TZ: zone });
      expect(builds[zone].status, builds[zone].output).toBe(0);
    },
    240_000,
  );

  test('every HTML page and SVG file is byte-identical', () => {
    const [a, b] = ZONES.map((z) => builds[z]?.outDir ?? expect.fail(`the ${z} build did not run`));
    const names = files(a!);
    expect(names.length).toBeGreaterThan(10);
    expect(files(b!)).toEqual(names);
    const differing = names.filter(
      (name) => !readFileSync(join(a!, name)).equals(readFileSync(join(b!, name))),
    );
    expect(differing).toEqual([]);
  });
});
