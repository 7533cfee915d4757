/** /share/fr/s/<step>.png: the share image of each scrolly step of the French story, in French. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasetIn } from '../../../../data/dataset.ts';
import { shareSteps } from '../../../../share/stepCards.ts';
import { stepImagePng } from '../../../../share/render.ts';
import type { StepText } from '../../../../scrolly/stepTexts.ts';

export const getStaticPaths = (async () =>
  shareSteps(await getDatasetIn('fr'), 'fr').map((step) => ({
    params: { step: step.id },
    props: { step },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ step: StepText }> = async ({ props, site }) =>
  new Response(stepImagePng(props.step, await getDatasetIn('fr'), site!), {
    headers: { 'content-type': 'image/png' },
  });
