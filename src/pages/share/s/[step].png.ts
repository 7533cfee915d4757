/**
 * /share/s/<step>.png: the share image of each scrolly step (1200 × 630), its graphic drawn by the
 * same renderer in that step's state, with the step's words (src/share/stepCards.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../data/dataset.ts';
import { shareSteps } from '../../../share/stepCards.ts';
import { stepImagePng } from '../../../share/render.ts';
import type { StepText } from '../../../scrolly/stepTexts.ts';

export const getStaticPaths = (async () =>
  shareSteps(await getDataset()).map((step) => ({
    params: { step: step.id },
    props: { step },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ step: StepText }> = async ({ props, site }) =>
  new Response(stepImagePng(props.step, await getDataset(), site!), {
    headers: { 'content-type': 'image/png' },
  });
