/**
 * The sources after `npm run build`: every source in the data file is listed, with its link, on
 * its own page in each edition (/sources/, /fr/sources/), newest first; the story no longer carries
 * the list but a summary whose counts, dates and outlets are the data's, counted here afresh.
 */
import { describe, expect, test } from 'vitest';
import { SUMMARY_NAMED_FROM } from '../../src/data/firstRows.ts';
import { loadDataset } from '../../src/data/load.ts';
import { localised } from '../../src/data/translations.ts';
import { formats } from '../../src/i18n/format.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { parsedPages, type ParsedPage } from '../support/built.ts';

const pages = new Map(parsedPages().map((p) => [p.path, p]));
const page = (path: string): ParsedPage => pages.get(path) ?? expect.fail(`dist has no ${path}`);
const EDITIONS: [Lang, string, string][] = [
  ['en', '/', '/sources/'],
  ['fr', '/fr/', '/fr/sources/'],
];
/** Text as a reader reads it: one space for any run of white space. */
const read = (el: Element | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe.each(EDITIONS)('%s: the sources page', (lang, _story, path) => {
  const { sources, meta } = localised(loadDataset(), lang);
  const doc = () => page(path).document;

  test('lists every source of the data file once, with its id, link, title and date', () => {
    const items = [...doc().querySelectorAll('ol.source-list > li')];
    expect(items.map((li) => li.id).sort()).toEqual(sources.map((s) => `source-${s.id}`).sort());
    for (const s of sources) {
      const li = doc().querySelector(`#source-${s.id}`)!;
      const link = li.querySelector(`a[href="${s.url}"]`);
      expect(link, s.id).not.toBeNull();
      expect(read(link)).toBe(s.title);
      expect(read(li)).toContain(s.outlet);
      if (s.date) expect(li.querySelector('time')?.getAttribute('datetime')).toBe(s.date);
    }
  });

  test('newest first, the undated last', () => {
    const dates = [...doc().querySelectorAll('ol.source-list > li')].map(
      (li) => li.querySelector('time')?.getAttribute('datetime') ?? '',
    );
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates.at(-1)).toBe('');
  });

  test('is an indexable page of its edition: heading, canonical, both editions, CSV, the way back', () => {
    const d = doc();
    expect(d.documentElement.getAttribute('lang')).toBe(lang);
    expect(d.querySelector('meta[name="robots"]')).toBeNull();
    expect(new URL(d.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe(
      path,
    );
    expect(read(d.querySelector('h1'))).not.toBe('');
    expect(read(d.querySelector('main'))).toContain(formats(lang).date(meta.checked));
    expect(d.querySelector('a[href="/data/sources.csv"][download]')).not.toBeNull();
    expect(d.querySelector(`a[href="${lang === 'fr' ? '/fr/' : '/'}"]`)).not.toBeNull();
    const other = lang === 'fr' ? '/sources/' : '/fr/sources/';
    expect(d.querySelector(`a[href="${other}"][hreflang]`)).not.toBeNull();
    expect(d.querySelector('a.skip-sources[href="#after-sources"]')).not.toBeNull();
  });
});

describe.each(EDITIONS)('%s: the story', (lang, story, path) => {
  const { sources } = localised(loadDataset(), lang);
  const f = formats(lang);
  const summary = () =>
    page(story).document.querySelector('.source-summary') ?? expect.fail('no .source-summary');

  test('carries no source list, but links the sources page and sources.csv', () => {
    expect(page(story).document.querySelector('.source-list')).toBeNull();
    expect(summary().querySelector(`a[href="${path}"]`)).not.toBeNull();
    expect(summary().querySelector('a[href="/data/sources.csv"]')).not.toBeNull();
  });

  test("the summary's counts and dates are the data's", () => {
    const outlets = new Set(sources.map((s) => s.outlet));
    const dates = sources.flatMap((s) => (s.date ? [s.date] : [])).sort();
    const text = read(summary().querySelector('p'));
    expect(text).toContain(`${f.number(sources.length)} `);
    expect(text).toContain(`${f.number(outlets.size)} `);
    expect(text).toContain(`${f.number(dates.length)} `);
    expect(text).toContain(`${f.number(sources.length - dates.length)} `);
    expect(text).toContain(f.date(dates[0]!));
    expect(text).toContain(f.date(dates.at(-1)!));
  });

  test('every outlet cited more than once is named once, under its own count, most cited first; the others are counted', () => {
    const perOutlet = new Map<string, number>();
    for (const s of sources) perOutlet.set(s.outlet, (perOutlet.get(s.outlet) ?? 0) + 1);
    const once = [...perOutlet.values()].filter((n) => n < SUMMARY_NAMED_FROM).length;
    expect(once).toBeGreaterThan(0);
    expect(read(summary().querySelector('.outlet-counts + p'))).toContain(`${f.number(once)} `);
    for (const [outlet, n] of perOutlet) if (n < SUMMARY_NAMED_FROM) perOutlet.delete(outlet);
    const groups = [...summary().querySelectorAll('.outlet-counts > li')].map((li) => ({
      count: Number(read(li.querySelector('strong')).replace(/\D/g, '')),
      names: read(li)
        .slice(read(li.querySelector('strong')).length)
        .trim(),
    }));
    expect(groups.map((g) => g.count)).toEqual(
      [...new Set(perOutlet.values())].sort((a, b) => b - a),
    );
    for (const g of groups) {
      const expected = [...perOutlet].filter(([, n]) => n === g.count).map(([o]) => o);
      // Strike each expected outlet from the list (longest first, so "RMC / BFMTV" is not read
      // as "BFMTV"); only the list's separators may remain.
      let rest = g.names;
      for (const outlet of expected.sort((a, b) => b.length - a.length)) {
        expect(rest, `${outlet} under ${g.count}`).toContain(outlet);
        rest = rest.replace(outlet, '|');
      }
      expect(rest, `outlets under ${g.count}`).toMatch(/^\|(?:(?:, | and | et |, and )\|)*$/);
    }
  });
});
