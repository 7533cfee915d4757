/**
 * One problem found in the data file, as the checks report it: where (JSON path, and line and
 * column once the text is known), what was expected, and the value found. Its own module so the
 * rules (rules.ts) and the validator (validate.ts) share it without importing each other.
 */
export interface DataProblem {
  /** JSON path, e.g. ["incidents", 7, "counts", "vehiclesBurned"]. */
  path: (string | number)[];
  /** What was expected, in words an editor understands. */
  message: string;
  /** The value found there (undefined when missing). */
  value?: unknown;
  /** 1-based line and column in the file's text, when the text was given. */
  line?: number;
  column?: number;
}

/** A JSON path as editors read it: `incidents[7].counts.vehiclesBurned`. */
export function jsonPath(path: (string | number)[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}
