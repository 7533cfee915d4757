/**
 * Reads the data file from disk and validates it. The only code that touches content/data; the
 * content layer (src/content.config.ts) and `npm run check:data` both call it, so the build and
 * the check report the same problems in the same words.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from './schema.ts';
import { todayInParis } from './dates.ts';
import { formatProblems, validateDatasetText } from './validate.ts';

/** The data file, relative to the project root. UNDER_FIRE_DATA points elsewhere (tests, fixtures). */
export const DATA_FILE = process.env.UNDER_FIRE_DATA ?? 'content/data/prison-attacks.json';

export class DataFileError extends Error {
  override name = 'DataFileError';
  readonly file: string;
  readonly problemCount: number;
  constructor(message: string, file: string, problemCount: number) {
    super(message);
    this.file = file;
    this.problemCount = problemCount;
  }
}

/** The content-layer entry id under which src/content.config.ts stores a data file's problems. */
export const LOAD_ERROR_ID = 'load-error';

/** A DataFileError as the content layer stores it (plain data). */
export interface StoredLoadError {
  /** Every problem, as src/data/validate.ts words them (file, JSON path, record, fix). */
  message: string;
  file: string;
  problemCount: number;
}

/**
 * Loads and validates the data file; throws a DataFileError listing every problem. The dataset
 * comes back with its ordered lists sorted. `today` (default: the date in Paris now) is the day
 * after which no correction may be dated.
 */
export function loadDataset(file: string = DATA_FILE, root: string = process.cwd(), today: string = todayInParis()): Dataset {
  const path = resolve(root, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new DataFileError(`${file}: the data file could not be read. Is the path right?`, file, 1);
  }
  const result = validateDatasetText(text, { today });
  if (result.ok) return result.data;
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    input = undefined;
  }
  throw new DataFileError(formatProblems(file, input, result.problems), file, result.problems.length);
}
