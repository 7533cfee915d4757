/**
 * SVG → PNG for the share images, with resvg (a native binary shipped in the @resvg/resvg-js
 * package, so nothing is fetched at build). Text is set in Inter, from TrueType files shipped by
 * @expo-google-fonts/inter (SIL Open Font License); system fonts are never read, so every machine
 * draws the same image.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { fontMeasure, type TextMeasure } from './textWidth.ts';

/** The family every share image is set in. */
export const CARD_FONT_FAMILY = 'Inter';

const require = createRequire(import.meta.url);
const fontFile = (weight: string) =>
  require.resolve(`@expo-google-fonts/inter/${weight}/Inter_${weight}.ttf`);

/** The font files resvg gets: the weights the cards and the chart CSS use (400, 600, 700). */
export const CARD_FONT_FILES = ['400Regular', '600SemiBold', '700Bold'].map(fontFile);

let measures: { regular: TextMeasure; bold: TextMeasure } | undefined;

/** Text measures for the regular and bold weights, to wrap the cards' texts as resvg will set them. */
export function cardFontMeasures(): { regular: TextMeasure; bold: TextMeasure } {
  return (measures ??= {
    regular: fontMeasure(readFileSync(fontFile('400Regular'))),
    bold: fontMeasure(readFileSync(fontFile('700Bold'))),
  });
}

/** The PNG bytes of an SVG document, drawn at its own size. */
export function rasterise(svg: string): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: CARD_FONT_FILES,
      loadSystemFonts: false,
      defaultFontFamily: CARD_FONT_FAMILY,
      sansSerifFamily: CARD_FONT_FAMILY,
    },
    background: 'white',
  });
  return new Uint8Array(resvg.render().asPng());
}
