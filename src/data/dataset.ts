/**
 * The validated dataset as Astro components read it, through the content layer. When the data file
 * does not validate, src/content.config.ts stores its problems instead, and getDataset() throws
 * them as a DataFileError: the build stops, and `astro dev` shows them in the error overlay.
 */
import { getCollection } from 'astro:content';
import { DataFileError, LOAD_ERROR_ID, type StoredLoadError } from './load.ts';
import type { Dataset } from './schema.ts';

export async function getDataset(): Promise<Dataset> {
  // One entry: the dataset, or the problems found in the file (getEntry would warn about the absent one).
  const entries = await getCollection('data');
  const failed = entries.find((e) => e.id === LOAD_ERROR_ID);
  if (failed) {
    const { message, file, problemCount } = failed.data as unknown as StoredLoadError;
    throw new DataFileError(message, file, problemCount);
  }
  const entry = entries.find((e) => e.id === 'prison-attacks');
  if (!entry) throw new Error('The data collection is empty: content/data/prison-attacks.json was not loaded.');
  return entry.data as unknown as Dataset;
}
