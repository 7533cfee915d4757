/**
 * A share address for every scrolly step: the steps of an edition's story (read from its MDX, with
 * their titles and descriptions: src/scrolly/stepTexts.ts), the path of each step's share page and
 * image, and the image's card: the step's graphic drawn by its renderer in that step's state (the
 * map on that night, the unit chart at that level) with its key where the title fits beside it, and the step's first sentence as
 * its title (the description goes in the page's tags, beside the image). src/pages/s/[step].astro and src/pages/share/s/[step].png.ts use them.
 */
import { readFileSync } from 'node:fs';
import type { Dataset } from '../data/schema.ts';
import { graphicById } from '../graphics/index.ts';
import { embedLabel } from '../graphics/embed.ts';
import { getDatasetIn } from '../data/dataset.ts';
import { dataLang } from '../data/translations.ts';
import { REGION_NAMES } from '../map/regions.ts';
import { stepState } from '../scrolly/stepState.ts';
import { storySteps, type StepText } from '../scrolly/stepTexts.ts';
import type { Locale } from '../site/url.ts';
import { cardContent } from './cards.ts';
import type { CardArt, CardTexts } from './shareCard.ts';

/** Each edition's story file. */
export const STORY_FILES: Partial<Record<Locale, string>> = {
  en: 'content/story.mdx',
  fr: 'content/story.fr.mdx',
};

/** The scrolly steps of an edition's story, in reading order. */
export function shareSteps(d: Dataset, locale: Locale = 'en'): StepText[] {
  const file = STORY_FILES[locale];
  if (!file) throw new Error(`No story file is set for the "${locale}" edition (STORY_FILES).`);
  return storySteps(readFileSync(file, 'utf8'), d, locale);
}

/** A step's share page inside its edition (for src/site/url.ts), e.g. "s/toulon/". */
export const stepPagePath = (id: string): string => `s/${id}/`;

/** A step's share image inside the site, e.g. "share/s/toulon.png" ("share/fr/s/…" in French, as the other cards). */
export const stepImagePath = (id: string, lang: Locale = 'en'): string =>
  `share/${lang === 'en' ? '' : `${lang}/`}s/${id}.png`;

/** The alt text of a step's share image: the graphic, what it shows at that step, and the title. */
export function stepImageAlt(step: StepText, d: Dataset): string {
  const graphic = graphicById(step.graphic);
  const { description } = graphic.caption(d, stepState(step.graphic, step.props, d, REGION_NAMES));
  return `${embedLabel(graphic, dataLang(d))}. ${description} — ${step.title}`;
}

/** The static paths of an edition's step share pages and images: one per step, with its texts. */
export async function stepSharePaths(lang: Locale = 'en') {
  return shareSteps(await getDatasetIn(lang), lang).map((step) => ({
    params: { step: step.id },
    props: { step },
  }));
}

/** The card inputs of a step's share image. */
export function stepCardContent(
  step: StepText,
  d: Dataset,
  site: URL,
): { art: CardArt; texts: CardTexts } {
  const graphic = graphicById(step.graphic);
  const state = stepState(step.graphic, step.props, d, REGION_NAMES);
  const { sources, credit } = graphic.caption(d, state);
  const card = cardContent(graphic, d, state, true, site, {
    title: step.title,
    sources,
    ...(credit ? { credit: credit.card } : {}),
  });
  return { ...card, texts: { ...card.texts, keyGivesWay: true } };
}
