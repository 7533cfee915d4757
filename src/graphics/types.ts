/**
 * What a graphic is: everything the pages, embeds, share images, downloads, gallery and lints need
 * to know about one graphic, in one object. Each graphic's module (attackWave.ts, …) exports one;
 * index.ts lists them.
 */
import type { Dataset } from '../data/schema.ts';
import type { TableModel } from '../data/csv.ts';
import type { IncidentType } from '../data/schema.ts';
import type { StepState } from '../scrolly/stepState.ts';

export interface GraphicCaption {
  /** The takeaway title, one line. */
  title: string;
  /** The text alternative, written from the data: what the reader would see, in words. */
  description: string;
  /** Ids of the sources (data file `sources[].id`) behind what the graphic shows, each once, in record order. */
  sources: string[];
  /**
   * What the graphic draws that is not from the data file and must be credited (a map's
   * geography): `line` for the figure's source line, `card` a short form for the share image.
   */
  credit?: { line: string; card: string };
}

/** How one drawing is asked for: its width in SVG pixels, the step state, a suffix unique on the page. */
export interface DrawView {
  width: number;
  state: StepState;
  instance: string;
  document: Document;
}

/**
 * A swatch in a key, drawn the same on the page and on the share card: an incident type's symbol
 * (hollow when unconfirmed), a square styled by the chart's own CSS (`square`: the class of each
 * nested level, the chart's root first, the square's own last), or a ring (a town-only place).
 */
export type Swatch =
  { type: IncidentType; unconfirmed?: boolean } | { square: string[] } | { ring: true };

/** One entry of a graphic's key; no swatch: a line of text (e.g. "Each square is 100 people"). */
export interface LegendItem {
  swatch?: Swatch;
  label: string;
}

export interface Graphic<Inputs = unknown> {
  /** The graphic's id: its embed address (/embed/<id>/), its downloads (/data/<id>.csv), its share image. */
  id: string;
  /** What the graphic shows, for iframe titles, the embed gallery and the share image's alt text. */
  label: string;
  /** The tag editors write in content/story.mdx, e.g. "AttackWaveChart". */
  component: string;
  /** What the component gallery says about it (what the reader sees). */
  doc: string;
  /** The iframe height (px) that shows the whole graphic at a 375 px phone width; the embed tests measure it. */
  height: number;
  /** The step props it understands inside a <Scrolly>; absent: it is not used in scrolly sections. */
  steps?: readonly (keyof StepState)[];
  /** Title, description and sources, from the data (and a step's state). */
  caption(d: Dataset, state?: StepState): GraphicCaption;
  /** The data behind it, as "Show the data", the CSV and the JSON download show it. */
  table(d: Dataset): TableModel;
  /** What its renderer draws, computed once from the dataset for the page and the share image. */
  inputs(d: Dataset): Inputs;
  /** Draws one view: pure, inputs and options in, an SVG element out. */
  render(inputs: Inputs, view: DrawView): SVGSVGElement;
  /** The key, one model for the page and the share card. */
  legend(d: Dataset, inputs: Inputs): LegendItem[];
  /** A numbered list under the drawing in every variant, keyed to numbers on it (the timeline's key events). */
  numbered?(d: Dataset): { date: string; text: string }[];
  /** Notes under the full figure (not in step snapshots), plain text. */
  notes?(d: Dataset): string[];
  /** Offers the Previous/Next mark explorer (marks carry data-id matching the table rows). */
  explorer?: boolean;
  /** The custom wrapper in src/components that draws it instead of the generic GraphicFigure (the map). */
  figure?: string;
  /** The share image's drawing width; default 720. */
  shareWidth?: number;
}

/** Declares a graphic, keeping its input type between inputs(), render() and legend(), and its id and tag as literal types. */
export const defineGraphic = <const Id extends string, const Tag extends string, Inputs>(
  g: Graphic<Inputs> & { id: Id; component: Tag },
): Graphic<Inputs> & { id: Id; component: Tag } => g;

/** An embed that is not one graphic but a section of the story, flat (the story-map). */
export interface SectionEmbed {
  id: string;
  label: string;
  height: number;
  /** The graphic whose <Scrolly> section it shows; its share image draws that graphic. */
  section: string;
}
