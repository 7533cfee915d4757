/** /fr/map/land/<id>.<hash>.svg: the attack map's land, borders and towns of one view (src/components/figures/landFiles.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { landFilePaths } from '../../../../components/figures/landFiles.ts';

export const getStaticPaths = (() => landFilePaths('fr')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { svg: string }).svg, { headers: { 'content-type': 'image/svg+xml' } });
