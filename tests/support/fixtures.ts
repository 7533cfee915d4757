/** Fixture datasets for tests: small hand-made data, validated like the real file. */
import { loadDataset } from '../../src/data/load.ts';
import type { Dataset } from '../../src/data/schema.ts';

export const SMALL = 'tests/fixtures/small.json';

/** The small fixture, validated; a fresh copy each call so tests can change it freely. */
export function smallDataset(): Dataset {
  return structuredClone(loadDataset(SMALL));
}
