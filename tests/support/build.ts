/**
 * Builds the site with another data file into a temporary folder, as `npm run build` would, for
 * tests that need a site built from fixture data. Returns the output folder, the exit status and
 * what the build printed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildResult {
  outDir: string;
  status: number | null;
  output: string;
}

/** `timeout`: milliseconds before the build is stopped (default 180 s; a ×100 copy needs more). */
export function buildSite(
  dataFile: string,
  env: Record<string, string> = {},
  timeout = 180_000,
): BuildResult {
  const outDir = mkdtempSync(join(tmpdir(), 'under-fire-build-'));
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, UNDER_FIRE_DATA: dataFile, ...env },
    encoding: 'utf8',
    timeout,
  });
  return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
