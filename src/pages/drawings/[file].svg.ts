/** /drawings/steps.<hash>.svg: the story's scrolly step drawings (src/components/figures/stepDrawings.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { stepDrawingsPaths } from '../../components/figures/stepDrawings.ts';

export const getStaticPaths = (() => stepDrawingsPaths('en')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { svg: string }).svg, { headers: { 'content-type': 'image/svg+xml' } });
