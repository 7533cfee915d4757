/**
 * SVG snapshots, as Observable Plot keeps them: the output pretty-printed with numbers rounded to
 * 3 decimals and compared with a checked-in file. A mismatch writes NAME-changed.svg beside it and
 * fails; to accept a change, review the diff and run with UPDATE_SNAPSHOTS=1.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const DIR = 'tests/charts/__snapshots__';

export function prettySvg(markup: string): string {
  const rounded = markup.replace(/\d+\.\d{4,}/g, (n) =>
    String(Math.round(Number(n) * 1000) / 1000),
  );
  let depth = 0;
  return rounded
    .replace(/>\s*</g, '>\n<')
    .split('\n')
    .map((line) => {
      if (/^<\//.test(line)) depth = Math.max(0, depth - 1);
      const out = `${'  '.repeat(depth)}${line}`;
      if (/^<[^/!][^>]*[^/]>$/.test(line) && !/<\/[^>]+>$/.test(line)) depth += 1;
      return out;
    })
    .join('\n')
    .concat('\n');
}

/** Returns a message when the markup differs from the snapshot (and writes -changed.svg), else undefined. */
export function compareSnapshot(name: string, markup: string): string | undefined {
  const file = join(DIR, `${name}.svg`);
  const actual = prettySvg(markup);
  mkdirSync(dirname(file), { recursive: true });
  if (!existsSync(file)) {
    // In CI a missing snapshot is a failure: it should have been reviewed and committed.
    if (process.env.CI) return `${file} is missing: run the tests locally, review it and commit it`;
    writeFileSync(file, actual);
    return undefined;
  }
  if (process.env.UPDATE_SNAPSHOTS) {
    writeFileSync(file, actual);
    return undefined;
  }
  if (readFileSync(file, 'utf8') === actual) return undefined;
  writeFileSync(join(DIR, `${name}-changed.svg`), actual);
  return `${file} changed: see ${name}-changed.svg (git diff --no-index ${file} ${join(DIR, `${name}-changed.svg`)})`;
}
