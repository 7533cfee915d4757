/** /share/fr/s/<step>.png: the share image of each scrolly step of the French story (src/share/stepCards.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { stepSharePaths } from '../../../../share/stepCards.ts';
import { stepImageResponse } from '../../../../share/stepRoute.ts';
import type { StepText } from '../../../../scrolly/stepTexts.ts';

export const getStaticPaths = (() => stepSharePaths('fr')) satisfies GetStaticPaths;

export const GET: APIRoute<{ step: StepText }> = ({ props, site }) =>
  stepImageResponse('fr', props.step, site!);
