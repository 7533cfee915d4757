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

export function buildSite(dataFile: string, env: Record<string, string> = {}): BuildResult {
  const outDir = mkdtempSync(join(tmpdir(), 'under-fire-build-'));
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, UNDER_FIRE_DATA: dataFile, ...env },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
