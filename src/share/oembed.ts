/**
 * The static oEmbed answer (type "rich") for an embed in an edition: /oembed/<id>.json and
 * /fr/oembed/<id>.json, with the edition's iframe snippet, title and share image as thumbnail.
 */
import type { Lang } from '../i18n/lang.ts';
import { siteUrl } from '../site/url.ts';
import { embedById } from '../graphics/index.ts';
import { embedLabel, iframeSnippet } from '../graphics/embed.ts';
import { shareImagePath } from './cards.ts';
import { CARD } from './shareCard.ts';

export function oembedResponse(lang: Lang, id: string, site: URL): Response {
  const g = embedById(id);
  const body = {
    version: '1.0',
    type: 'rich',
    title: embedLabel(g, lang),
    provider_name: 'Under fire',
    provider_url: siteUrl('', lang, site),
    html: iframeSnippet(site, g, lang),
    width: 720,
    height: g.height,
    thumbnail_url: siteUrl(shareImagePath(g.id, lang), 'en', site),
    thumbnail_width: CARD.width,
    thumbnail_height: CARD.height,
    cache_age: 86400,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'content-type': 'application/json+oembed' },
  });
}
