/**
 * The site's addresses: the one place a path inside the site becomes a link. The site may live at
 * the root of its host or under a path (`UNDER_FIRE_SITE=https://www.example.com/graphics/2025/under-fire/`:
 * astro.config.mjs makes that path Astro's `base`), so no page, script or snippet writes "/data/"
 * or joins strings itself: `sitePath('data/')` is "/data/" at the root and
 * "/graphics/2025/under-fire/data/" under that path; `siteUrl('data/')` is the public address.
 * Paths are written relative to the site's root, with or without a leading slash; a fragment or
 * query stays as written (`sitePath('#sources')` → "/#sources" at the root).
 *
 * Editions: a page in another language lives under its prefix (`/fr/` for French), so
 * `sitePath('s/toulon/', 'fr')` is "/fr/s/toulon/"; English, the default edition, has none.
 * Shared files (data downloads, share images, scripts) take no locale.
 */

import { langPrefix, type Lang } from '../i18n/lang.ts';

/** An edition of the story (src/i18n/lang.ts): "en", the default, at the root; "fr" under fr/. */
export type Locale = Lang;

declare const __UNDER_FIRE_BASE__: string | undefined;
declare const __UNDER_FIRE_SITE__: string | undefined;

/**
 * astro.config.mjs writes the base path and the site's address into the code it builds (Vite's
 * `define`; Astro's own import.meta.env.BASE_URL gives way to a BASE_URL variable in the
 * environment, which test runners set). Code run outside the build (Node scripts, unit tests)
 * gets the root and no address.
 */
function configured(): { base: string; site: string | undefined } {
  return {
    base: typeof __UNDER_FIRE_BASE__ === 'string' ? __UNDER_FIRE_BASE__ : '/',
    site: typeof __UNDER_FIRE_SITE__ === 'string' ? __UNDER_FIRE_SITE__ : undefined,
  };
}

/** A path that starts and ends with "/": "" and "/" → "/", "/a/b" → "/a/b/". */
function asDirectory(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The path the site is served under, starting and ending with "/" ("/" at the root of its host). */
export const BASE_PATH = asDirectory(configured().base);

/** The prefix of an edition's pages under the base, e.g. "fr/" (English: ""). */
export function editionPrefix(locale: Locale = 'en'): string {
  const prefix = langPrefix(locale);
  return prefix ? `${prefix.slice(1)}/` : '';
}

/** The absolute path of `path` on the site, e.g. sitePath('embed/attack-wave/') → "/embed/attack-wave/". */
export function sitePath(path = '', locale: Locale = 'en', base = BASE_PATH): string {
  return `${asDirectory(base)}${editionPrefix(locale)}${path.replace(/^\/+/, '')}`;
}

/**
 * The public address of `path` (an absolute URL string) under the site's address, by default the
 * one set in astro.config.mjs; pass `site` where a page has Astro.site at hand.
 */
export function siteUrl(
  path = '',
  locale: Locale = 'en',
  site: URL | string | undefined = configured().site,
): string {
  if (!site) throw new Error('siteUrl: the site address is unknown outside an Astro build.');
  return new URL(sitePath(path, locale), site).href;
}

/** The path inside the site of an absolute path on the host, or undefined when it lies outside the base. */
export function pathInSite(pathname: string, base = BASE_PATH): string | undefined {
  const b = asDirectory(base);
  if (pathname === b.slice(0, -1)) return '';
  return pathname.startsWith(b) ? pathname.slice(b.length) : undefined;
}

/** Whether an absolute path on the host is one of an edition's embed pages (which may run no script). */
export function isEmbedPath(pathname: string, locale: Locale = 'en'): boolean {
  return (pathInSite(pathname) ?? '').slice(editionPrefix(locale).length).startsWith('embed/');
}

/** Whether a page's pathname is the story itself, `/` or `/fr/` (under any base path). */
export function isStoryPath(pathname: string, locale: Locale = 'en'): boolean {
  return (pathInSite(pathname) ?? '').slice(editionPrefix(locale).length) === '';
}
