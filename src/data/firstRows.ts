/**
 * Long lists collapsed on the page: a table, the map's list of places, the source list or the
 * story's list of outlets shows its
 * first rows and says how many more there are; the downloads (/data/) always hold every row. A list
 * no longer than its limit shows whole, so the story's own data shows every row.
 */

/** Rows a data table or the map's list of places shows at most. */
export const TABLE_ROWS = 50;
/** Sources the source list shows at most (the newest first). */
export const SOURCE_ROWS = 250;
/** Outlets the story's summary of its sources names at most (the most cited first). */
export const SUMMARY_OUTLETS = 150;
/** The story's summary names only outlets cited at least this often; the others are counted. */
export const SUMMARY_NAMED_FROM = 2;

/** The first `max` of `rows`, and how many are left out (0: all shown). */
export function firstRows<T>(rows: readonly T[], max = TABLE_ROWS): { shown: T[]; more: number } {
  if (!(Number.isInteger(max) && max > 0)) throw new Error(`invalid max: ${max}`);
  return rows.length <= max
    ? { shown: [...rows], more: 0 }
    : { shown: rows.slice(0, max), more: rows.length - max };
}
