/**
 * The graphics that can be embedded, by id: the one list the embed pages, the embed gallery, the
 * oEmbed files and the share images enumerate. `height` is the iframe height (px) that shows the
 * whole graphic at a 375 px phone width, for hosts that strip the resize script; the embed tests
 * measure it and fail if a graphic outgrows it.
 */
import AttackMap from './AttackMap.astro';
import AttackWaveChart from './AttackWaveChart.astro';
import UnitChart700 from './UnitChart700.astro';
import PolicyTimeline from './PolicyTimeline.astro';

export interface GraphicEntry {
  id: string;
  /** What the graphic shows, for iframe titles and the gallery. */
  label: string;
  height: number;
  // Astro components are functions; typed loosely so this module stays importable from scripts.
  component?: unknown;
}

export const GRAPHICS: GraphicEntry[] = [
  { id: 'attack-map', label: 'Map of the attacks on French prisons, April 2025', height: 2300, component: AttackMap },
  { id: 'attack-wave', label: 'Chart of the attack wave, night by night', height: 1700, component: AttackWaveChart },
  { id: 'traffickers', label: 'Unit chart: 700 of the 17,000 people jailed for drug trafficking', height: 2000, component: UnitChart700 },
  { id: 'policy-timeline', label: 'Timeline from the Amra escape to the high-security prisons', height: 2100, component: PolicyTimeline },
  { id: 'story-map', label: 'The attack wave on a map, step by step', height: 9000 },
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
