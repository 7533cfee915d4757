/**
 * The content layer's view of content/data/prison-attacks.json: one entry, the validated dataset.
 * Validation happens in src/data/load.ts, so `astro build`, `astro dev` and `npm run check:data`
 * stop on the same problems with the same messages.
 */
import { defineCollection } from 'astro:content';
import { DATA_FILE, loadDataset } from './data/load.ts';

const data = defineCollection({
  loader: {
    name: 'under-fire-dataset',
    load: async ({ store, watcher, logger }) => {
      const put = () => {
        const dataset = loadDataset();
        store.clear();
        store.set({ id: 'prison-attacks', data: dataset as unknown as Record<string, unknown> });
      };
      put();
      watcher?.add(DATA_FILE);
      watcher?.on('change', (changed) => {
        if (!changed.endsWith(DATA_FILE.replace(/^.*\//, ''))) return;
        try {
          put();
          logger.info(`${DATA_FILE} reloaded`);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  },
});

export const collections = { data };
