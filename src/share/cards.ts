/**
 * What each share image shows: the story's (the attack map beside the headline and standfirst)
 * and one per embeddable graphic (its renderer's wide drawing, its takeaway title, its key and its
 * sources), plus the alt text the pages give the image. Data in (the dataset, the story's
 * frontmatter, the site address), card inputs out; src/pages/share/[image].png.ts draws them.
 */
import type { Dataset } from '../data/schema.ts';
import { outletCredit, sourceOutlets } from '../data/views.ts';
import { typeLabel } from '../data/tables.ts';
import { attackWaveChart } from '../charts/attackWaveChart.ts';
import { unitChart700 } from '../charts/unitChart700.ts';
import { policyTimeline } from '../charts/policyTimeline.ts';
import { buildDocument, svgEl, toMarkup } from '../charts/dom.ts';
import { typeClass, typeSymbolPath } from '../charts/symbols.ts';
import { staticMap } from '../map/fallback.ts';
import { baseGeography } from '../map/geography.ts';
import { mapPlaces } from '../map/mapPlaces.ts';
import { focusBounds } from '../map/focus.ts';
import { GRAPHICS, graphicById } from '../components/graphics.ts';
import { graphicCaption } from '../charts/captions.ts';
import { attackWaveInputs, attackWaveKey, traffickersCounts, traffickersKey } from '../charts/inputs.ts';
import type { CardArt, CardKeyItem, CardTexts } from './shareCard.ts';

/** The story's own share image is "story"; each graphic's is its id. */
export const SHARE_IMAGES = ['story', ...GRAPHICS.map((g) => g.id)];

/** The path of a share image on the site, e.g. "/share/attack-wave.png". */
export const shareImagePath = (name: string): string => `/share/${name}.png`;

export interface StoryHeadline {
  title: string;
  standfirst: string;
}

/** The site name every card carries. */
export const SITE_NAME = 'Under fire';

/** Title, credit sources and key of a card, without drawing anything (cheap: the pages' alt text uses it). */
function cardFacts(name: string, d: Dataset, story: StoryHeadline): { title: string; sources: string[]; what: string } {
  const map = 'Map of the places in France attacked in April 2025';
  switch (name) {
    case 'story':
      return { title: story.title, sources: graphicCaption('attack-map', d).sources, what: map };
    case 'story-map':
      return { title: graphicById(name).label, sources: graphicCaption('attack-map', d).sources, what: map };
    case 'attack-map':
    case 'attack-wave':
    case 'traffickers':
    case 'policy-timeline': {
      const { title, sources } = graphicCaption(name, d);
      return { title, sources, what: graphicById(name).label };
    }
    default:
      throw new Error(`No share image is called "${name}" (known: ${SHARE_IMAGES.join(', ')}).`);
  }
}

/** The title a share image carries: the headline, or the graphic's takeaway. */
export const shareCardTitle = (name: string, d: Dataset, story: StoryHeadline): string => cardFacts(name, d, story).title;

/** The alt text of a share image: what it shows and the title it carries. */
export function shareImageAlt(name: string, d: Dataset, story: StoryHeadline): string {
  const { title, what } = cardFacts(name, d, story);
  return `${what}, with the title “${title}”.`;
}

/** The card inputs of a share image: the graphic drawn by its renderer, and the texts. */
export function shareCardContent(name: string, d: Dataset, story: StoryHeadline, site: URL): { art: CardArt; texts: CardTexts } {
  const { title, sources } = cardFacts(name, d, story);
  const doc = buildDocument();
  const { art, key } = drawing(name, d, doc);
  const texts: CardTexts = {
    siteName: SITE_NAME,
    address: `${site.host}${site.pathname.replace(/\/$/, '')}`,
    title,
    ...(name === 'story' ? { standfirst: story.standfirst } : {}),
    credit: `Sources: ${outletCredit(sourceOutlets(d, sources), 3)}`,
    key,
  };
  return { art: { markup: toMarkup(art), width: Number(art.getAttribute('width')), height: Number(art.getAttribute('height')) }, texts };
}

function drawing(name: string, d: Dataset, doc: Document): { art: SVGSVGElement; key: CardKeyItem[] } {
  const typeKey = (types: { type: Dataset['incidents'][number]['type']; label: string }[]) =>
    types.map(({ type, label }) => ({ swatch: toMarkup(svgEl(doc, 'path', { class: `mark ${typeClass(type)}`, d: typeSymbolPath(type, 150) })), label }));
  switch (name) {
    case 'story':
    case 'attack-map':
    case 'story-map': {
      const { located } = mapPlaces(d);
      const art = staticMap(baseGeography(), located, { document: doc, width: 600, height: 566, fontSize: 15, bounds: focusBounds(undefined, d.places) });
      const types = [...new Set(located.map((p) => p.type))].map((type) => ({ type, label: typeLabel(type) }));
      return { art, key: name === 'story' ? [] : typeKey(types) };
    }
    case 'attack-wave': {
      const { data, annotations } = attackWaveInputs(d);
      return { art: attackWaveChart(data, { document: doc, width: 520, annotations }), key: typeKey(attackWaveKey(d)) };
    }
    case 'traffickers': {
      const counts = traffickersCounts(d);
      const swatch = (group: string) => {
        const g = svgEl(doc, 'g', { class: 'unit-chart' });
        const units = svgEl(doc, 'g', { class: `units units--${group}` });
        units.append(svgEl(doc, 'rect', { class: `unit unit--${group}`, x: -9, y: -9, width: 18, height: 18, rx: 2 }));
        g.append(units);
        return toMarkup(g);
      };
      const key = [...traffickersKey(d).map(({ group, label }) => ({ swatch: swatch(group), label })), { swatch: '', label: 'Each square is 100 people' }];
      return { art: unitChart700(counts, { document: doc, width: 720, idPrefix: 'units-share' }), key };
    }
    case 'policy-timeline':
      return { art: policyTimeline(d.timeline, { document: doc, orientation: 'horizontal' }), key: [] };
    default:
      throw new Error(`No share image is called "${name}" (known: ${SHARE_IMAGES.join(', ')}).`);
  }
}
