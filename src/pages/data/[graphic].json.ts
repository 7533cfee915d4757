/** /data/<graphic>.json: the data behind one graphic, exactly as its table shows it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { graphicJson, graphicPaths } from '../../data/downloads.ts';

export const getStaticPaths = graphicPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => graphicJson('en', params.graphic!);
