/** The share image of a scrolly step as a PNG response, in its edition (the /share/s/ and /share/fr/s/ routes). */
import { getDatasetIn } from '../data/dataset.ts';
import type { Lang } from '../i18n/lang.ts';
import type { StepText } from '../scrolly/stepTexts.ts';
import { stepImagePng } from './render.ts';

export async function stepImageResponse(lang: Lang, step: StepText, site: URL): Promise<Response> {
  return new Response(stepImagePng(step, await getDatasetIn(lang), site), {
    headers: { 'content-type': 'image/png' },
  });
}
