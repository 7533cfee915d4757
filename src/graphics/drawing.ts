/**
 * A graphic's drawing as markup, made once (drawOnce.ts): what a figure on a page shows, and what
 * a file of drawings carries (src/components/stepDrawings.ts), from one function each, so the two
 * are the same markup and a page can find its drawing in the file by its content.
 */
import type { Graphic } from './types.ts';
import type { StepState } from '../scrolly/stepState.ts';
import type { MapPlace } from '../data/mapPlaces.ts';
import type { StaticMapOptions } from '../map/fallback.ts';
import { staticMap } from '../map/fallback.ts';
import { baseGeography } from '../map/geography.ts';
import { buildDocument, toMarkup } from '../draw/dom.ts';
import { attackMap } from './attackMap.ts';
import { drawOnce } from './drawOnce.ts';

/** A registry graphic drawn from its inputs at one width, in one state. */
export function graphicDrawing<I>(
  graphic: Graphic<I>,
  inputs: I,
  width: number,
  state: StepState,
  instance: string,
): string {
  return drawOnce(graphic, { inputs, width, state, instance }, () =>
    toMarkup(graphic.render(inputs, { width, state, instance, document: buildDocument() })),
  );
}

/** The static attack map of these places (src/map/fallback.ts). */
export function staticMapDrawing(located: MapPlace[], options: StaticMapOptions): string {
  return drawOnce(attackMap, { located, ...options }, () =>
    toMarkup(staticMap(baseGeography(), located, options)),
  );
}
