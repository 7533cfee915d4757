/** /oembed/<id>.json: static oEmbed (type "rich") for each embeddable graphic. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { GRAPHICS, graphicById, iframeSnippet } from '../../components/graphics.ts';

export const getStaticPaths = (() => GRAPHICS.map((g) => ({ params: { graphic: g.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const g = graphicById(params.graphic!);
  const body = {
    version: '1.0',
    type: 'rich',
    title: g.label,
    provider_name: 'Under fire',
    provider_url: new URL('/', site).href,
    html: iframeSnippet(site!, g),
    width: 720,
    height: g.height,
    cache_age: 86400,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json+oembed' } });
};
