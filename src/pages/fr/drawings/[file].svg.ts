/** /fr/drawings/steps.<hash>.svg: the French story's scrolly step drawings (src/components/figures/stepDrawings.ts). */
import type { GetStaticPaths } from 'astro';
import { stepDrawingsPaths } from '../../../components/figures/stepDrawings.ts';
import { svgFile } from '../../../components/figures/landFiles.ts';

export const getStaticPaths = (() => stepDrawingsPaths('fr')) satisfies GetStaticPaths;

export { svgFile as GET };
