/** /fr/oembed/<id>.json: the French embeds' oEmbed files. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { EMBEDS } from '../../../graphics/index.ts';
import { oembedResponse } from '../../../share/oembed.ts';

export const getStaticPaths = (() =>
  EMBEDS.map((g) => ({ params: { graphic: g.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => oembedResponse('fr', params.graphic!, site!);
