/** /share/fr/<name>.png: the French edition's share images, in French. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImagePaths, shareImageResponse } from '../../../share/route.ts';

export const getStaticPaths = shareImagePaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => shareImageResponse('fr', params.image!, site!);
