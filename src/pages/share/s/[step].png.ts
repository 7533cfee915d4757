/**
 * /share/s/<step>.png: the share image of each scrolly step (1200 × 630), its graphic drawn by the
 * same renderer in that step's state, with the step's words (src/share/stepCards.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { stepSharePaths } from '../../../share/stepCards.ts';
import { stepImageResponse } from '../../../share/stepRoute.ts';
import type { StepText } from '../../../scrolly/stepTexts.ts';

export const getStaticPaths = (() => stepSharePaths('en')) satisfies GetStaticPaths;

export const GET: APIRoute<{ step: StepText }> = ({ props, site }) =>
  stepImageResponse('en', props.step, site!);
