/**
 * Validates the whole data file and reports every problem at once, each naming the file, its line
 * and column, the JSON path, the record id, the field, the bad value and what was expected. The
 * valid dataset comes back with its ordered lists sorted (order.ts). Pure: text in, result out.
 */
import type { z } from 'zod';
import { Dataset, type Dataset as DatasetT } from './schema.ts';
import { crossRecordProblems, type RuleOptions } from './rules.ts';
import { jsonErrorOffset, jsonMistake, jsonPathOffsets, lineAndColumn } from './jsonSyntax.ts';
import { inOrder } from './order.ts';
import { jsonPath, type DataProblem } from './problem.ts';
import { standardsProblems } from './standards.ts';
import { editDistance } from './spelling.ts';

export { jsonPath, type DataProblem } from './problem.ts';

export type Validation = { ok: true; data: DatasetT } | { ok: false; problems: DataProblem[] };

/** Validates parsed JSON: shape first (zod), then the rules that span records; the data comes back in order. */
export function validateDataset(input: unknown, options: RuleOptions = {}): Validation {
  const parsed = Dataset.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      problems: suggestSpellings(parsed.error.issues.map((i) => fromIssue(i, input))),
    };
  const problems = [
    ...crossRecordProblems(parsed.data, options),
    ...standardsProblems(parsed.data),
  ];
  return problems.length ? { ok: false, problems } : { ok: true, data: inOrder(parsed.data) };
}

/** Parses and validates the text of the data file; every problem carries its line and column. */
export function validateDatasetText(text: string, options: RuleOptions = {}): Validation {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [jsonSyntaxProblem(text, error)] };
  }
  const result = validateDataset(json, options);
  return result.ok ? result : { ok: false, problems: placeProblems(text, result.problems) };
}

/** Gives each problem the line and column of its field, or of the nearest enclosing one that is in the file (a missing field: its record). */
export function placeProblems(text: string, problems: DataProblem[]): DataProblem[] {
  const offsets = jsonPathOffsets(text);
  return problems.map((p) => {
    for (let n = p.path.length; n >= 0; n--) {
      const offset = offsets.get(jsonPath(p.path.slice(0, n)));
      if (offset !== undefined) return { ...p, ...lineAndColumn(text, offset) };
    }
    return p;
  });
}

function fromIssue(issue: z.core.$ZodIssue, input: unknown): DataProblem {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const value = valueAt(input, path);
  let message = issue.message;
  if (issue.code === 'invalid_type' && value === undefined)
    message = `This field is required and missing: add "${path.at(-1)}" (${issue.expected === 'string' ? 'text' : issue.expected})`;
  if (
    issue.code === 'invalid_format' &&
    issue.format === 'date' &&
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(value)
  )
    message =
      'This day does not exist in the calendar: write a real date as YYYY-MM-DD, e.g. "2025-04-15"';
  if (issue.code === 'unrecognized_keys')
    message = `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling against content/README.md`;
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
        (m) =>
          m.path.length === p.path.length + 1 &&
          jsonPath(m.path.slice(0, -1)) === jsonPath(p.path) &&
          editDistance(String(m.path.at(-1)), key!) <= 2,
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

/** A JSON syntax error in plain words, placed where the editor should look (not always where the parser stopped). */
function jsonSyntaxProblem(text: string, error: unknown): DataProblem {
  const found = jsonErrorOffset(text);
  if (found < 0)
    return {
      path: [],
      message: `The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  const { offset, hint } = jsonMistake(text, found);
  const { line, column } = lineAndColumn(text, offset);
  const character = text[found] === undefined ? 'the end of the file' : `"${text[found]}"`;
  return {
    path: [],
    line,
    column,
    message: `The file is not valid JSON: at line ${line}, column ${column}: ${hint || `${character} is not expected here; check the line and the one before it`}`,
  };
}

/**
 * Renders problems as the checks print them: a heading naming the file, then one line per problem
 * starting with file:line:column (editors and terminals open the file there when it is clicked).
 */
export function formatProblems(file: string, input: unknown, problems: DataProblem[]): string {
  const lines = problems.map(
    (p) =>
      `  ✗ ${p.line === undefined ? '' : `${file}:${p.line}:${p.column ?? 1}: `}${describeProblem(input, p)}`,
  );
  const n = problems.length;
  return [`${file}: ${n} problem${n === 1 ? '' : 's'} in the data file:`, ...lines].join('\n');
}

/** One problem in words: where (path, record id, field), what was found, what was expected. */
export function describeProblem(input: unknown, p: DataProblem): string {
  const where = p.path.length ? jsonPath(p.path) : p.line === undefined ? '(whole file)' : '';
  const record = recordLabel(input, p.path);
  const found = p.value === undefined ? '' : ` Found ${JSON.stringify(p.value)?.slice(0, 120)}.`;
  const stop = /[.?!]$/.test(p.message) ? '' : '.';
  return `${where}${record}${where || record ? ': ' : ''}${p.message}${stop}${found}`;
}

function recordLabel(input: unknown, path: (string | number)[]): string {
  if (path.length < 2 || typeof path[1] !== 'number') return '';
  const record = valueAt(input, path.slice(0, 2));
  const id = record && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? ` (record "${id}")` : '';
}
