/** The built pages of dist/, parsed with linkedom, for checks on the HTML itself (no browser). */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { builtPages, type BuiltPage } from '../../scripts/lib/pages.ts';

export const DIST = 'dist';

export interface ParsedPage extends BuiltPage {
  html: string;
  document: Document;
}

/** Every HTML page in dist/, parsed; throws when dist/ has none (build first: `npm run build`). */
export function parsedPages(root = DIST): ParsedPage[] {
  const pages = builtPages(root).map((page) => {
    const html = readFileSync(page.file, 'utf8');
    return { ...page, html, document: parseHTML(html).document as unknown as Document };
  });
  if (!pages.some((p) => p.path === '/'))
    throw new Error(`${root}/index.html is missing: run \`npm run build\` first.`);
  return pages;
}

/** The content of a page's `<meta property=key>` or `<meta name=key>`, or undefined. */
export const metaContent = (page: ParsedPage, key: string): string | undefined =>
  page.document
    .querySelector(`meta[property="${key}"], meta[name="${key}"]`)
    ?.getAttribute('content') ?? undefined;
