/**
 * What each share image shows: the story's (the attack map beside the headline and standfirst)
 * and one per embed (its graphic's wide drawing by its own renderer, its takeaway title, its key
 * from the same legend model as the page, and its sources), plus the alt text the pages give the
 * image. Data in (the dataset, the story's frontmatter, the site address), card inputs out;
 * src/pages/share/[image].png.ts draws them. Everything per graphic comes from the registry.
 */
import { dataLang } from '../data/translations.ts';
import { embedLabel } from '../graphics/embed.ts';
import type { Lang } from '../i18n/lang.ts';
import { ui } from '../i18n/ui/index.ts';
import type { Dataset } from '../data/schema.ts';
import { outletCredit, sourceOutlets } from '../data/views.ts';
import { buildDocument, toMarkup } from '../draw/dom.ts';
import {
  EMBEDS,
  STORY_CARD_GRAPHIC,
  embedById,
  graphicById,
  isSection,
  type Graphic,
} from '../graphics/index.ts';
import { swatchMarkup } from '../graphics/legend.ts';
import type { CardArt, CardTexts } from './shareCard.ts';
import type { StepState } from '../scrolly/stepState.ts';

/** The story's own share image is "story"; each embed's is its id. */
export const SHARE_IMAGES = ['story', ...EMBEDS.map((g) => g.id)];

/**
 * The path of a share image inside the site (for src/site/url.ts), e.g. "share/attack-wave.png";
 * the French edition's cards are under share/fr/ ("share/fr/attack-wave.png").
 */
export const shareImagePath = (name: string, lang: Lang = 'en'): string =>
  `share/${lang === 'en' ? '' : `${lang}/`}${name}.png`;

export interface StoryHeadline {
  title: string;
  standfirst: string;
}

/** The site name every card carries. */
export const SITE_NAME = 'Under fire';

/** The graphic a share image draws: the story's, a section embed's, or the graphic itself. */
function cardGraphic(name: string): Graphic<any> {
  if (name === 'story') return graphicById(STORY_CARD_GRAPHIC);
  if (!SHARE_IMAGES.includes(name))
    throw new Error(`No share image is called "${name}" (known: ${SHARE_IMAGES.join(', ')}).`);
  const embed = embedById(name);
  return isSection(embed) ? graphicById(embed.section) : graphicById(embed.id);
}

/** Title, credit sources and what it shows, without drawing anything (cheap: the pages' alt text uses it). */
function cardFacts(
  name: string,
  d: Dataset,
  story: StoryHeadline,
): { title: string; sources: string[]; what: string; credit?: string } {
  const graphic = cardGraphic(name);
  const lang = dataLang(d);
  const { title, sources, credit: drawn } = graphic.caption(d, {});
  const credit = drawn ? { credit: drawn.card } : {};
  if (name === 'story')
    return { title: story.title, sources, what: embedLabel(graphic, lang), ...credit };
  const embed = embedById(name);
  return {
    title: isSection(embed) ? embedLabel(embed, lang) : title,
    sources,
    ...credit,
    what: embedLabel(isSection(embed) ? graphic : embed, lang),
  };
}

/** The title a share image carries: the headline, or the graphic's takeaway. */
export const shareCardTitle = (name: string, d: Dataset, story: StoryHeadline): string =>
  cardFacts(name, d, story).title;

/** The alt text of a share image: what it shows and the title it carries. */
export function shareImageAlt(name: string, d: Dataset, story: StoryHeadline): string {
  const { title, what } = cardFacts(name, d, story);
  return dataLang(d) === 'fr'
    ? `${what}, avec le titre « ${title} ».`
    : `${what}, with the title “${title}”.`;
}

/** The card inputs of a share image: the graphic drawn by its renderer, its key, and the texts. */
export function shareCardContent(
  name: string,
  d: Dataset,
  story: StoryHeadline,
  site: URL,
): { art: CardArt; texts: CardTexts } {
  const { title, sources, credit } = cardFacts(name, d, story);
  return cardContent(cardGraphic(name), d, {}, name !== 'story', site, {
    title,
    ...(name === 'story' ? { standfirst: story.standfirst } : {}),
    sources,
    ...(credit ? { credit } : {}),
  });
}

/**
 * A card's inputs: `graphic` drawn by its renderer in `state` (its default: {}), its key when
 * `withKey`, the site's name and address, the texts and a credit naming the outlets of `sources`
 * (and `credit`, e.g. the map's geography, when given).
 * Share images of scrolly steps (stepCards.ts) use it with the step's state.
 */
export function cardContent(
  graphic: Graphic<any>,
  d: Dataset,
  state: StepState,
  withKey: boolean,
  site: URL,
  words: { title: string; standfirst?: string; sources: string[]; credit?: string },
): { art: CardArt; texts: CardTexts } {
  const document = buildDocument();
  const inputs = graphic.inputs(d);
  const art = graphic.render(inputs, {
    width: graphic.shareWidth ?? 720,
    state,
    instance: 'share',
    document,
  });
  const key = withKey
    ? graphic.legend(d, inputs).map((item) => ({
        swatch: item.swatch ? swatchMarkup(item.swatch, document, 150) : '',
        label: item.label,
      }))
    : [];
  const texts: CardTexts = {
    siteName: SITE_NAME,
    address: `${site.host}${site.pathname.replace(/\/$/, '')}`,
    title: words.title,
    ...(words.standfirst ? { standfirst: words.standfirst } : {}),
    credit: `${ui(dataLang(d)).figure.sources} ${outletCredit(sourceOutlets(d, words.sources), words.credit ? 2 : 3, dataLang(d))}${words.credit ? `. ${words.credit}` : ''}`,
    key,
  };
  return {
    art: {
      markup: toMarkup(art),
      width: Number(art.getAttribute('width')),
      height: Number(art.getAttribute('height')),
    },
    texts,
  };
}
