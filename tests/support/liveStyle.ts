/** Reading the live map's MapLibre style in unit tests: colours to build it with, a layer's layout. */
import {
  expression,
  latest,
  type StyleSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';

/** Page colours to build the live map's style with. */
export const colours = {
  sea: '#fff',
  land: '#eee',
  france: '#ddd',
  border: '#999',
  text: '#111',
  halo: '#fff',
  muted: '#555',
  types: { arson: '#c2410c', gunfire: '#b3124e' },
};

/** A symbol layer's layout property in `style`, evaluated at zoom 5 for a feature's properties. */
export function layoutValue(
  style: StyleSpecification,
  layer: string,
  property: string,
  properties: Record<string, unknown>,
): unknown {
  const layout = style.layers.find((l) => l.id === layer)!.layout as Record<string, unknown>;
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)
    .layout_symbol![property]!;
  const parsed = expression.createExpression(layout[property], property, spec);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 5 }, { type: 'Point', properties } as never);
}
