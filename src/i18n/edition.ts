/**
 * The edition of the page being rendered, for Astro components: Astro's current locale (set from the
 * page's folder by the `i18n` block of astro.config.mjs), English when it names no edition.
 */
import { DEFAULT_LANG, isLang, type Lang } from './lang.ts';

export const editionOf = (astro: { currentLocale?: string | undefined }): Lang =>
  isLang(astro.currentLocale) ? astro.currentLocale : DEFAULT_LANG;
