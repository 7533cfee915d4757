/**
 * The content layer's view of content/data/prison-attacks.json: one entry, the validated dataset.
 * Validation happens in src/data/load.ts, so `astro build`, `astro dev` and `npm run check:data`
 * stop on the same problems with the same messages.
 *
 * A file that does not validate is stored as a "load-error" entry instead of the dataset, and
 * src/data/dataset.ts throws it when a page asks for the data: `astro dev` then shows it in the
 * browser's error overlay (and the terminal) rather than silently keeping the old data, and the
 * next save that fixes the file clears it; `astro build` fails on the first page with the same
 * message; `astro check` still checks the types.
 */
import { defineCollection } from 'astro:content';
import { DATA_FILE, DataFileError, LOAD_ERROR_ID, loadDataset, type StoredLoadError } from './data/load.ts';

const data = defineCollection({
  loader: {
    name: 'under-fire-dataset',
    load: async ({ store, watcher, logger }) => {
      const put = (): boolean => {
        store.clear();
        try {
          store.set({ id: 'prison-attacks', data: loadDataset() as unknown as Record<string, unknown> });
          return true;
        } catch (error) {
          if (!(error instanceof DataFileError)) throw error;
          const message = watcher ? `${error.message}\n  Fix the file and save it: the page in the browser reloads by itself.` : error.message;
          const stored: StoredLoadError = { message, file: error.file, problemCount: error.problemCount };
          store.set({ id: LOAD_ERROR_ID, data: { ...stored } });
          // In dev the terminal shows it now; a build or check reports it where the data is read.
          if (watcher) logger.error(message);
          return false;
        }
      };
      put();
      watcher?.add(DATA_FILE);
      watcher?.on('change', (changed) => {
        if (!changed.endsWith(DATA_FILE.replace(/^.*\//, ''))) return;
        if (put()) logger.info(`${DATA_FILE} reloaded`);
      });
    },
  },
});

export const collections = { data };
