/**
 * `npm run check:data`: validates content/data/prison-attacks.json (or UNDER_FIRE_DATA) and prints
 * every problem at once. Exit 0 when the file is good, 1 when it is not.
 */
import { DataFileError, DATA_FILE, loadDataset } from '../src/data/load.ts';

try {
  const data = loadDataset(process.argv[2] ?? DATA_FILE);
  console.log(
    `✓ ${process.argv[2] ?? DATA_FILE}: ${data.incidents.length} incidents, ${data.places.length} places, ` +
      `${data.timeline.length} timeline events, ${data.statistics.length} statistics, ${data.sources.length} sources.`,
  );
} catch (error) {
  if (!(error instanceof DataFileError)) throw error;
  console.error(error.message);
  process.exit(1);
}
