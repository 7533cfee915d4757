/** A table's columns from its labels in the edition's words, in order: { night: "Nuit", … } → columns; `numeric` keys align right. */
import type { Column } from '../data/csv.ts';

export const labelledColumns = (
  labels: Record<string, string>,
  numeric: readonly string[] = [],
): Column[] =>
  Object.entries(labels).map(([key, label]) => ({
    key,
    label,
    ...(numeric.includes(key) ? { numeric: true } : {}),
  }));
