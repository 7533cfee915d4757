/**
 * Privacy at the source: no built page or stylesheet loads anything from another host (fonts, tiles,
 * scripts, images, frames). Links to sources in <a href> are fine; they load nothing until clicked.
 * Resource URLs must be relative to the site, so they work under any host and never leave it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, parsedPages } from '../support/built.ts';

const pages = parsedPages();
const ABSOLUTE = /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i;
const RESOURCE_RELS =
  /\b(stylesheet|icon|apple-touch-icon|manifest|preload|modulepreload|prefetch|preconnect|dns-prefetch|prerender|mask-icon)\b/i;

/** Absolute url(…) and @import targets in CSS text. */
function cssUrls(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)].map((m) => m[2]!);
  const imports = [...css.matchAll(/@import\s+(['"])(.*?)\1/gi)].map((m) => m[2]!);
  return [...urls, ...imports].filter((u) => ABSOLUTE.test(u));
}

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_, page) => {
  test('loads no resource by an absolute URL', () => {
    const found: string[] = [];
    const check = (where: string, url: string | null) => {
      if (url && ABSOLUTE.test(url)) found.push(`${where}: ${url}`);
    };
    for (const el of page.document.querySelectorAll('*')) {
      const tag = el.localName;
      for (const attr of ['src', 'poster', 'data', 'background'])
        check(`<${tag} ${attr}>`, el.getAttribute(attr));
      for (const attr of ['srcset', 'imagesrcset'])
        for (const part of (el.getAttribute(attr) ?? '').split(','))
          check(`<${tag} ${attr}>`, part.trim().split(/\s+/)[0] ?? null);
      if (tag === 'link' && RESOURCE_RELS.test(el.getAttribute('rel') ?? ''))
        check(`<link rel="${el.getAttribute('rel')}">`, el.getAttribute('href'));
      if (['use', 'image', 'feimage'].includes(tag))
        check(`<${tag} href>`, el.getAttribute('href') ?? el.getAttribute('xlink:href'));
      if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? ''))
        found.push(`<meta http-equiv=refresh>: ${el.getAttribute('content')}`);
      for (const url of cssUrls(el.getAttribute('style') ?? ''))
        found.push(`<${tag} style>: ${url}`);
    }
    for (const style of page.document.querySelectorAll('style'))
      for (const url of cssUrls(style.textContent ?? '')) found.push(`<style>: ${url}`);
    expect(found).toEqual([]);
  });
});

describe('stylesheets in dist/', () => {
  test('no url() or @import points to another host', () => {
    const sheets = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.css'),
    );
    expect(sheets.length).toBeGreaterThan(0);
    const found = sheets.flatMap((f) =>
      cssUrls(readFileSync(join(DIST, f), 'utf8')).map((u) => `${f}: ${u}`),
    );
    expect(found).toEqual([]);
  });
});
