/**
 * The live map's marks as images, so it speaks the static map's visual language: the same d3
 * symbol per incident type (src/draw/symbols.ts), filled in the type's colour with a rim in the
 * page's colour, hollow with a dashed outline in the type's colour where the link to the wave is
 * unconfirmed, and the dashed ring where only the town is known; towns a dot in the muted ink.
 * Each image is drawn once at the biggest marker's area and each place scales its own
 * (`icon-size` from its area, src/map/style.ts), so the areas match the static map's.
 */
import { INCIDENT_TYPES } from '../data/vocabulary.ts';
import type { IncidentType } from '../data/schema.ts';
import { typeSymbolPath } from '../draw/symbols.ts';
import { ringRadius } from './layout.ts';

/** The area, in square pixels, every mark image is drawn at: the wide static map's biggest. */
export const ICON_AREA = 650;

/** The image of a town's dot. */
export const TOWN_DOT = 'town-dot';

export interface MarkIcon {
  id: string;
  type: IncidentType;
  /** Link to the wave unconfirmed: hollow, dashed outline in the type's colour. */
  hollow: boolean;
  /** Only the town is known: the dashed ring around the mark. */
  ring: boolean;
  /** The symbol's SVG path, centred on 0,0, at ICON_AREA. */
  path: string;
}

/** The image id for a mark; the style builds the same id from a place's properties. */
export const markIconId = (type: string, hollow: boolean, ring: boolean): string =>
  `mark-${type}${hollow ? '-hollow' : ''}${ring ? '-ring' : ''}`;

/** Every mark the live map can draw: each type, filled or hollow, with or without the ring. */
export function markIcons(): MarkIcon[] {
  return INCIDENT_TYPES.flatMap((type) =>
    [false, true].flatMap((hollow) =>
      [false, true].map((ring) => ({
        id: markIconId(type, hollow, ring),
        type,
        hollow,
        ring,
        path: typeSymbolPath(type, ICON_AREA),
      })),
    ),
  );
}

/** Half the side of a mark image, in CSS pixels: the ring and its stroke fit inside. */
const HALF = Math.ceil(ringRadius(ICON_AREA) + 2);

export interface IconColours {
  /** The page's background: the rim of filled marks, the inside of hollow ones. */
  halo: string;
  /** The ring's and the town dots' ink. */
  muted: string;
  types: Record<string, string>;
}

/** How a mark is painted, as charts.css draws .map-marker .mark and .is-unconfirmed. */
export function markPaint(
  icon: MarkIcon,
  c: IconColours,
): { fill: string; stroke: string; lineWidth: number; dash: number[] } {
  const colour = c.types[icon.type] ?? c.muted;
  return icon.hollow
    ? { fill: c.halo, stroke: colour, lineWidth: 2, dash: [3, 2] }
    : { fill: colour, stroke: c.halo, lineWidth: 1, dash: [] };
}

/** Draws a mark into a 2D canvas context of (2 × HALF × pixelRatio) square pixels. */
export function drawMarkIcon(
  ctx: CanvasRenderingContext2D,
  icon: MarkIcon,
  c: IconColours,
  pixelRatio: number,
): void {
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, HALF * pixelRatio, HALF * pixelRatio);
  const shape = new Path2D(icon.path);
  const paint = markPaint(icon, c);
  ctx.fillStyle = paint.fill;
  ctx.fill(shape);
  ctx.strokeStyle = paint.stroke;
  ctx.lineWidth = paint.lineWidth;
  ctx.setLineDash(paint.dash);
  ctx.stroke(shape);
  // As charts.css draws .town-ring.
  if (icon.ring) {
    ctx.beginPath();
    ctx.arc(0, 0, ringRadius(ICON_AREA), 0, 2 * Math.PI);
    ctx.strokeStyle = c.muted;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([2, 2]);
    ctx.stroke();
  }
}

/** Draws a town's dot (radius 2.5, as on the static map) with a rim in the page's colour. */
export function drawTownDot(ctx: CanvasRenderingContext2D, c: IconColours, pixelRatio: number) {
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 4 * pixelRatio, 4 * pixelRatio);
  ctx.beginPath();
  ctx.arc(0, 0, 2.5, 0, 2 * Math.PI);
  ctx.fillStyle = c.muted;
  ctx.strokeStyle = c.halo;
  ctx.lineWidth = 1;
  ctx.fill();
  ctx.stroke();
}

/** Side of a mark image and of a town dot image, in CSS pixels. */
export const MARK_SIDE = 2 * HALF;
export const DOT_SIDE = 8;
