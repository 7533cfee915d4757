/**
 * /share/<name>.png: the share images (Open Graph and Twitter cards), 1200 × 630, drawn at build
 * from the data by the same renderers as the page: "story" and one per embeddable graphic.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { frontmatter } from '../../../content/story.mdx';
import { getDataset } from '../../data/dataset.ts';
import { SHARE_IMAGES } from '../../share/cards.ts';
import { shareImagePng } from '../../share/render.ts';

export const getStaticPaths = (() =>
  SHARE_IMAGES.map((image) => ({ params: { image } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const png = shareImagePng(
    params.image!,
    await getDataset(),
    { title: frontmatter.title, standfirst: frontmatter.standfirst },
    site!,
  );
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
