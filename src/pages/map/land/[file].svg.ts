/** /map/land/<id>.<hash>.svg: the attack map's land, borders and towns of one view (src/components/figures/landFiles.ts). */
import type { GetStaticPaths } from 'astro';
import { landFilePaths, svgFile } from '../../../components/figures/landFiles.ts';

export const getStaticPaths = (() => landFilePaths('en')) satisfies GetStaticPaths;

export { svgFile as GET };
