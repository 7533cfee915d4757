import { siteUrl } from '../site/url.ts';

/**
 * The snippets that put an embed in another page. The iframe's `height` shows the whole graphic
 * at a 375 px phone width, for hosts that strip the resize script (the embed tests measure it).
 */

import type { Lang } from '../i18n/lang.ts';
import { ui, type UiStrings } from '../i18n/ui/index.ts';

/** What a snippet needs of an embed. */
export interface EmbedEntry {
  id: string;
  label: string;
  height: number;
}

/** An embed's label in an edition: its registry label in English, its French from src/i18n/ui. */
export function embedLabel(g: EmbedEntry, lang: Lang = 'en'): string {
  if (lang === 'en') return g.label;
  const key = g.id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as keyof UiStrings;
  const words = ui(lang)[key] as { label?: string } | undefined;
  return words?.label ?? g.label;
}

const langAttr = (lang: Lang) => (lang === 'en' ? '' : ` data-lang="${lang}"`);

/** The iframe snippet for a graphic: works with no script at all, at a height that shows it whole on a phone. */
export function iframeSnippet(site: URL, g: EmbedEntry, lang: Lang = 'en'): string {
  const src = siteUrl(`embed/${g.id}/`, lang, site);
  return `<iframe src="${src}" title="${embedLabel(g, lang)}" width="100%" height="${g.height}" style="border:0;width:100%;" loading="lazy" data-under-fire-embed="${g.id}"${langAttr(lang)}></iframe>`;
}

/** The loader snippet: our /embed.js turns the div into a self-resizing iframe (in French with data-lang="fr"). */
export function loaderSnippet(site: URL, g: EmbedEntry, lang: Lang = 'en'): string {
  return `<div data-under-fire-embed="${g.id}"${langAttr(lang)}></div>\n<script async src="${siteUrl('embed.js', 'en', site)}"></script>`;
}

/**
 * The scrolly snippet, for a section embed (the story map): with our loader the graphic stays in
 * view as the host page scrolls and follows the steps (/embed/<id>/?scrolly=1); anywhere else the
 * same address shows the steps flattened.
 */
export function scrollySnippet(site: URL, g: EmbedEntry, lang: Lang = 'en'): string {
  return `<div data-under-fire-embed="${g.id}"${langAttr(lang)} data-scrolly></div>\n<script async src="${siteUrl('embed.js', 'en', site)}"></script>`;
}

/** The pym.js snippet, for newsrooms that already load pym.js on their pages. */
export function pymSnippet(site: URL, g: EmbedEntry, lang: Lang = 'en'): string {
  return `<div id="under-fire-${g.id}"></div>\n<script>new pym.Parent('under-fire-${g.id}', '${siteUrl(`embed/${g.id}/`, lang, site)}', { title: '${embedLabel(g, lang).replace(/'/g, "\\'")}' });</script>`;
}
