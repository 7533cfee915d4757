/**
 * The story's editions. English is the default edition, served from the site's root; every other
 * edition lives under its own folder (`/fr/`). Pure: no Astro, no I/O.
 */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** Whether a string names an edition: "fr" yes, "de" no. */
export const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang);

/** The BCP 47 locale each edition formats with (British English, French of France). */
export const LOCALE: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };

/** The folder an edition's pages live under: "" for English, "/fr" for French. */
export const langPrefix = (lang: Lang): string => (lang === DEFAULT_LANG ? '' : `/${lang}`);

/** A root-relative path in an edition: localPath('fr', '/data/') → "/fr/data/". */
export const localPath = (lang: Lang, path: string): string => `${langPrefix(lang)}${path}`;

/** The edition a root-relative path belongs to: "/fr/embed/x/" → "fr", "/embed/x/" → "en". */
export function langOfPath(pathname: string): Lang {
  const first = pathname.split('/').filter(Boolean)[0];
  return isLang(first) && first !== DEFAULT_LANG ? first : DEFAULT_LANG;
}
