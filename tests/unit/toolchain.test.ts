/**
 * The README's promise about Node: `npm install` may run on Node 20 (and warn EBADENGINE), but
 * every `npm run …` and `npx …` command runs on the Node 22 installed from npm as a dev dependency.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

describe('Node for the project', () => {
  test('npx runs the Node 22 from node_modules/.bin, whatever the system Node', () => {
    const r = spawnSync(
      'npx',
      ['--no-install', 'node', '-p', 'process.versions.node + " " + process.execPath'],
      { encoding: 'utf8' },
    );
    const [version, path] = r.stdout.trim().split(' ');
    expect(Number(version!.split('.')[0])).toBeGreaterThanOrEqual(22);
    expect(path).toMatch(/node_modules\/node\/bin\/node$|node_modules\/\.bin\/node$/);
  });

  test('the README explains the EBADENGINE warnings of an install on Node 20', () => {
    expect(readFileSync('README.md', 'utf8')).toMatch(/EBADENGINE[\s\S]{0,400}harmless/);
  });
});
