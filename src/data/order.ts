/**
 * The order the site shows each list in, set by the build rather than by the editor: incidents by
 * night, then date, then id; timeline events by date, then id; corrections by date, and those of one
 * day in the order they were added (the last added is the newest, shown at the top of the story).
 * An editor may add a record anywhere in its list (at the end is easiest); the file itself is never
 * rewritten. Pure.
 */
import type { Dataset } from './schema.ts';
import { sortKey } from './dates.ts';

/** One collator for every comparison (`localeCompare` with options builds one per call: slow at ×100). */
const idCollator = new Intl.Collator('en', { numeric: true });

/** Compares ids as people count: "I9" before "I10", "I24a" before "I24b". */
export const byId = (a: { id: string }, b: { id: string }): number =>
  idCollator.compare(a.id, b.id);

/** A copy of the dataset with every ordered list in its order; the other lists keep the file's order. */
export function inOrder(d: Dataset): Dataset {
  return {
    ...d,
    incidents: [...d.incidents].sort(
      (a, b) => a.night.localeCompare(b.night) || a.date.localeCompare(b.date) || byId(a, b),
    ),
    timeline: [...d.timeline].sort(
      (a, b) => sortKey(a.date).localeCompare(sortKey(b.date)) || byId(a, b),
    ),
    // Array sort is stable: corrections of the same day keep the file's order.
    corrections: [...d.corrections].sort((a, b) => a.date.localeCompare(b.date)),
  };
}
