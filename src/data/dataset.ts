/** The validated dataset as Astro components read it, through the content layer. */
import { getEntry } from 'astro:content';
import type { Dataset } from './schema.ts';

export async function getDataset(): Promise<Dataset> {
  const entry = await getEntry('data', 'prison-attacks');
  if (!entry) throw new Error('The data collection is empty: content/data/prison-attacks.json was not loaded.');
  return entry.data as unknown as Dataset;
}
