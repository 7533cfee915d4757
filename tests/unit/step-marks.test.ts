import { describe, expect, test } from 'vitest';
import { markStep, readSteps } from '../../src/scrolly/stepMarks.ts';

describe('markStep(props, prose) and readSteps(slotHtml)', () => {
  test("round-trip each step's props and prose, in order", () => {
    const html =
      markStep(
        { id: 'a', night: '2025-04-13', focus: 'france', highlight: 'I01,I02' },
        '<p>First.</p>',
      ) +
      '\n' +
      markStep({ id: 'b', units: 'all' }, '<p>Second.</p>');
    expect(readSteps(html)).toEqual({
      steps: [
        {
          props: { id: 'a', night: '2025-04-13', focus: 'france', highlight: 'I01,I02' },
          html: '<p>First.</p>',
        },
        { props: { id: 'b', units: 'all' }, html: '<p>Second.</p>' },
      ],
      stray: '',
    });
  });

  test('props with quotes, angle brackets and ampersands survive (they are URI-encoded)', () => {
    const props = { id: 'q', highlight: `I01" onload="x' <b>&amp;` };
    const marked = markStep(props, '<p>Q.</p>');
    expect(marked).not.toContain('"I01"');
    expect(readSteps(marked).steps[0]!.props).toEqual(props);
  });

  test('only the known props travel; undefined ones are left out', () => {
    const odd = {
      id: 'k',
      night: undefined,
      range: '2024..2025',
      colour: 'red',
    } as unknown as Parameters<typeof markStep>[0];
    expect(readSteps(markStep(odd, '')).steps[0]!.props).toEqual({ id: 'k', range: '2024..2025' });
  });

  test('text outside any step is reported as stray, without paragraph tags', () => {
    const html = `<p>Lost words</p>${markStep({ id: 'a' }, '<p>In.</p>')}<p>more</p>`;
    expect(readSteps(html)).toEqual({
      steps: [{ props: { id: 'a' }, html: '<p>In.</p>' }],
      stray: 'Lost wordsmore',
    });
  });

  test('a step that was not closed is an error', () => {
    const open = markStep({ id: 'a' }, 'x').replace('<template data-step-end></template>', '');
    expect(() => readSteps(open)).toThrow('A <Step> was not closed properly.');
  });
});
