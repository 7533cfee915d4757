/**
 * The attack map's shared layer (land, département and région borders, reference towns) for each
 * view the story's maps show, as one small SVG file per view and size: `map/land/<id>.<hash>.svg`
 * in the site (`fr/map/land/…` for the French edition, whose town labels give way to French
 * incident labels). A page places it with `<use href="…svg#<id>">` instead of carrying it, so the
 * story's HTML is lighter by what the layer weighs, and the browser fetches each file once for the
 * story, its embeds and its share pages (the hash in the name changes with the content). Readers
 * without JavaScript and print get it the same way. A view not listed here (one only the component
 * gallery shows, or a focus added in `astro dev` since the list was made) is defined inline, as
 * before. src/pages/map/land/[file].svg.ts and its French twin write the files.
 */
import { createHash } from 'node:crypto';
import type { APIRoute } from 'astro';
import type { Dataset } from '../../data/schema.ts';
import { getDatasetIn } from '../../data/dataset.ts';
import { toMarkup } from '../../draw/dom.ts';
import { NARROW, WIDE } from '../../draw/sizes.ts';
import { attackMap, mapHeight } from '../../graphics/attackMap.ts';
import { drawOnce } from '../../graphics/drawOnce.ts';
import { landDefs, landId, type Bounds } from '../../map/fallback.ts';
import { focusBounds } from '../../map/focus.ts';
import { baseGeography } from '../../map/geography.ts';
import { REGION_NAMES } from '../../map/regions.ts';
import { stepState, type StepState } from '../../scrolly/stepState.ts';
import { staticMapDrawing } from '../../graphics/drawing.ts';
import { shareSteps } from '../../share/stepCards.ts';
import { sitePath, type Locale } from '../../site/url.ts';

/** A file's content, hashed for its name (10 hex digits): the name changes with the content. */
export const contentHash = (text: string): string =>
  createHash('sha256').update(text).digest('hex').slice(0, 10);

/** The endpoint of an SVG file of the site: the file's content is its static path's `svg` prop. */
export const svgFile: APIRoute = ({ props }) =>
  new Response((props as { svg: string }).svg, { headers: { 'content-type': 'image/svg+xml' } });

/** The sizes every attack map is drawn at. */
export const MAP_SIZES = [
  [NARROW, mapHeight(NARROW)],
  [WIDE, mapHeight(WIDE)],
] as const;

/** A view's shared layer, as the hidden `<svg><defs>` a page can carry inline. */
export function landMarkup(d: Dataset, bounds: Bounds, width: number, height: number): string {
  const { located } = attackMap.inputs(d);
  return drawOnce(attackMap, { land: bounds, located, width, height }, () =>
    toMarkup(landDefs(baseGeography(), located, bounds, width, height)),
  );
}

export interface LandFile {
  /** The layer's id in the file (and in a page that defines it inline). */
  id: string;
  /** The file's path inside the edition, e.g. "map/land/land-…-720x680.1a2b3c4d.svg". */
  path: string;
  /** The file's content: a standalone SVG document. */
  svg: string;
}

const made = new WeakMap<Dataset, Map<string, LandFile>>();

/**
 * Every view of the attack map in an edition's story (the full figure's and each step's focus) at
 * both sizes, by layer id. Made once per dataset.
 */
export function landFilesOf(d: Dataset, lang: Locale): Map<string, LandFile> {
  let files = made.get(d);
  if (files) return files;
  const views = [
    focusBounds(undefined, d.places),
    ...shareSteps(d, lang)
      .filter((step) => step.graphic === attackMap.id)
      .map((step) =>
        focusBounds(stepState(step.graphic, step.props, d, REGION_NAMES).focus, d.places),
      ),
  ];
  files = new Map();
  for (const bounds of views)
    for (const [width, height] of MAP_SIZES) {
      const id = landId(bounds, width, height);
      if (files.has(id)) continue;
      const svg = landMarkup(d, bounds, width, height).replace(
        /^<svg /,
        '<svg xmlns="http://www.w3.org/2000/svg" ',
      );
      files.set(id, { id, path: `map/land/${id}.${contentHash(svg)}.svg`, svg });
    }
  made.set(d, files);
  return files;
}

/** An edition's land files (src/pages/map/land/[file].svg.ts). */
export async function landFiles(lang: Locale): Promise<LandFile[]> {
  return [...landFilesOf(await getDatasetIn(lang), lang).values()];
}

/** Where a page's map finds a view's layer: its file's address and the id in it, if it has one. */
export function landHref(d: Dataset, lang: Locale, id: string): string | undefined {
  const file = landFilesOf(d, lang).get(id);
  return file && `${sitePath(file.path, lang)}#${id}`;
}

/** The attack map in a state at one of MAP_SIZES, and where its land comes from. */
export interface StateMap {
  /** The drawing's markup. */
  svg: string;
  /** Its land layer's id. */
  landId: string;
  /** The land layer's markup to define in the same document (landMarkup), when it is placed by `#id`. */
  land?: () => string;
}

/**
 * The attack map in a step's state (or the full figure's, `{}`) at one size: its land placed from
 * the view's own file where it has one, else by `#id`, to be defined in the same document; always
 * by `#id` where `ownLand` (an embed page, which is one self-contained document; the step drawings
 * file, stepDrawings.ts). AttackMap.astro and the step drawings file draw with it, so a page's step
 * drawing and the file's are the same markup but for where the land is.
 */
export function stateMap(
  d: Dataset,
  lang: Locale,
  state: StepState,
  [width, height]: readonly [number, number],
  ownLand: boolean,
): StateMap {
  const bounds = focusBounds(state.focus, d.places);
  const id = landId(bounds, width, height);
  const file = ownLand ? undefined : landHref(d, lang, id);
  const svg = staticMapDrawing(attackMap.inputs(d).located, {
    width,
    height,
    bounds,
    night: state.night,
    highlight: state.highlight,
    landRef: file ?? `#${id}`,
  });
  return file
    ? { svg, landId: id }
    : { svg, landId: id, land: () => landMarkup(d, bounds, width, height) };
}

/** The static paths of an edition's land files. */
export async function landFilePaths(lang: Locale) {
  return (await landFiles(lang)).map((file) => ({
    params: { file: file.path.slice('map/land/'.length, -'.svg'.length) },
    props: { svg: file.svg },
  }));
}
