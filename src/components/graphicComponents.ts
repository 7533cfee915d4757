/**
 * Story components made from the graphic registry, so that adding a graphic needs no component
 * file of its own: one per graphic, named by its `component` (e.g. AttackWaveChart), drawing it in
 * full through Graphic.astro; and, for a section embed, a <Scrolly> that draws only its section.
 */
import { createComponent, render, renderComponent, renderSlot } from 'astro/compiler-runtime';
import { GRAPHICS } from '../graphics/index.ts';
import Graphic from './Graphic.astro';
import Scrolly from './Scrolly.astro';

type Factory = ReturnType<typeof createComponent>;

export const graphicComponents: Record<string, Factory> = Object.fromEntries(
  GRAPHICS.map((g) => [
    g.component,
    createComponent(
      (result: any, props: Record<string, unknown>) =>
        render`${renderComponent(result, g.component, Graphic, { ...props, graphic: g.id })}`,
      undefined,
      'none',
    ),
  ]),
);

/** A <Scrolly> for the story-map embed: the section that draws `graphic`, flat; every other section renders nothing. */
export function sectionOnly(graphic: string): Factory {
  return createComponent(
    (result: any, props: { graphic?: string }, slots: Record<string, any>) =>
      props.graphic === graphic
        ? render`${renderComponent(result, 'Scrolly', Scrolly, { ...props, flat: true }, { default: (r: any) => render`${renderSlot(r, slots['default'])}` })}`
        : render``,
    undefined,
    'none',
  );
}
