/**
 * The validated dataset as Astro components read it. In a build, through the content layer: when
 * the data file does not validate, src/content.config.ts stores its problems instead, and
 * getDataset() throws them as a DataFileError, so the build stops with them.
 *
 * In `astro dev`, from the file on disk as it is now (validated once per version, load.ts). Why: a
 * save reloads the page twice, once at once and once when the content layer has stored the new
 * version (its writes wait half a second for quiet). The first reload used to render the content
 * layer's old copy, and if the second reload's message reached the browser while the first page
 * was still loading, it was lost: the page kept the old state, an error after a fix or the story
 * after a break. Re-saving did not help, since the store skips a write that changes nothing. Read
 * from the file, every render shows the save, whichever reload renders it.
 */
import { getCollection } from 'astro:content';
import {
  currentDataset,
  DataFileError,
  DEV_FIX_HINT,
  LOAD_ERROR_ID,
  type StoredLoadError,
} from './load.ts';
import type { Dataset } from './schema.ts';
import type { Lang } from '../i18n/lang.ts';
import { localised } from './translations.ts';

export async function getDataset(): Promise<Dataset> {
  if (import.meta.env.DEV) {
    try {
      return currentDataset();
    } catch (error) {
      if (error instanceof DataFileError)
        throw new DataFileError(
          `${error.message}\n  ${DEV_FIX_HINT}`,
          error.file,
          error.problemCount,
        );
      throw error;
    }
  }
  // One entry: the dataset, or the problems found in the file (getEntry would warn about the absent one).
  const entries = await getCollection('data');
  const failed = entries.find((e) => e.id === LOAD_ERROR_ID);
  if (failed) {
    const { message, file, problemCount } = failed.data as unknown as StoredLoadError;
    throw new DataFileError(message, file, problemCount);
  }
  const entry = entries.find((e) => e.id === 'prison-attacks');
  if (!entry)
    throw new Error(
      'The data collection is empty: content/data/prison-attacks.json was not loaded.',
    );
  return entry.data as unknown as Dataset;
}

/** The dataset as an edition shows it: each record's French on /fr/ pages (src/data/translations.ts). */
export const getDatasetIn = async (lang: Lang): Promise<Dataset> =>
  localised(await getDataset(), lang);
