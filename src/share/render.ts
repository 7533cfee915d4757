/**
 * One share image as PNG bytes: its content (cards.ts) composed into a card (shareCard.ts) in the
 * light scheme's colours and the page's chart CSS, then rasterised (rasterise.ts).
 */
import type { Dataset } from '../data/schema.ts';
import { lightTokens } from '../styles/tokens.ts';
import { chartsCss, resolveStyleSheet } from './chartStyles.ts';
import { shareCardContent, type StoryHeadline } from './cards.ts';
import { shareCard, type CardLook } from './shareCard.ts';
import { stepCardContent } from './stepCards.ts';
import type { StepText } from '../scrolly/stepTexts.ts';
import { CARD_FONT_FAMILY, cardFontMeasures, rasterise } from './rasterise.ts';

let look: CardLook | undefined;

/** The look every card shares: light colours, the chart CSS resolved against them, Inter. */
export function cardLook(): CardLook {
  if (look) return look;
  const colours = lightTokens();
  const fonts = { 'font-ui': CARD_FONT_FAMILY, 'font-body': CARD_FONT_FAMILY };
  return (look = {
    colours,
    chartCss: resolveStyleSheet(chartsCss(), { ...colours, ...fonts }),
    fontFamily: CARD_FONT_FAMILY,
    measure: cardFontMeasures(),
  });
}

/** The card of share image `name` as SVG markup (before rasterising). */
export function shareImageSvg(name: string, d: Dataset, story: StoryHeadline, site: URL): string {
  const { art, texts } = shareCardContent(name, d, story, site);
  return shareCard(art, texts, cardLook());
}

/** The PNG of a scrolly step's share image (stepCards.ts). */
export function stepImagePng(step: StepText, d: Dataset, site: URL): Uint8Array<ArrayBuffer> {
  const { art, texts } = stepCardContent(step, d, site);
  return rasterise(shareCard(art, texts, cardLook()));
}

/** The PNG of share image `name`. */
export const shareImagePng = (
  name: string,
  d: Dataset,
  story: StoryHeadline,
  site: URL,
): Uint8Array<ArrayBuffer> => rasterise(shareImageSvg(name, d, story, site));
