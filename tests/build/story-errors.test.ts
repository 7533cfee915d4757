/**
 * A mistake in the story stops `astro build` with the content lints' message (file, line, column,
 * what to write instead), printed once and without a stack trace, before the framework's own
 * ("Expected component Nun to be defined…"). The story is edited in place and restored, as an
 * editor's typo would be; tests in this project run one site test file at a time.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../support/build.ts';
import { DATA_FILE } from '../../src/data/load.ts';

const STORY = 'content/story.mdx';

const TYPOS = [
  [
    'a misspelt component',
    '<Num of="wave.places" />',
    '<Nun of="wave.places" />',
    /<Nun>: No story component is called "Nun"\. Did you mean "Num"\?/,
  ],
  [
    'a misspelt number name',
    '<Num of="wave.places" />',
    '<Num of="wave.placs" />',
    /<Num of="wave\.placs">: No number is called "wave\.placs"\. Did you mean "wave\.places"\?/,
  ],
] as const;

describe('astro build on a story with a typo', () => {
  test.each(TYPOS)(
    '%s: our message with file:line:column, once, no stack, and no page',
    (_, right, wrong, says) => {
      const story = readFileSync(STORY, 'utf8');
      const line = story.split('\n').findIndex((l) => l.includes(right)) + 1;
      expect(line).toBeGreaterThan(0);
      let result;
      try {
        writeFileSync(STORY, story.replace(right, wrong));
        result = buildSite(DATA_FILE);
      } finally {
        writeFileSync(STORY, story);
      }
      try {
        expect(result.status).not.toBe(0);
        const output = result.output.replace(/\x1b\[[0-9;]*m/g, '');
        expect(output).toMatch(
          new RegExp(
            `content/story\\.mdx: 1 problem in the story:\\n {2}✗ content/story\\.mdx:${line}:\\d+: ${says.source}`,
          ),
        );
        expect(output.match(new RegExp(says.source, 'g'))).toHaveLength(1);
        expect(output).not.toMatch(/Expected component|^\s+at /m);
        expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
      } finally {
        rmSync(result.outDir, { recursive: true, force: true });
      }
    },
  );
});
