/**
 * Each broken data file, a mistake an editor really makes, stops `npm run check:data` with a message
 * that names the file, the JSON path, the record, the bad value and what was expected; and a real
 * `astro build` on one of them fails with the same message and leaves no page behind.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../support/build.ts';
import { brokenCases, brokenFile, brokenText } from '../support/brokenFixtures.ts';
import { SMALL } from '../support/fixtures.ts';

const run = promisify(execFile);
const expected = Object.fromEntries(
  Object.entries(brokenCases()).map(([name, c]) => [`${name}.json`, c.expect]),
);

/** Runs a command and returns its exit code and everything it printed. */
async function outcome(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, {
      env: { ...process.env, ...env },
      maxBuffer: 16 << 20,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('broken data files', () => {
  test('every case is a small patch of the valid fixture that breaks it, with expected fragments', () => {
    for (const [name, c] of Object.entries(brokenCases())) {
      expect(c.expect.length, name).toBeGreaterThan(1);
      expect(brokenText(name), name).not.toBe(readFileSync(SMALL, 'utf8'));
      expect(
        c.edits.reduce((n, e) => n + e.find.split('\n').length + e.replace.split('\n').length, 0),
        `${name}: a patch, not a copy`,
      ).toBeLessThan(40);
    }
    expect(() => brokenText('count-in-words', '{}')).toThrow(/occurs nowhere/);
    expect(() => brokenText('nope')).toThrow(/has no case "nope"/);
  });

  test(`${SMALL} itself passes the check, so each message is the patch's mistake`, async () => {
    const { code, output } = await outcome(['scripts/check-data.ts', SMALL]);
    expect(code, output).toBe(0);
  });

  test.each(Object.entries(expected))(
    'check-data %s exits 1 naming the mistake',
    async (file, fragments) => {
      const { code, output } = await outcome([
        'scripts/check-data.ts',
        brokenFile(file.replace(/\.json$/, '')),
      ]);
      expect(code).toBe(1);
      for (const fragment of fragments) expect(output).toContain(fragment);
      expect(output).not.toMatch(/^\s+at /m); // a message for editors, not a stack trace
    },
  );

  test('records out of order are no problem: check-data passes (the build sorts them) and says what is outside the wave', async () => {
    const { code, output } = await outcome([
      'scripts/check-data.ts',
      'tests/fixtures/out-of-order.json',
    ]);
    expect(output).toMatch(
      /^✓ tests\/fixtures\/out-of-order\.json: 6 incidents, .*; 5 in the wave \(nights 2025-04-13 to 2025-04-16\), 1 outside it, on the map only \(I06, night 2025-07-11\); every text has its French\.$/m,
    );
    expect(code).toBe(0);
  });

  test('astro build with a broken file fails with the message and writes no page', async () => {
    const { outDir, status, output } = buildSite(brokenFile('missing-source'));
    try {
      expect(status).not.toBe(0);
      expect(output).toContain(
        'incidents[2].sources[1] (record "I03"): No source has the id "paper-bb"',
      );
      expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
