/**
 * `npm run check`: what an editor runs before publishing. Four parts, in order, each run whatever
 * the others found: (a) the data check (scripts/check-data.ts), (b) the content lints
 * (scripts/check-content.ts), (c) the code's formatting (`prettier --check .`, as `npm run
 * format:check`), (d) `astro check` (types of src/, scripts/ and tests/). Prints each part's
 * output, then one summary line per part; exit 1 when any part fails.
 *
 *   npm run check [-- --story content/story.mdx --data content/data/prison-attacks.json] [-- --no-types] [-- --no-format]
 *
 * --no-types skips the slowest part, astro check (about 20 s), for a quick look at the content;
 * --no-format skips the formatting check (the code's, not the content's: editors may skip it).
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { DATA_FILE } from '../src/data/load.ts';

const { values } = parseArgs({
  options: {
    story: { type: 'string', default: 'content/story.mdx' },
    data: { type: 'string', default: DATA_FILE },
    'no-types': { type: 'boolean', default: false },
    'no-format': { type: 'boolean', default: false },
  },
});
const node = process.execPath;

interface Part {
  name: string;
  command: string[];
  /** The part's one-line summary, read from what it printed. */
  summary: (output: string, ok: boolean) => string;
}

const lastLine = (output: string) => output.trim().split('\n').at(-1) ?? '';
const PARTS: Part[] = [
  {
    name: 'data',
    command: [node, 'scripts/check-data.ts', values.data],
    summary: (out, ok) =>
      `${ok ? '✓' : '✗'} data: ${out.trim().split('\n')[0]!.replace(/^✓ /, '').replace(/:$/, '.')}`,
  },
  {
    name: 'content lints',
    command: [node, 'scripts/check-content.ts', '--story', values.story, '--data', values.data],
    summary: (out) => lastLine(out),
  },
  {
    name: 'format',
    command: ['npx', 'prettier', '--check', '.'],
    summary: (out, ok) => {
      if (ok) return '✓ format: every file is formatted (Prettier).';
      const files = out.split('\n').filter((l) => /^\[warn\] (?!Code style issues)/.test(l)).length;
      const errors = out.split('\n').filter((l) => l.startsWith('[error]')).length;
      return `✗ format: ${files} file${files === 1 ? '' : 's'} not formatted${errors ? `, ${errors} could not be parsed` : ''} (listed above); run \`npm run format\` to fix.`;
    },
  },
  {
    name: 'astro check',
    command: ['npx', 'astro', 'check'],
    summary: (out, ok) => {
      const at = out.lastIndexOf('Result (');
      if (at < 0)
        return `✗ astro check (types): stopped before checking: ${
          out
            .trim()
            .split('\n')
            .find((l) => /error/i.test(l))
            ?.trim() ?? lastLine(out)
        }`;
      const count = (what: string) => new RegExp(`(\\d+) ${what}`).exec(out.slice(at))?.[1] ?? '?';
      return `${ok ? '✓' : '✗'} astro check (types): ${count('errors')} errors, ${count('warnings')} warnings${ok ? '' : ' (each is listed above with its file and line)'}.`;
    },
  },
];

const results = PARTS.map((part) => {
  if (part.name === 'astro check' && values['no-types'])
    return { ok: true, line: '– astro check (types): skipped (--no-types).' };
  if (part.name === 'format' && values['no-format'])
    return { ok: true, line: '– format: skipped (--no-format).' };
  console.log(
    `\n── ${part.name}: ${part.command.slice(part.command[0] === node ? 1 : 0).join(' ')}`,
  );
  const run = spawnSync(part.command[0]!, part.command.slice(1), {
    encoding: 'utf8',
    env: { ...process.env, UNDER_FIRE_DATA: values.data },
  });
  // Colour codes would hide the counts from the summary; the parts print plain text when piped anyway.
  const output = `${run.stdout}${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  process.stdout.write(output);
  const ok = run.status === 0;
  return { ok, line: part.summary(output, ok) };
});

console.log(`\n${results.map((r) => r.line).join('\n')}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
