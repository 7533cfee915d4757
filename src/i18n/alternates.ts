/**
 * The pages that exist in both editions, and their `hreflang` alternates: the English page, the
 * French page under /fr, and x-default (the English). Pure: a root-relative path in, links out.
 */
import { DEFAULT_LANG, langOfPath, LANGS, localPath } from './lang.ts';

/** The English paths (as patterns) of the pages that have a French edition. */
const BILINGUAL = [
  /^\/$/,
  /^\/data\/$/,
  /^\/sources\/$/,
  /^\/embed\/$/,
  /^\/embed\/[a-z0-9-]+\/(static\/)?$/,
];

export interface Alternate {
  hreflang: string;
  path: string;
}

/** The same page in each edition, plus x-default; empty for a page with one edition only. */
export function alternatesOf(pathname: string): Alternate[] {
  const lang = langOfPath(pathname);
  const english = lang === DEFAULT_LANG ? pathname : pathname.slice(`/${lang}`.length) || '/';
  if (!BILINGUAL.some((p) => p.test(english))) return [];
  return [
    ...LANGS.map((l) => ({ hreflang: l, path: localPath(l, english) })),
    { hreflang: 'x-default', path: english },
  ];
}
