import { describe, expect, test } from 'vitest';
import { dayRange } from '../../src/data/format.ts';
import { graphicCaption } from '../../src/graphics/index.ts';
import { smallDataset } from '../support/fixtures.ts';

describe('graphicCaption(id, dataset, options)', () => {
  test('attack-wave: the title counts the nights with attacks and names the span of the wave', () => {
    const c = graphicCaption('attack-wave', smallDataset());
    // Established incidents only: I05 (16–17 April) is unconfirmed, so it is given beside the count, not in it.
    expect(c.title).toBe('Attacks on three of the four nights from 13 to 16 April');
    expect(c.description).toBe(
      '4 established incidents over four nights, 13–14 April to 16–17 April, and one more whose link to the wave is unconfirmed (drawn hollow); ' +
        'the busiest night was 13–14 April, with two established. Arson: 2; Attempted or suspected arson: 1; Gunfire: 1.',
    );
    // Only the wave's incidents: I06 (July, aftermath) cites site-c too, but so does I05.
    expect(c.sources).toEqual(['agency-a', 'paper-b', 'site-c']);
  });

  test('attack-wave: a wave across two months names both (no month is written in by hand)', () => {
    const d = smallDataset();
    d.meta.wave = { firstNight: '2025-04-28', lastNight: '2025-05-02' };
    d.incidents = d.incidents.map((i, k) => ({
      ...i,
      night: ['2025-04-28', '2025-04-29', '2025-04-30', '2025-05-01', '2025-05-02', '2025-07-11'][
        k
      ]!,
    }));
    expect(graphicCaption('attack-wave', d).title).toBe(
      'Attacks on four of the five nights from 28 April to 2 May',
    );
  });

  test('attack-map: without a night, the places drawn and listed; with a night, that night', () => {
    const d = smallDataset();
    expect(graphicCaption('attack-map', d).description).toBe(
      '3 places on the map with established incidents; 1 more has no sourced location, so it is listed rather than drawn. The most-hit place: North prison.',
    );
    const night = graphicCaption('attack-map', d, { state: { night: '2025-04-13' } });
    expect(night.description).toBe(
      'Night of 13–14 April: two established incidents. The map shows all 3 located places; those hit that night are drawn in full.',
    );
    expect(graphicCaption('attack-map', d, { state: { night: '2025-04-14' } }).description).toMatch(
      /^Night of 14–15 April: one established incident\. /,
    );
    expect(graphicCaption('attack-map', d, { state: { night: '2025-04-16' } }).description).toMatch(
      /^Night of 16–17 April: no established incident, and one whose link to the wave is unconfirmed \(drawn hollow\)\. /,
    );
    expect(graphicCaption('attack-map', d, { state: { night: 'all' } }).description).toMatch(
      /^3 places on the map/,
    );
    expect(night.title).toBe('The attacks reached prisons and homes across France');
    expect(night.sources).toEqual(['agency-a', 'paper-b', 'site-c']);
  });

  test('traffickers: the sourced chain from everyone in prison to the first transfer, its sources each once', () => {
    const d = smallDataset();
    d.statistics[1]!.sources = ['paper-b', 'agency-a'];
    const c = graphicCaption('traffickers', d);
    expect(c.title).toBe('200 to be isolated, of 17,000 held for drug offences');
    expect(c.description).toBe(
      'Of 82,912 people in French prisons (1 April 2025), 17,000 were held for drug offences, the justice minister said; ' +
        'AFP counted 700 "most dangerous" traffickers among them, not an official ranking. ' +
        'The government planned to isolate 200 in two high-security prisons, and the first 17 were moved on 22 July 2025. Each square is 100 people.',
    );
    expect(c.sources).toEqual(['site-c', 'agency-a', 'paper-b']);
  });

  test('policy-timeline: the span and the strands (the key events are listed under the graphic, not repeated)', () => {
    const d = smallDataset();
    expect(graphicCaption('policy-timeline', d).description).toBe(
      '4 events from 14 May 2024 to summer 2025, in 3 strands.',
    );
    expect(
      graphicCaption('policy-timeline', d, { state: { range: ['2025-01', '2025-04-30'] } })
        .description,
    ).toBe('4 events from 14 May 2024 to summer 2025, in 3 strands.');
    expect(graphicCaption('policy-timeline', d).sources).toEqual(['agency-a', 'paper-b', 'site-c']);
  });

  test('counting-attacks: every count from the data file, ours split into established and unconfirmed', () => {
    const d = smallDataset();
    const c = graphicCaption('counting-attacks', d);
    expect(c.title).toBe('Prosecutors counted 12 to 15 acts; the Interior ministry, 65');
    expect(c.description).toBe(
      'The anti-terror prosecutors counted 12 acts on 17 April, 13 on 22 April and about 15 on 28 April; ' +
        'the Interior ministry counted 65, every incident reported, on 23 April. ' +
        "This story's data holds 4 established and 1 unconfirmed incidents; the prosecutors also counted 21 burned vehicles.",
    );
    expect(c.sources).toEqual(['agency-a', 'paper-b', 'site-c']);
    d.statistics.find((s) => s.id === 'interior-ministry-acts')!.value = 130;
    d.incidents[0]!.link = 'unconfirmed';
    expect(graphicCaption('counting-attacks', d).title).toBe(
      'Prosecutors counted 12 to 15 acts; the Interior ministry, 130',
    );
    expect(graphicCaption('counting-attacks', d).description).toContain(
      "This story's data holds 3 established and 2 unconfirmed incidents",
    );
  });

  test('follows an edit to the data', () => {
    const d = smallDataset();
    d.statistics.find((s) => s.id === 'to-be-isolated')!.value = 300;
    expect(graphicCaption('traffickers', d).title).toBe(
      '300 to be isolated, of 17,000 held for drug offences',
    );
  });
});

describe('dayRange(from, to)', () => {
  test('one month, two months, two years', () => {
    expect(dayRange('2025-04-13', '2025-04-24')).toBe('13 to 24 April');
    expect(dayRange('2025-04-30', '2025-05-02')).toBe('30 April to 2 May');
    expect(dayRange('2025-12-28', '2026-01-03')).toBe('28 December 2025 to 3 January 2026');
  });
});
