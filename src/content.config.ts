/**
 * The content layer's view of content/data/prison-attacks.json: one entry, the validated dataset.
 * Validation happens in src/data/load.ts, so `astro build`, `astro dev` and `npm run check:data`
 * stop on the same problems with the same messages.
 *
 * A file that does not validate is stored as a "load-error" entry instead of the dataset, and
 * src/data/dataset.ts throws it when a page asks for the data: `astro dev` then shows it in the
 * browser's error overlay (and the terminal) rather than silently keeping the old data, and the
 * next save that fixes the file clears it; `astro build` fails on the first page with the same
 * message; `astro check` still checks the types. In `astro dev` its store is what reloads the page
 * after a save; the page itself reads the file as it is now (src/data/dataset.ts says why).
 */
import { defineCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import {
  DATA_FILE,
  datasetFromText,
  DataFileError,
  DEV_FIX_HINT,
  LOAD_ERROR_ID,
  loadDataset,
  type StoredLoadError,
} from './data/load.ts';

/** How long the data file's change events must be quiet before it is read again, in milliseconds. */
const RELOAD_SETTLE_MS = 150;
/** How many times an empty data file (a save still being written) is waited for before it is reported. */
const RELOAD_EMPTY_TRIES = 5;
/** The data file's text, or undefined when it cannot be read (loadDataset then reports it). */
const readText = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

const data = defineCollection({
  loader: {
    name: 'under-fire-dataset',
    load: async ({ store, watcher, logger }) => {
      /** Stores the dataset, or its problems; `text` is the file as just read (read here when absent). */
      const put = (text?: string): boolean => {
        store.clear();
        try {
          const dataset = text === undefined ? loadDataset() : datasetFromText(text);
          store.set({ id: 'prison-attacks', data: dataset as unknown as Record<string, unknown> });
          return true;
        } catch (error) {
          if (!(error instanceof DataFileError)) throw error;
          const message = watcher ? `${error.message}\n  ${DEV_FIX_HINT}` : error.message;
          const stored: StoredLoadError = {
            message,
            file: error.file,
            problemCount: error.problemCount,
          };
          store.set({ id: LOAD_ERROR_ID, data: { ...stored } });
          // In dev the terminal shows it now; a build or check reports it where the data is read.
          if (watcher) logger.error(message);
          return false;
        }
      };
      put();
      watcher?.add(DATA_FILE);
      // An editor's save can arrive as several events, the first while the file is still empty
      // (truncated, not yet written), and the watcher may not report the write that follows. So the
      // file is read once the events have settled, and an empty file is read again a little later.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const reload = (emptyTries = 0) => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          // The text read here is the text validated: no second read that could catch the save half-way.
          const text = readText(DATA_FILE);
          if (emptyTries < RELOAD_EMPTY_TRIES && text === '') return reload(emptyTries + 1);
          if (put(text)) logger.info(`${DATA_FILE} reloaded`);
        }, RELOAD_SETTLE_MS);
      };
      // An atomic save (a temporary file renamed over the data file, as VS Code and vim can do) is
      // reported as 'add', not 'change'.
      const isDataFile = (path: string) => path.endsWith(DATA_FILE.replace(/^.*\//, ''));
      watcher?.on('change', (changed) => isDataFile(changed) && reload());
      watcher?.on('add', (added) => isDataFile(added) && reload());
    },
  },
});

export const collections = { data };
