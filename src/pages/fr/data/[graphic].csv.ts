/** /fr/data/<graphic>.csv: the data behind one graphic, with its French column labels. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { graphicPaths, tableCsv } from '../../../data/downloads.ts';

export const getStaticPaths = graphicPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => tableCsv('fr', params.graphic!);
