/**
 * The HTML pages of a built site, found on disk (no hand-written list): each as the URL path a
 * static host serves it at, e.g. "/" for dist/index.html, "/embed/attack-map/" for
 * dist/embed/attack-map/index.html, "/404.html" for dist/404.html.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
  /** URL path, e.g. "/embed/attack-wave/". */
  path: string;
  /** File on disk, e.g. "dist/embed/attack-wave/index.html". */
  file: string;
}

/** Every .html file under `root`, sorted by path. */
export function builtPages(root = 'dist'): BuiltPage[] {
  const pages: BuiltPage[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const rel = relative(root, file).split(sep).join('/');
    const path = `/${rel}`.replace(/(^|\/)index\.html$/, '$1');
    pages.push({ path, file });
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** Embed pages of one graphic in either edition, /embed/<id>/ or /fr/embed/<id>/ (the galleries are not). */
export function isGraphicEmbed(path: string): boolean {
  return /^\/(fr\/)?embed\/[^/]+\/$/.test(path);
}

/** The story page of each edition: / and /fr/. */
export const isStoryPage = (path: string): boolean => path === '/' || path === '/fr/';
