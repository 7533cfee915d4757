/**
 * /share/<name>.png: the share images (Open Graph and Twitter cards), 1200 × 630, drawn at build
 * from the data by the same renderers as the page: "story" and one per embeddable graphic.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImagePaths, shareImageResponse } from '../../share/route.ts';

export const getStaticPaths = shareImagePaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => shareImageResponse('en', params.image!, site!);
