import { describe, expect, test } from 'vitest';
import { checkStep, stepState } from '../../src/scrolly/stepState.ts';
import { REGION_NAMES } from '../../src/map/regions.ts';
import { smallDataset } from '../support/fixtures.ts';

const d = smallDataset();
const state = (graphic: Parameters<typeof stepState>[0], props: Parameters<typeof stepState>[1]) =>
  stepState(graphic, props, d, REGION_NAMES);

describe('stepState(graphic, props, data, regions)', () => {
  test('turns flat string props into the state each graphic reads', () => {
    expect(
      state('attack-map', {
        id: 'first',
        night: '2025-04-13',
        focus: 'south-east',
        highlight: 'I01, I02',
      }),
    ).toEqual({ night: '2025-04-13', focus: 'south-east', highlight: ['I01', 'I02'] });
    expect(state('attack-map', { id: 'places', focus: 'prison-north,home-east' })).toEqual({
      focus: 'prison-north,home-east',
    });
    expect(state('attack-wave', { id: 'all', night: 'all' })).toEqual({ night: 'all' });
    expect(
      state('policy-timeline', { id: 'year', range: '2024-05..2025-04-30', highlight: 'T01' }),
    ).toEqual({ range: ['2024-05', '2025-04-30'], highlight: ['T01'] });
    expect(state('traffickers', { id: 'few', units: 'most-dangerous' })).toEqual({
      units: 'most-dangerous',
    });
  });

  test('an unknown place id or region names content/story.mdx, the step, the value and the regions', () => {
    expect(() => state('attack-map', { id: 'lyon', focus: 'lyon' })).toThrow(
      'content/story.mdx: <Step id="lyon"> in the attack-map section:\n  ✗ focus="lyon": a region (france, paris-region, south-east, lyon-area, south-west) or place ids from the data file; unknown: lyon',
    );
    expect(() => state('attack-map', { id: 'two', focus: 'prison-north,prison-nowhere' })).toThrow(
      /<Step id="two">.*\n.*focus="prison-north,prison-nowhere": .*unknown: prison-nowhere/,
    );
  });

  test('a night with no incident, or not a date, is refused with an example', () => {
    for (const night of ['2025-04-20', '2025-04-31', '14 April'])
      expect(() => state('attack-wave', { id: 'n', night })).toThrow(
        `content/story.mdx: <Step id="n"> in the attack-wave section:\n  ✗ night="${night}": "all" or the night of an incident, written YYYY-MM-DD (e.g. "2025-04-13")`,
      );
  });

  test('a prop the graphic does not use names the props it does use', () => {
    expect(() => state('traffickers', { id: 'u', units: 'all', focus: 'france' })).toThrow(
      'content/story.mdx: <Step id="u"> in the traffickers section:\n  ✗ focus="france": the traffickers graphic does not use "focus"; it uses units',
    );
  });

  test('a bad range: reversed, one date, three dates, not dates', () => {
    for (const range of ['2025-04..2024-05', '2025-04', '2024..2025..2026', 'May..June'])
      expect(() => state('policy-timeline', { id: 'r', range })).toThrow(
        `<Step id="r"> in the policy-timeline section:\n  ✗ range="${range}": two dates joined by "..", earliest first`,
      );
  });

  test('unknown highlight ids, a bad units value and a bad step id, all in one error', () => {
    expect(() => state('attack-map', { id: 'Bad Id', highlight: 'I01,I99' })).toThrow(
      /id="Bad Id": a step id is lower-case.*\n.*highlight="I01,I99": incident or timeline ids from the data file; unknown: I99/,
    );
    expect(checkStep('traffickers', { id: 'x', units: 'some' }, d, REGION_NAMES).problems).toEqual([
      'units="some": one of all, drug-detainees, most-dangerous, to-be-isolated, first-transfers',
    ]);
  });
});
