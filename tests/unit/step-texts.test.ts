import { describe, expect, test } from 'vitest';
import { stepHeadline, storySteps } from '../../src/scrolly/stepTexts.ts';
import { smallDataset } from '../support/fixtures.ts';

const STORY = `# A story

Some prose with <Num of="drug-detainees" /> outside any step.

<Scrolly graphic="traffickers" label="Levels">
  <Step id="drug" units="drug-detainees">
    **About <Num of="drug-detainees" /> were held for drug offences**, by the minister's count. The figure is "loose".
  </Step>
  <Step id="few" units="first-transfers">
    <Num of="wave.nights" format="words" /> nights passed by <DateOf event="A01" year={false} />. A second sentence. A third one.
  </Step>
</Scrolly>

<Scrolly graphic="attack-map" label="Nights">
  <Step id="night" night="2025-04-13" focus="france" highlight="I01">
    **The first night.** Cars burned.
  </Step>
</Scrolly>
`;

describe('storySteps(source, d)', () => {
  const steps = storySteps(STORY, smallDataset());

  test('finds every step of every section, with its graphic and props, in reading order', () => {
    expect(steps.map((s) => [s.id, s.graphic])).toEqual([
      ['drug', 'traffickers'],
      ['few', 'traffickers'],
      ['night', 'attack-map'],
    ]);
    expect(steps[2]!.props).toEqual({
      id: 'night',
      night: '2025-04-13',
      focus: 'france',
      highlight: 'I01',
    });
  });

  test('prints numbers and dates as the story does, with a capital at the start of a sentence and curly quotes', () => {
    expect(steps[0]!.text).toBe(
      'About 17,000 were held for drug offences, by the minister’s count. The figure is “loose”.',
    );
    expect(steps[1]!.text).toBe('Four nights passed by 13 April. A second sentence. A third one.');
  });

  test('titles a step with its first sentence, whole, and describes it with the next ones', () => {
    expect(steps[0]!.title).toBe(
      'About 17,000 were held for drug offences, by the minister’s count',
    );
    expect(steps[0]!.description).toBe('The figure is “loose”.');
    expect(steps[2]!.title).toBe('The first night');
    expect(steps[2]!.description).toBe('Cars burned.');
  });
});

test('stepHeadline(text, max) keeps as many whole sentences as fit, at least one, and never cuts one', () => {
  expect(stepHeadline('One. Two two. Three three three.', 12)).toEqual({
    title: 'One',
    description: 'Two two.',
  });
  expect(stepHeadline('One. A sentence longer than the limit.', 5).description).toBe(
    'A sentence longer than the limit.',
  );
  expect(stepHeadline('Only one.')).toEqual({ title: 'Only one', description: 'Only one' });
});
