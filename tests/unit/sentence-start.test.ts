/**
 * Sentence-initial numbers: the build capitalises a <Num>/<DateOf> that begins a sentence
 * (src/mdx/sentenceStart.ts) and the lint refuses one that prints a figure there.
 */
import { describe, expect, test } from 'vitest';
import { lintContent, formatMessage } from '../../src/lint/index.ts';
import { parseMdx, prop } from '../../src/lint/mdx.ts';
import { sentenceStarts } from '../../src/lint/sentenceStart.ts';
import { markSentenceStarts } from '../../src/mdx/sentenceStart.ts';
import { capitalise } from '../../src/data/format.ts';
import { readFileSync } from 'node:fs';

const tree = (mdx: string) => {
  const parsed = parseMdx(mdx, 'story.mdx');
  if ('error' in parsed) throw new Error(parsed.error.message);
  return parsed.tree;
};
const starts = (mdx: string) =>
  sentenceStarts(tree(mdx), ['Num', 'DateOf']).map((n) => prop(n, 'of') ?? prop(n, 'event'));

describe('sentenceStarts(tree)', () => {
  test.each([
    ['first in a paragraph', '<Num of="a" format="words" /> officers were killed.', ['a']],
    [
      'after a full stop',
      'A drug trafficker. <Num of="a" format="words" /> officers were killed.',
      ['a'],
    ],
    ['after a question mark and a closing quote', 'Who? "Nobody." <Num of="a" /> cars', ['a']],
    [
      'after a bold lead-in',
      '**The first night.** <Num of="a" format="words" /> cars burned.',
      ['a'],
    ],
    ['inside bold at the start', '**About <Num of="a" /> of them**, the minister said.', []],
    [
      'inside a step',
      '<Scrolly graphic="x" label="y">\n  <Step id="s">\n    <Num of="a" format="words" /> cars.\n  </Step>\n</Scrolly>\n',
      ['a'],
    ],
    ['mid-sentence', 'On that day, <Num of="a" /> cars burned and <DateOf event="T1" /> came.', []],
    [
      'after a colon (British style: lower case)',
      'It reached Normandy: <Num of="a" format="words" /> vehicles.',
      [],
    ],
    ['a date at the start', '<DateOf event="T1" /> was the day.', ['T1']],
  ])('%s', (_, mdx, expected) => {
    expect(starts(mdx)).toEqual(expected);
  });
});

describe('markSentenceStarts(mdx) and capitalise', () => {
  test('adds sentenceStart to the sentence-initial element only, leaving the rest of the text as it was', () => {
    const mdx =
      'A van was attacked. <Num of="a" format="words" /> officers died and <Num of="b" format="words" /> were hurt.\n\n<DateOf event="T1" /> came.\n';
    expect(markSentenceStarts(mdx)).toBe(
      'A van was attacked. <Num sentenceStart of="a" format="words" /> officers died and <Num of="b" format="words" /> were hurt.\n\n<DateOf sentenceStart event="T1" /> came.\n',
    );
  });

  test('the real story: the Amra sentence starts with a number, marked; text that does not parse is left alone', () => {
    const story = readFileSync('content/story.mdx', 'utf8');
    expect(markSentenceStarts(story)).toContain(
      '<Num sentenceStart of="amra-officers-killed" format="words" /> prison officers were killed',
    );
    expect(markSentenceStarts('<Num of="a"')).toBe('<Num of="a"');
  });

  test('capitalise: words take a capital, figures stay', () => {
    expect(capitalise('two')).toBe('Two');
    expect(capitalise('été 2025')).toBe('Été 2025');
    expect(capitalise('125')).toBe('125');
  });
});

describe('the lint', () => {
  const data = readFileSync('content/data/prison-attacks.json', 'utf8');
  const lint = (storyText: string) =>
    lintContent({ storyText, storyFile: 'story.mdx', dataText: data, dataFile: 'data.json' }).map(
      formatMessage,
    );

  test('a sentence that starts with a figure is an error naming the line and the figure', () => {
    expect(lint('Intro.\n\n<Num of="investigators" /> investigators were assigned.\n')).toEqual([
      expect.stringMatching(
        /^ {2}✗ story\.mdx:3:1: <Num of="investigators">: This sentence starts with the figure "125": .*Recast it/,
      ),
    ]);
  });

  test('a word at the start, or a figure later in the sentence, passes', () => {
    expect(
      lint(
        'A van was attacked. <Num of="amra-officers-killed" format="words" /> officers were killed.\n',
      ),
    ).toEqual([]);
    expect(lint('By then, <Num of="investigators" /> investigators were at work.\n')).toEqual([]);
  });
});
