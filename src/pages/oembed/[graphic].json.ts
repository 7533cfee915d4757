/** /oembed/<id>.json: static oEmbed (type "rich") for each embeddable graphic, with its share image as thumbnail. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { EMBEDS, embedById } from '../../graphics/index.ts';
import { iframeSnippet } from '../../graphics/embed.ts';
import { shareImagePath } from '../../share/cards.ts';
import { CARD } from '../../share/shareCard.ts';
import { siteUrl } from '../../site/url.ts';

export const getStaticPaths = (() =>
  EMBEDS.map((g) => ({ params: { graphic: g.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const g = embedById(params.graphic!);
  const body = {
    version: '1.0',
    type: 'rich',
    title: g.label,
    provider_name: 'Under fire',
    provider_url: siteUrl('', 'en', site),
    html: iframeSnippet(site!, g),
    width: 720,
    height: g.height,
    thumbnail_url: siteUrl(shareImagePath(g.id), 'en', site),
    thumbnail_width: CARD.width,
    thumbnail_height: CARD.height,
    cache_age: 86400,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'content-type': 'application/json+oembed' },
  });
};
