/**
 * The share image routes of both editions (/share/<name>.png, /share/fr/<name>.png): each edition's
 * card carries its headline, its graphic's words and its credit line.
 */
import { frontmatter as en } from '../../content/story.mdx';
import { frontmatter as fr } from '../../content/story.fr.mdx';
import { getDatasetIn } from '../data/dataset.ts';
import type { Lang } from '../i18n/lang.ts';
import { SHARE_IMAGES } from './cards.ts';
import { shareImagePng } from './render.ts';

/** Every share image, as static paths. */
export const shareImagePaths = () => SHARE_IMAGES.map((image) => ({ params: { image } }));

/** The story's headline and standfirst in an edition, for its cards. */
export const storyHeadline = (lang: Lang) => {
  const f = (lang === 'fr' ? fr : en) as { title: string; standfirst: string };
  return { title: f.title, standfirst: f.standfirst };
};

/** One share image as a PNG response. */
export async function shareImageResponse(lang: Lang, name: string, site: URL): Promise<Response> {
  const png = shareImagePng(name, await getDatasetIn(lang), storyHeadline(lang), site);
  return new Response(png, { headers: { 'content-type': 'image/png' } });
}
