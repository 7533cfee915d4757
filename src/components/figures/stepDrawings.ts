/**
 * The drawings of an edition's scrolly steps (each step's graphic in that step's state, at both
 * sizes), in one SVG file: `drawings/steps.<hash>.svg` in the site (`fr/drawings/…` for the
 * French edition). The story carries each step's drawing as its outer `<svg>` (viewBox, classes,
 * size) around one `<use href="…svg#d-<hash>">`: a few hundred bytes instead of kilobytes, so the
 * phone that downloads the story without compression has it sooner (issue 17: LCP). Readers
 * without JavaScript and print get the drawings the same way, as they get the map's land
 * (landFiles.ts); with JavaScript, the browser fetches the file once, when a step's drawing is
 * first put in place (src/client/deferred.ts).
 *
 * A page finds its drawing in the file by its content (the id is a hash of the markup), so a
 * drawing the file does not hold exactly (a step added in `astro dev` since the file was made, a
 * drawing that refers to something in its page) stays in the page, as before. A map's land is
 * defined in the file too (the views the steps show), so that each drawing is whole in one
 * document. Styles: the page's stylesheets do not reach inside a `<use>` of another document, so
 * the file carries the chart stylesheet (src/styles/charts.css) itself, and each drawing's group
 * carries its `<svg>`'s classes and data attributes for its selectors; colours come from the
 * page's custom properties, which are inherited through the `<use>` (light, dark and the reader's
 * theme switch alike).
 * src/pages/drawings/[file].svg.ts and its French twin write the files.
 */
import type { Dataset } from '../../data/schema.ts';
import { getDatasetIn } from '../../data/dataset.ts';
import { NARROW, WIDE } from '../../draw/sizes.ts';
import { attackMap } from '../../graphics/attackMap.ts';
import { graphicDrawing } from '../../graphics/drawing.ts';
import { graphicById } from '../../graphics/index.ts';
import { REGION_NAMES } from '../../map/regions.ts';
import { stepState } from '../../scrolly/stepState.ts';
import { chartsCss, withoutComments } from '../../share/chartStyles.ts';
import { shareSteps } from '../../share/stepCards.ts';
import { sitePath, type Locale } from '../../site/url.ts';
import { MAP_SIZES, contentHash, stateMap } from './landFiles.ts';

/** A drawing's id in the file: a hash of its markup. */
export const drawingId = (svg: string): string => `d-${contentHash(svg)}`;

/** The drawing's outer `<svg …>` attributes and its content, or undefined if it is not one `<svg>`. */
function split(svg: string): { attrs: string; inner: string } | undefined {
  const m = /^<svg\b([^>]*)>([\s\S]*)<\/svg>$/.exec(svg);
  return m ? { attrs: m[1]!, inner: m[2]! } : undefined;
}

/** The ids a drawing's content defines. */
const idsIn = (inner: string) => [...inner.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);

/**
 * Whether a drawing can live in the file: one `<svg>` whose content refers by id (`href="#…"`,
 * `url(#…)`) only to what it defines itself: in the file, such a reference finds the file's
 * element, not the page's (the unit chart's mask is its own; the map's land, on the page, is in
 * its own file).
 */
export function fileable(svg: string): boolean {
  const parts = split(svg);
  if (!parts) return false;
  const ids = new Set(idsIn(parts.inner));
  const refs = [...parts.inner.matchAll(/href="#([^"]+)"|url\(#([^)]+)\)/g)];
  return refs.every((m) => ids.has((m[1] ?? m[2])!));
}

/**
 * The drawing's group in the file: its content as the file holds it, with the classes and data
 * attributes its selectors read, under the id of the page's drawing.
 */
function group({ page, file }: StepDrawing): string {
  const kept = [...split(page)!.attrs.matchAll(/\s(class|data-[\w-]+)="[^"]*"/g)]
    .map((m) => m[0])
    .join('');
  return `<g id="${drawingId(page)}"${kept}>${split(file)!.inner}</g>`;
}

/**
 * What the page carries instead of the drawing: its `<svg>` with a `<use>` of the file. `data-text`
 * marks a drawing that holds text, which the scrolly script cannot see through the `<use>` when it
 * checks that the text stays readable (src/client/scrolly.ts).
 */
function reference(svg: string, href: string, hold: boolean): string {
  const { attrs, inner } = split(svg)!;
  const text = /<text\b/.test(inner) ? ' data-text' : '';
  return `<svg${attrs}${text}><use ${hold ? 'data-href' : 'href'}="${href}" /></svg>`;
}

/**
 * A step's drawing at one size: as its page draws it, and as the file holds it. The map's land is
 * the view's own file's on the page, and defined in the step drawings file itself (`land`): a
 * `<use>` from one external document into another, nested in the page's `<use>`, drew no land at
 * times in Chromium when the page was printed; a reference inside one document always draws.
 */
interface StepDrawing {
  page: string;
  file: string;
  land?: { id: string; markup: () => string };
}

/** Every step's drawing in an edition's story, both sizes. */
function stepDrawingMarkup(d: Dataset, lang: Locale): StepDrawing[] {
  return shareSteps(d, lang).flatMap((step) => {
    const graphic = graphicById(step.graphic);
    const state = stepState(step.graphic, step.props, d, REGION_NAMES);
    if (graphic.id === attackMap.id)
      return MAP_SIZES.map((size) => {
        const inFile = stateMap(d, lang, state, size, true);
        return {
          page: stateMap(d, lang, state, size, false).svg,
          file: inFile.svg,
          land: { id: inFile.landId, markup: inFile.land! },
        };
      });
    const inputs = graphic.inputs(d);
    return [NARROW, WIDE].map((w) => {
      const svg = graphicDrawing(graphic, inputs, w, state, step.id);
      return { page: svg, file: svg };
    });
  });
}

/** The chart stylesheet for the file: comments and runs of white space out. */
const fileCss = () => withoutComments(chartsCss()).replace(/\s+/g, ' ').trim();

export interface StepDrawingsFile {
  /** The file's path inside the edition, e.g. "drawings/steps.1a2b3c4d5e.svg". */
  path: string;
  /** The file's content: a standalone SVG document, every drawing in its <defs>. */
  svg: string;
  /** The ids of the drawings it holds. */
  ids: Set<string>;
}

const made = new WeakMap<Dataset, StepDrawingsFile | null>();

/** An edition's step drawings file (null: its story has no step whose drawing can live in one). Made once per dataset. */
export function stepDrawingsOf(d: Dataset, lang: Locale): StepDrawingsFile | null {
  const known = made.get(d);
  if (known !== undefined) return known;
  const groups = new Map<string, string>();
  const lands = new Map<string, string>();
  const taken = new Set<string>();
  for (const drawing of stepDrawingMarkup(d, lang)) {
    const id = drawingId(drawing.page);
    if (groups.has(id) || !fileable(drawing.page)) continue;
    // Ids are one namespace in the file: a drawing whose ids another has taken stays in its page.
    const ids = idsIn(split(drawing.page)!.inner);
    if (ids.some((i) => taken.has(i))) continue;
    ids.forEach((i) => taken.add(i));
    groups.set(id, group(drawing));
    if (drawing.land && !lands.has(drawing.land.id))
      lands.set(drawing.land.id, drawing.land.markup());
  }
  let file: StepDrawingsFile | null = null;
  if (groups.size) {
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0" aria-hidden="true">` +
      `<style><![CDATA[${fileCss()}]]></style><defs>${[...lands.values(), ...groups.values()].join('')}</defs></svg>`;
    file = { path: `drawings/steps.${contentHash(svg)}.svg`, svg, ids: new Set(groups.keys()) };
  }
  made.set(d, file);
  return file;
}

/**
 * What a page carries for a step's drawing: a reference to it in the edition's file, where the
 * file holds it; else the drawing itself. `hold`: the reference waits in `data-href` until a
 * script gives it its `href` (the live graphic of a scrolly section, which is only shown with
 * JavaScript: src/client/scrolly.ts gives it once the page has loaded, or at once when the section
 * is on screen), so that neither this file nor the map's land is fetched while the page loads.
 */
export function stepDrawingInPage(d: Dataset, lang: Locale, svg: string, hold = false): string {
  const file = stepDrawingsOf(d, lang);
  const id = drawingId(svg);
  if (!file?.ids.has(id)) return svg;
  return reference(svg, `${sitePath(file.path, lang)}#${id}`, hold);
}

/** The static paths of an edition's step drawings file (none or one). */
export async function stepDrawingsPaths(lang: Locale) {
  const file = stepDrawingsOf(await getDatasetIn(lang), lang);
  return file
    ? [
        {
          params: { file: file.path.slice('drawings/'.length, -'.svg'.length) },
          props: { svg: file.svg },
        },
      ]
    : [];
}
