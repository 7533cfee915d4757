/**
 * Validates the whole data file and reports every problem at once, each naming the file, the JSON
 * path, the record id, the field, the bad value and what was expected. Pure: text in, result out.
 */
import type { z } from 'zod';
import { Dataset, type Dataset as DatasetT } from './schema.ts';
import { crossRecordProblems } from './rules.ts';
import { standardsProblems } from './standards.ts';
import { jsonErrorOffset, jsonMistakeHint, lineAndColumn } from './jsonSyntax.ts';
import { editDistance } from './spelling.ts';

export interface DataProblem {
  /** JSON path, e.g. ["incidents", 7, "counts", "vehiclesBurned"]. */
  path: (string | number)[];
  /** What was expected, in words an editor understands. */
  message: string;
  /** The value found there (undefined when missing). */
  value?: unknown;
}

export type Validation = { ok: true; data: DatasetT } | { ok: false; problems: DataProblem[] };

/** Validates parsed JSON: shape first (zod), then the rules that span records. */
export function validateDataset(input: unknown): Validation {
  const parsed = Dataset.safeParse(input);
  if (!parsed.success) return { ok: false, problems: suggestSpellings(parsed.error.issues.map((i) => fromIssue(i, input))) };
  const problems = [...crossRecordProblems(parsed.data), ...standardsProblems(parsed.data)];
  return problems.length ? { ok: false, problems } : { ok: true, data: parsed.data };
}

/** Parses and validates the text of the data file; a JSON syntax error is reported with its line. */
export function validateDatasetText(text: string): Validation {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: [], message: `The file is not valid JSON: ${jsonErrorWhere(text, error)}` }] };
  }
  return validateDataset(json);
}

function fromIssue(issue: z.core.$ZodIssue, input: unknown): DataProblem {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const value = valueAt(input, path);
  let message = issue.message;
  if (issue.code === 'invalid_type' && value === undefined)
    message = `This field is required and missing: add "${path.at(-1)}" (${issue.expected === 'string' ? 'text' : issue.expected})`;
  if (issue.code === 'invalid_format' && issue.format === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    message = 'This day does not exist in the calendar: write a real date as YYYY-MM-DD, e.g. "2025-04-15"';
  if (issue.code === 'unrecognized_keys') message = `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling against content/README.md`;
  return { path, message, value: issue.code === 'unrecognized_keys' ? undefined : value };
}

/** An unknown field next to a missing one spelled almost the same is a typo: say which field was meant. */
function suggestSpellings(problems: DataProblem[]): DataProblem[] {
  const missing = problems.filter((p) => p.message.startsWith('This field is required'));
  return problems.map((p) => {
    const unknown = /^Unknown fields? (.*?):/.exec(p.message);
    if (!unknown) return p;
    const hints = [...unknown[1]!.matchAll(/"([^"]+)"/g)].flatMap(([, key]) => {
      const meant = missing.find(
        (m) => m.path.length === p.path.length + 1 && jsonPath(m.path.slice(0, -1)) === jsonPath(p.path) && editDistance(String(m.path.at(-1)), key!) <= 2,
      );
      return meant ? [`"${key}" should probably be "${meant.path.at(-1)}"`] : [];
    });
    return hints.length ? { ...p, message: `${p.message} (${hints.join('; ')})` } : p;
  });
}

function valueAt(input: unknown, path: (string | number)[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

function jsonErrorWhere(text: string, error: unknown): string {
  const reason = (error instanceof Error ? error.message : String(error)).replace(/,? ?(in JSON at position|").*$/s, '');
  const offset = jsonErrorOffset(text);
  if (offset < 0) return reason;
  const { line, column } = lineAndColumn(text, offset);
  const hint = jsonMistakeHint(text, offset);
  return `at line ${line}, column ${column}: ${hint || reason}`;
}

/** Renders problems as the message the build prints: one line per problem, grouped under the file. */
export function formatProblems(file: string, input: unknown, problems: DataProblem[]): string {
  const lines = problems.map((p) => `  ✗ ${describeProblem(input, p)}`);
  const n = problems.length;
  return [`${file}: ${n} problem${n === 1 ? '' : 's'} in the data file; nothing was built.`, ...lines].join('\n');
}

/** One problem in words: where (path, record id, field), what was found, what was expected. */
export function describeProblem(input: unknown, p: DataProblem): string {
  const where = p.path.length ? jsonPath(p.path) : '(whole file)';
  const record = recordLabel(input, p.path);
  const found = p.value === undefined ? '' : ` Found ${JSON.stringify(p.value)?.slice(0, 120)}.`;
  const stop = /[.?!]$/.test(p.message) ? '' : '.';
  return `${where}${record}: ${p.message}${stop}${found}`;
}

export function jsonPath(path: (string | number)[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

function recordLabel(input: unknown, path: (string | number)[]): string {
  if (path.length < 2 || typeof path[1] !== 'number') return '';
  const record = valueAt(input, path.slice(0, 2));
  const id = record && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? ` (record "${id}")` : '';
}
