/**
 * `npm run check:data`: validates content/data/prison-attacks.json (or UNDER_FIRE_DATA) and prints
 * every problem at once. Exit 0 when the file is good, 1 when it is not. With --build (the first
 * step of `npm run build`), a failure also says that nothing was built.
 *
 *   node scripts/check-data.ts [file] [--build]
 */
import { parseArgs } from 'node:util';
import { DataFileError, DATA_FILE, loadDataset } from '../src/data/load.ts';
import { dataSummary } from '../src/lint/wave.ts';

const { values, positionals } = parseArgs({
  options: { build: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const file = positionals[0] ?? DATA_FILE;
try {
  const data = loadDataset(file);
  console.log(`✓ ${file}: ${dataSummary(data)}`);
} catch (error) {
  if (!(error instanceof DataFileError)) throw error;
  console.error(error.message);
  if (values.build)
    console.error('Nothing was built: fix the problems above and run npm run build again.');
  process.exit(1);
}
