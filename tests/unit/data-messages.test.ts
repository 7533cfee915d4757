/** What an editor reads when the data file is wrong: every problem at once, one line each, and refused links. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblems, validateDataset, validateDatasetText } from '../../src/data/validate.ts';
import { jsonErrorOffset, jsonMistakeHint } from '../../src/data/jsonSyntax.ts';

const read = (file: string) => readFileSync(file, 'utf8');
const small = () => JSON.parse(read('tests/fixtures/small.json'));

describe('validateDatasetText(text) reports every problem at once', () => {
  test('a file with three different mistakes gives three lines', () => {
    const text = read('tests/fixtures/three-mistakes.json');
    const result = validateDatasetText(text);
    if (result.ok) throw new Error('three-mistakes.json should not validate');
    const lines = formatProblems('three-mistakes.json', JSON.parse(text), result.problems).split('\n');
    expect(lines[0]).toBe('three-mistakes.json: 3 problems in the data file; nothing was built.');
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
