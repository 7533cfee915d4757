/**
 * `npm run check` as an editor runs it, on a broken story and on the real content: the data check
 * and the content lints through their CLIs (astro check is left to `npm run check` by hand; it
 * takes about 20 s), the exit status, each message and the summary lines.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { brokenFile } from '../support/brokenFixtures.ts';

const BROKEN = 'tests/fixtures/mdx/broken.mdx';

function run(script: string, ...args: string[]): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('scripts/check-content.ts (npm run check:content)', { timeout: 60_000 }, () => {
  test('a broken story: exit 1, every mistake with its file, line:column, component and fix', () => {
    const { status, output } = run('scripts/check-content.ts', '--story', BROKEN);
    expect(status).toBe(1);
    for (const line of [
      `✗ ${BROKEN}:6:70: <Num of="wave.incidnts">: No number is called "wave.incidnts". Did you mean "wave.incidents"?`,
      `✗ ${BROKEN}:6:113: <DateOf event="T1">: No timeline event, incident or statistic has the id "T1". Did you mean "T01"?`,
      `✗ ${BROKEN}:8:1: <Scrolly graphic="attack-map">: Add a label saying what the section shows, for screen readers`,
      `✗ ${BROKEN}:9:3: <Step id="first-night"> in the attack-map section: night="2025-04-31": "all" or the night of an incident`,
      `✗ ${BROKEN}:9:3: <Step id="first-night"> in the attack-map section: focus="lyon": a region (france, paris-region, south-east, lyon-area, south-west) or place ids`,
      `✗ ${BROKEN}:15:3: <Step id="few"> in the traffickers section: night="2025-04-13": the traffickers graphic does not use "night"; it uses units.`,
      `✗ ${BROKEN}:21:3: <Step id="year"> in the policy-timeline section: range="2025-04..2024-05": two dates joined by "..", earliest first`,
      `✗ ${BROKEN}:26:1: ![IMG_2034.jpg](photos/IMG_2034.jpg): The alt text "IMG_2034.jpg" is a file name: say in words what the image shows instead.`,
      `✗ ${BROKEN}:28:1: <img src="/photos/gate.jpg">: The image has no alt text`,
      `✗ ${BROKEN}:30:1: <AttackWaveCharts>: No story component is called "AttackWaveCharts". Did you mean "AttackWaveChart"?`,
    ])
      expect(output).toContain(line);
    expect(output.trim().split('\n').at(-1)).toBe(
      `✗ content lints: 10 errors in ${BROKEN} and content/data/prison-attacks.json.`,
    );
  });

  test('the real story and data: exit 0', () => {
    expect(run('scripts/check-content.ts')).toEqual({
      status: 0,
      output:
        '✓ content lints: content/story.mdx and content/story.fr.mdx and content/data/prison-attacks.json pass.\n',
    });
  });

  test('a story that is not there: exit 1, saying which path', () => {
    expect(run('scripts/check-content.ts', '--story', 'content/nope.mdx')).toEqual({
      status: 1,
      output: '✗ content lints: content/nope.mdx could not be read. Is the path right?\n',
    });
  });
});

// Each test runs two or three Node processes; on two busy cores that can pass 5 s, so each may take
// as long as its processes are allowed (30 s) plus the test's own work.
describe('scripts/check.ts (npm run check) without its slow part', { timeout: 60_000 }, () => {
  test('broken data and a broken story: every part runs, one summary line each, exit 1', () => {
    const data = brokenFile('missing-source');
    const { status, output } = run(
      'scripts/check.ts',
      '--no-types',
      '--no-format',
      '--story',
      BROKEN,
      '--data',
      data,
    );
    expect(status).toBe(1);
    expect(output).toContain(
      'incidents[2].sources[1] (record "I03"): No source has the id "paper-bb"',
    );
    const summary = output.trim().split('\n').slice(-4);
    expect(summary).toEqual([
      `✗ data: ${data}: 1 problem in the data file.`,
      `✗ content lints: 5 errors in ${BROKEN} and ${data}.`,
      '– format: skipped (--no-format).',
      '– astro check (types): skipped (--no-types).',
    ]);
  });

  test('the real content: exit 0', () => {
    const { status, output } = run('scripts/check.ts', '--no-types', '--no-format');
    expect(output.trim().split('\n').slice(-4)).toEqual([
      expect.stringMatching(
        /^✓ data: content\/data\/prison-attacks\.json: \d+ incidents, \d+ places/,
      ),
      '✓ content lints: content/story.mdx and content/story.fr.mdx and content/data/prison-attacks.json pass.',
      '– format: skipped (--no-format).',
      '– astro check (types): skipped (--no-types).',
    ]);
    expect(status).toBe(0);
  });

  test('the format part runs Prettier over the tree and reports it in one line, whatever its verdict', () => {
    // Prettier reads the whole tree: give it longer than run()'s 30 s on a busy machine.
    const r = spawnSync(process.execPath, ['scripts/check.ts', '--no-types'], {
      encoding: 'utf8',
      timeout: 150_000,
    });
    const { status, output } = { status: r.status, output: `${r.stdout}${r.stderr}` };
    expect(output).toContain('── format: npx prettier --check .');
    const line = output.trim().split('\n').at(-2)!;
    // Until the tree is formatted in one commit, the verdict is "not formatted"; either way the line says which and how to fix.
    if (line.startsWith('✓')) expect(line).toBe('✓ format: every file is formatted (Prettier).');
    else
      expect(line).toMatch(
        /^✗ format: \d+ files? not formatted \(listed above\); run `npm run format` to fix\.$/,
      );
    expect(status).toBe(line.startsWith('✓') ? 0 : 1);
  }, 180_000);
});

describe(
  'scripts/check-data.ts (npm run check:data; npm run build runs it with --build)',
  { timeout: 30_000 },
  () => {
    test("the check never says it built nothing; the build's first step says nothing was built", () => {
      const check = run('scripts/check-data.ts', 'tests/fixtures/broken/missing-source.json');
      expect(check.status).toBe(1);
      expect(check.output).not.toMatch(/nothing was built/i);
      const build = run(
        'scripts/check-data.ts',
        'tests/fixtures/broken/missing-source.json',
        '--build',
      );
      expect(build.status).toBe(1);
      expect(build.output.trim().split('\n').at(-1)).toBe(
        'Nothing was built: fix the problems above and run npm run build again.',
      );
    });
  },
);
