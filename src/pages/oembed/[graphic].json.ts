/** /oembed/<id>.json: static oEmbed (type "rich") for each embeddable graphic, with its share image as thumbnail. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { EMBEDS } from '../../graphics/index.ts';
import { oembedResponse } from '../../share/oembed.ts';

export const getStaticPaths = (() =>
  EMBEDS.map((g) => ({ params: { graphic: g.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => oembedResponse('en', params.graphic!, site!);
