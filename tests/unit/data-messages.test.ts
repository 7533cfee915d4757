/** What an editor reads when the data file is wrong: every problem at once, one line each, and refused links. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblems, validateDataset, validateDatasetText } from '../../src/data/validate.ts';
import {
  jsonErrorOffset,
  jsonMistakeHint,
  jsonPathOffsets,
  lineAndColumn,
} from '../../src/data/jsonSyntax.ts';

const read = (file: string) => readFileSync(file, 'utf8');
const small = () => JSON.parse(read('tests/fixtures/small.json'));

describe('validateDatasetText(text) reports every problem at once', () => {
  test('a file with three different mistakes gives three lines', () => {
    const text = read('tests/fixtures/three-mistakes.json');
    const result = validateDatasetText(text);
    if (result.ok) throw new Error('three-mistakes.json should not validate');
    const lines = formatProblems('three-mistakes.json', JSON.parse(text), result.problems).split(
      '\n',
    );
    expect(lines[0]).toBe('three-mistakes.json: 3 problems in the data file:'); // the check builds nothing, so it does not say "nothing was built"
    expect(lines.slice(1)).toHaveLength(3);
    expect(lines.join('\n')).toContain('sources[1].url (record "paper-b")');
    expect(lines.join('\n')).toContain('incidents[0].counts.vehiclesBurned (record "I01")');
    expect(lines.join('\n')).toContain('incidents[2].type (record "I03")');
  });
});

describe('source links', () => {
  test.each([
    ['javascript:window.__pwned=1'],
    ['JavaScript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['http://example.org/b'],
    ['//example.org/b'],
    ['vbscript:msgbox(1)'],
  ])('a source url of %s is refused', (url) => {
    const data = small();
    data.sources[0].url = url;
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path.join('.'))).toContain('sources.0.url');
  });

  test('an https url is accepted', () => {
    const data = small();
    data.sources[0].url = 'https://www.example.org/2025/04/15/article?x=1#part';
    expect(validateDataset(data).ok).toBe(true);
  });
});

describe('hostile text', () => {
  test('tests/fixtures/hostile.json is valid: markup in text fields is text, to be escaped, not refused', () => {
    const text = read('tests/fixtures/hostile.json');
    expect(text).toContain('<img src=x onerror=window.__pwned=1>');
    expect(validateDatasetText(text).ok).toBe(true);
  });
});

describe('jsonErrorOffset(text) finds where JSON goes wrong', () => {
  test.each([
    ['[1,2]', -1],
    ['{"a": [true, null, "x\\"y"], "b": -1.5e3}', -1],
    ['[1,2,]', 5],
    ['{"a":1,}', 7],
    ['{"a" 1}', 5],
    ["{'a':1}", 1],
    ['[1 2]', 3],
    ['{"a":1', 6],
    ['[1] x', 4],
  ])('%s → %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  test('jsonMistakeHint names the trailing comma and the missing comma', () => {
    expect(jsonMistakeHint('[1,2,]', 5)).toContain('trailing comma');
    expect(jsonMistakeHint('[{"a":1} {"a":2}]', 9)).toContain('comma is missing');
  });
});

describe('JSON syntax errors in plain words, at the line to fix', () => {
  const problem = (text: string) => {
    const r = validateDatasetText(text);
    if (r.ok) throw new Error('should not parse');
    return formatProblems('data.json', undefined, r.problems).split('\n')[1];
  };

  test.each([
    [
      'a missing closing quote (V8: "Bad control character in string literal")',
      '{\n  "a": "no end,\n  "b": 1\n}',
      '  ✗ data.json:2:8: The file is not valid JSON: at line 2, column 8: this text has no closing quote: add " at its end, before the comma.',
    ],
    [
      'a trailing comma, reported at the comma, not at the bracket a line later',
      '{\n  "a": [\n    1,\n    2,\n  ]\n}',
      '  ✗ data.json:4:6: The file is not valid JSON: at line 4, column 6: a comma after the last item of a list or record: remove this trailing comma.',
    ],
    [
      'a missing comma at the end of a line, reported there',
      '{\n  "a": 1\n  "b": 2\n}',
      '  ✗ data.json:2:9: The file is not valid JSON: at line 2, column 9: a comma is missing between two items: add one here.',
    ],
    [
      'a word without quotes',
      '{\n  "type": arson\n}',
      '  ✗ data.json:2:11: The file is not valid JSON: at line 2, column 11: a text must be written between double quotes, e.g. "arson"; numbers, true, false and null take none.',
    ],
    [
      'a quote inside a text',
      '{\n  "title": "He said "no" twice"\n}',
      '  ✗ data.json:2:22: The file is not valid JSON: at line 2, column 22: a double quote inside a text ends it early: write \\" for a quote inside a text (or use “ ”).',
    ],
  ])('%s', (_, text, line) => {
    expect(problem(text)).toBe(line);
  });

  test("no message repeats the parser's jargon", () => {
    expect(problem('{\n  "a": "no end,\n  "b": 1\n}')).not.toMatch(
      /control character|Unexpected token|position/,
    );
  });
});

describe('every data problem has a line and column', () => {
  test('jsonPathOffsets(text) finds each key and each array item', () => {
    const text = '{\n  "incidents": [\n    { "id": "I01", "counts": { "x": 1 } }\n  ]\n}';
    const at = (path: string) => lineAndColumn(text, jsonPathOffsets(text).get(path)!);
    expect(at('incidents')).toEqual({ line: 2, column: 3 });
    expect(at('incidents[0]')).toEqual({ line: 3, column: 5 });
    expect(at('incidents[0].counts.x')).toEqual({ line: 3, column: 32 });
  });

  test("a shape problem and a rule problem name file:line:column; a missing field names its record's line", () => {
    const data = small();
    data.incidents[2].counts.vehiclesBurned = 'seven';
    delete data.places[1].town;
    data.incidents[0].sources = ['ghost'];
    const text = JSON.stringify(data, null, 2);
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    const shape = validateDatasetText(text);
    if (shape.ok) throw new Error('should not validate');
    const printed = formatProblems('data.json', data, shape.problems);
    expect(printed).toContain(
      `  ✗ data.json:${lineOf('"vehiclesBurned": "seven"')}:9: incidents[2].counts.vehiclesBurned (record "I03")`,
    );
    const placeLine = lineOf(`"id": "${data.places[1].id}"`) - 1;
    expect(printed).toContain(
      `  ✗ data.json:${placeLine}:5: places[1].town (record "${data.places[1].id}"): This field is required and missing`,
    );
    data.incidents[2].counts.vehiclesBurned = 7;
    data.places[1].town = 'Southtown';
    const text2 = JSON.stringify(data, null, 2);
    const rules = validateDatasetText(text2);
    if (rules.ok) throw new Error('should not validate');
    const line2 = text2.slice(0, text2.indexOf('"ghost"')).split('\n').length;
    expect(formatProblems('data.json', data, rules.problems)).toContain(
      `  ✗ data.json:${line2}:9: incidents[0].sources[0] (record "I01"): No source has the id "ghost"`,
    );
  });
});
