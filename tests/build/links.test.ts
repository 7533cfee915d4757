/**
 * A link check over the built site: every internal link and #anchor in every page of dist/ leads to
 * a file that exists and an element with that id; so do canonical and alternate links that point
 * at the site itself.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE } from '../../astro.config.mjs';
import { DIST, parsedPages, type ParsedPage } from '../support/built.ts';

const pages = parsedPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const site = new URL(SITE);

/** The built page or file a URL path lands on, as a static host would serve it; undefined when none. */
function landing(path: string): { page?: ParsedPage | undefined; file: string } | undefined {
  const direct = join(DIST, path);
  if (path.endsWith('/'))
    return existsSync(join(direct, 'index.html'))
      ? { page: byPath.get(path), file: join(direct, 'index.html') }
      : undefined;
  if (existsSync(direct) && statSync(direct).isFile())
    return { page: byPath.get(path), file: direct };
  return undefined;
}

/** Internal links of a page: [href as written, resolved URL], leaving out other sites, mail and phone. */
function internalLinks(page: ParsedPage): [string, URL][] {
  const base = new URL(page.path, site);
  const links = [
    ...page.document.querySelectorAll(
      'a[href], area[href], link[rel~="canonical"][href], link[rel~="alternate"][href]',
    ),
  ];
  return links.flatMap((el) => {
    const href = el.getAttribute('href')!;
    if (/^(mailto|tel|sms):/i.test(href)) return [];
    const url = new URL(href, base);
    return url.origin === site.origin ? [[href, url] as [string, URL]] : [];
  });
}

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_, page) => {
  test('every internal link and anchor resolves', () => {
    const broken: string[] = [];
    for (const [href, url] of internalLinks(page)) {
      const target = landing(decodeURIComponent(url.pathname));
      if (!target) {
        broken.push(`${href}: no file at ${url.pathname}`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (!id || id === 'top') continue;
      if (!target.page) {
        broken.push(`${href}: #${id} points into a file that is not a page`);
        continue;
      }
      const doc = target.page.document;
      const named = [...doc.querySelectorAll('a[name]')].some((a) => a.getAttribute('name') === id);
      if (!doc.getElementById(id) && !named)
        broken.push(`${href}: no element with id "${id}" on ${target.page.path}`);
    }
    expect(broken).toEqual([]);
  });

  test('ids are unique, so every anchor has one target', () => {
    const ids = [...page.document.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
