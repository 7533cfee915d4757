import { describe, expect, test } from 'vitest';
import { pathInSite, sitePath, siteUrl } from '../../src/site/url.ts';
import { headersTextUnderBase } from '../../src/site/headersUnderBase.ts';

const BASE = '/graphics/2025/under-fire/';

describe('sitePath(path, locale, base)', () => {
  test('at the root of its host, a path is itself', () => {
    expect(sitePath('data/')).toBe('/data/');
    expect(sitePath('/embed/attack-wave/')).toBe('/embed/attack-wave/');
    expect(sitePath()).toBe('/');
    expect(sitePath('#sources')).toBe('/#sources');
  });
  test('under a path, every link is under it, however the base is written', () => {
    expect(sitePath('data/', 'en', BASE)).toBe(`${BASE}data/`);
    expect(sitePath('/share/story.png', 'en', '/graphics/2025/under-fire')).toBe(
      `${BASE}share/story.png`,
    );
    expect(sitePath('', 'en', 'graphics/2025/under-fire/')).toBe(BASE);
  });
  test("an edition's pages live under its prefix", () => {
    expect(sitePath('s/toulon/', 'fr', BASE)).toBe(`${BASE}fr/s/toulon/`);
    expect(sitePath('', 'fr')).toBe('/fr/');
  });
});

test('siteUrl(path, locale, site) is the public address on the site', () => {
  expect(siteUrl('embed.js', 'en', 'https://underfire.example.org/')).toBe(
    'https://underfire.example.org/embed.js',
  );
  expect(() => siteUrl('embed.js')).toThrow('site address is unknown');
});

test('pathInSite(pathname, base) is the path inside the site, or undefined outside it', () => {
  expect(pathInSite(`${BASE}embed/attack-wave/`, BASE)).toBe('embed/attack-wave/');
  expect(pathInSite('/embed/attack-wave/', BASE)).toBeUndefined();
  expect(pathInSite('/embed/', '/')).toBe('embed/');
});

test('headersTextUnderBase moves each _headers pattern under the base, and nothing else', () => {
  const text = '# /not-a-rule\n/*\n  X-A: 1\n/embed/*\n  ! X-A\n';
  expect(headersTextUnderBase(text, BASE)).toBe(
    `# /not-a-rule\n${BASE}*\n  X-A: 1\n${BASE}embed/*\n  ! X-A\n`,
  );
});
