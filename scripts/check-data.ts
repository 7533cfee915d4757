/**
 * `npm run check:data`: validates content/data/prison-attacks.json (or UNDER_FIRE_DATA) and prints
 * every problem at once, then every English text without its French (missing or empty). Exit 0 when the file is good, 1 when it is not. With --build (the first
 * step of `npm run build`), a failure also says that nothing was built.
 *
 *   node scripts/check-data.ts [file] [--build]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DataFileError, DATA_FILE, loadDataset } from '../src/data/load.ts';
import { translationProblems } from '../src/data/translations.ts';
import { formatProblems, placeProblems } from '../src/data/validate.ts';
import { dataSummary } from '../src/lint/wave.ts';

const { values, positionals } = parseArgs({
  options: { build: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const file = positionals[0] ?? DATA_FILE;
const fail = (message: string) => {
  console.error(message);
  if (values.build)
    console.error('Nothing was built: fix the problems above and run npm run build again.');
  process.exit(1);
};
try {
  const data = loadDataset(file);
  // Every English text needs its French (the French edition shows it): listed by line, path and record.
  const text = readFileSync(file, 'utf8');
  const input: unknown = JSON.parse(text);
  const missing = translationProblems(input);
  if (missing.length) {
    const lines = formatProblems(file, input, placeProblems(text, missing)).split('\n').slice(1);
    const n = missing.length;
    fail([`${file}: ${n} translation${n === 1 ? '' : 's'} missing or empty:`, ...lines].join('\n'));
  }
  console.log(`✓ ${file}: ${dataSummary(data).replace(/\.$/, '')}; every text has its French.`);
} catch (error) {
  if (!(error instanceof DataFileError)) throw error;
  fail(error.message);
}
