/**
 * The built story's header and metadata: byline and dates readers see, the corrections log at the
 * bottom, and a NewsArticle in JSON-LD that parses and agrees with the page.
 */
import { describe, expect, test } from 'vitest';
import { parsedPages } from '../support/built.ts';
import { loadDataset } from '../../src/data/load.ts';

const story = parsedPages().find((p) => p.path === '/')!.document;
const data = loadDataset();

describe('the story header and metadata', () => {
  test('shows the headline, standfirst, byline, publication date and the day the data was checked', () => {
    const header = story.querySelector('header.story-header')!;
    expect(header.querySelector('h1')?.textContent).toMatch(/\S/);
    expect(header.querySelector('.standfirst')?.textContent).toMatch(/\S/);
    expect(header.querySelector('.byline')?.textContent).toMatch(/^By /);
    const times = [...header.querySelectorAll('.dateline time')].map((t) =>
      t.getAttribute('datetime'),
    );
    expect(times).toContain(data.meta.checked);
    expect(times[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('ends with the corrections log, which says so when there is none', () => {
    const log = story.querySelector('#corrections')!;
    expect(log.querySelector('h2')?.textContent).toBe('Corrections and updates');
    if (data.corrections.length)
      expect(log.querySelectorAll('li')).toHaveLength(data.corrections.length);
    else expect(log.textContent).toContain('has not been corrected');
  });

  test("carries a NewsArticle that parses, with the page's headline and dates", () => {
    const blocks = [...story.querySelectorAll('script[type="application/ld+json"]')];
    expect(blocks).toHaveLength(1);
    const ld = JSON.parse(blocks[0]!.textContent!);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe(story.querySelector('h1')?.textContent);
    expect(ld.datePublished).toBe(story.querySelector('.dateline time')?.getAttribute('datetime'));
    expect(ld.dateModified >= ld.datePublished).toBe(true);
    expect(ld.dateModified).toBe(
      story.querySelector('meta[property="article:modified_time"]')?.getAttribute('content'),
    );
    expect(ld.mainEntityOfPage['@id']).toBe(
      story.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    );
    expect(ld.image[0]).toMatch(/^https:\/\/.+\/share\/story\.png$/);
    expect(ld.author[0].name).toMatch(/\S/);
    expect(ld.publisher.name).toBe('Under fire');
  });

  test('sentences built from the data keep their spaces', () => {
    for (const selector of [
      '.methodology > p',
      '.dateline',
      '#corrections p',
      '#corrections li',
      '.byline',
      '.standfirst',
    ]) {
      for (const el of story.querySelectorAll(selector)) {
        const text = el.textContent?.replace(/\s+/g, ' ') ?? '';
        expect(text, selector).toMatch(/\S/);
        expect(text, selector).not.toMatch(/[a-z][,;.:][A-Za-z0-9]/);
      }
    }
    expect(story.querySelector('.methodology > p')?.textContent).toMatch(
      / at \d+ places, \d+ timeline events and \d+ statistics, drawn from \d+ sources/,
    );
  });

  test('the methodology lists every approximate record from the data', () => {
    const town = story.querySelectorAll('#caveats-town-only li');
    expect(town).toHaveLength(data.places.filter((p) => p.precision === 'town').length);
    expect(story.querySelectorAll('#caveats-disputed-counts li')).toHaveLength(
      data.incidents.filter((i) => i.countNote).length,
    );
  });
});
