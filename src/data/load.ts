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
    // The message says where and what to fix; a stack trace under it would only bury it.
    this.stack = '';
  }
}

/** Said under every data error in the dev preview. */
export const DEV_FIX_HINT = 'Fix the file and save it: the page in the browser reloads by itself.';

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
 * The dataset as the file on disk says now, for `astro dev`: validated once per version of the
 * file's text (a changed save is validated again; an unchanged one is not). Throws the same
 * DataFileError as loadDataset. The dev preview reads this, not the content layer's copy, which is
 * written half a second after a save; see src/data/dataset.ts.
 */
export function currentDataset(file: string = DATA_FILE, root: string = process.cwd()): Dataset {
  const path = resolve(root, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new DataFileError(
      `${file}: the data file could not be read. Is the path right?`,
      file,
      1,
    );
  }
  if (current?.path !== path || current.text !== text)
    current = { path, text, result: attempt(() => validatedText(text, file)) };
  if ('error' in current.result) throw current.result.error;
  return current.result.data;
}

let current:
  { path: string; text: string; result: { data: Dataset } | { error: unknown } } | undefined;

function attempt(f: () => Dataset): { data: Dataset } | { error: unknown } {
  try {
    return { data: f() };
  } catch (error) {
    return { error };
  }
}

/**
 * Loads and validates the data file; throws a DataFileError listing every problem. The dataset
 * comes back with its ordered lists sorted. `today` (default: the date in Paris now) is the day
 * after which no correction may be dated.
 */
export function loadDataset(
  file: string = DATA_FILE,
  root: string = process.cwd(),
  today: string = todayInParis(),
): Dataset {
  const path = resolve(root, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new DataFileError(
      `${file}: the data file could not be read. Is the path right?`,
      file,
      1,
    );
  }
  return validatedText(text, file, today);
}

/** Validates the text of a data file already read; throws a DataFileError listing every problem. */
export function datasetFromText(text: string, file: string = DATA_FILE): Dataset {
  return validatedText(text, file);
}

function validatedText(text: string, file: string, today: string = todayInParis()): Dataset {
  const result = validateDatasetText(text, { today });
  if (result.ok) return result.data;
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    input = undefined;
  }
  throw new DataFileError(
    formatProblems(file, input, result.problems),
    file,
    result.problems.length,
  );
}
