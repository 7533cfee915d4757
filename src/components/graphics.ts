/**
 * The graphics that can be embedded, by id: the one list the embed pages, the embed gallery, the
 * oEmbed files and the share images enumerate. `height` is the iframe height (px) that shows the
 * whole graphic at a 375 px phone width, for hosts that strip the resize script; the embed tests
 * measure it and fail if a graphic outgrows it. Plain data (no component imports), so scripts
 * and tests can read it; EmbedBody.astro maps ids to components.
 */

export interface GraphicEntry {
  id: string;
  /** What the graphic shows, for iframe titles and the gallery. */
  label: string;
  height: number;
}

export const GRAPHICS: GraphicEntry[] = [
  { id: 'attack-map', label: 'Map of the attacks on French prisons, April 2025', height: 1400 },
  { id: 'attack-wave', label: 'Chart of the attack wave, night by night', height: 1100 },
  { id: 'traffickers', label: 'Unit chart: from everyone in prison to the first 17 moved', height: 1900 },
  { id: 'policy-timeline', label: 'Timeline from the Amra escape to the high-security prisons', height: 1800 },
  { id: 'story-map', label: 'The attack wave on a map, step by step', height: 8200 },
];

export function graphicById(id: string): GraphicEntry {
  const g = GRAPHICS.find((x) => x.id === id);
  if (!g) throw new Error(`No embeddable graphic has the id "${id}" (known: ${GRAPHICS.map((x) => x.id).join(', ')}).`);
  return g;
}

/** The iframe snippet for a graphic: works with no script at all, at a height that shows it whole on a phone. */
export function iframeSnippet(site: URL, g: GraphicEntry): string {
  const src = new URL(`/embed/${g.id}/`, site).href;
  return `<iframe src="${src}" title="${g.label}" width="100%" height="${g.height}" style="border:0;width:100%;" loading="lazy" data-under-fire-embed="${g.id}"></iframe>`;
}

/** The loader snippet: our /embed.js turns the div into a self-resizing iframe. */
export function loaderSnippet(site: URL, g: GraphicEntry): string {
  return `<div data-under-fire-embed="${g.id}"></div>\n<script async src="${new URL('/embed.js', site).href}"></script>`;
}

/** The pym.js snippet, for newsrooms that already load pym.js on their pages. */
export function pymSnippet(site: URL, g: GraphicEntry): string {
  return `<div id="under-fire-${g.id}"></div>\n<script>new pym.Parent('under-fire-${g.id}', '${new URL(`/embed/${g.id}/`, site).href}', { title: '${g.label.replace(/'/g, "\\'")}' });</script>`;
}
