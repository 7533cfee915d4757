import { siteUrl } from '../site/url.ts';

/**
 * The snippets that put an embed in another page. The iframe's `height` shows the whole graphic
 * at a 375 px phone width, for hosts that strip the resize script (the embed tests measure it).
 */

/** What a snippet needs of an embed. */
export interface EmbedEntry {
  id: string;
  label: string;
  height: number;
}

/** The iframe snippet for a graphic: works with no script at all, at a height that shows it whole on a phone. */
export function iframeSnippet(site: URL, g: EmbedEntry): string {
  const src = siteUrl(`embed/${g.id}/`, 'en', site);
  return `<iframe src="${src}" title="${g.label}" width="100%" height="${g.height}" style="border:0;width:100%;" loading="lazy" data-under-fire-embed="${g.id}"></iframe>`;
}

/** The loader snippet: our /embed.js turns the div into a self-resizing iframe. */
export function loaderSnippet(site: URL, g: EmbedEntry): string {
  return `<div data-under-fire-embed="${g.id}"></div>\n<script async src="${siteUrl('embed.js', 'en', site)}"></script>`;
}

/**
 * The scrolly snippet, for a section embed (the story map): with our loader the graphic stays in
 * view as the host page scrolls and follows the steps (/embed/<id>/?scrolly=1); anywhere else the
 * same address shows the steps flattened.
 */
export function scrollySnippet(site: URL, g: EmbedEntry): string {
  return `<div data-under-fire-embed="${g.id}" data-scrolly></div>\n<script async src="${siteUrl('embed.js', 'en', site)}"></script>`;
}

/** The pym.js snippet, for newsrooms that already load pym.js on their pages. */
export function pymSnippet(site: URL, g: EmbedEntry): string {
  return `<div id="under-fire-${g.id}"></div>\n<script>new pym.Parent('under-fire-${g.id}', '${siteUrl(`embed/${g.id}/`, 'en', site)}', { title: '${g.label.replace(/'/g, "\\'")}' });</script>`;
}
