/**
 * Each incident type has a colour (a CSS class reading the tokens, so dark mode follows) and a
 * shape, so colour is never the only carrier of the type.
 */
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3';
import type { IncidentType } from '../data/schema.ts';

const SHAPES: Record<IncidentType, SymbolType> = {
  arson: symbolSquare,
  'attempted-arson': symbolDiamond,
  gunfire: symbolTriangle,
  fireworks: symbolStar,
  vandalism: symbolCross,
  threat: symbolWye,
  drone: symbolCircle,
};

/** SVG path data for a type's shape centred on 0,0, with an area of `size` square pixels. */
export function typeSymbolPath(type: IncidentType, size: number): string {
  return (symbol(SHAPES[type], size)() ?? '').replace(/(\d+\.\d{3})\d+/g, '$1');
}

/** The CSS class that colours a mark of this type (see src/styles/charts.css). */
export const typeClass = (type: IncidentType) => `t-${type}`;
