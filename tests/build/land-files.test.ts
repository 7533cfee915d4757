/**
 * The attack map's shared layer (land, borders, reference towns) of each view the story shows lives
 * in its own file (src/components/figures/landFiles.ts), placed with `<use href="file.svg#id">`. A
 * reference that finds nothing draws a map without land, silently: so every `<use>` of every built
 * page (deferred markup included) must find its layer, in the page or in a file of dist/, and the
 * stories must carry no land of their own.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isStoryPage } from '../../scripts/lib/pages.ts';
import { DIST, parsedPages } from '../support/built.ts';

const pages = parsedPages();
const withUse = pages.filter((p) => /<use\b/.test(p.html));

/** Every `<use href>` in a page's HTML, deferred markup (inside <noscript>) included. */
const useHrefs = (html: string): string[] => [
  ...new Set([...html.matchAll(/<use\b[^>]*?\shref="([^"]+)"/g)].map((m) => m[1]!)),
];

test('the maps are built with <use> on the story, its embeds and share pages', () => {
  expect(withUse.map((p) => p.path)).toEqual(
    expect.arrayContaining(['/', '/fr/', '/embed/attack-map/', '/embed/story-map/']),
  );
});

describe.each(withUse.map((p) => [p.path, p] as const))('%s', (_, page) => {
  test('every <use> finds what it places, in the page or in a file of the site', () => {
    const missing: string[] = [];
    for (const href of useHrefs(page.html)) {
      const [file, id] = href.split('#') as [string, string];
      if (!file) {
        if (!page.html.includes(` id="${id}"`)) missing.push(`${href}: no such id in the page`);
        continue;
      }
      const path = join(DIST, new URL(file, `http://site${page.path}`).pathname);
      if (!existsSync(path)) missing.push(`${href}: ${path} is not in the build`);
      else if (!readFileSync(path, 'utf8').includes(` id="${id}"`))
        missing.push(`${href}: ${path} has no element with that id`);
    }
    expect(missing).toEqual([]);
  });
});

describe.each(pages.filter((p) => isStoryPage(p.path)).map((p) => [p.path, p] as const))(
  'the story %s',
  (_, page) => {
    test('carries no land of its own: every view of its maps comes from a land file', () => {
      const inline = page.html.match(/<[a-z]+ [^>]*class="(land|borders-departements)"/g) ?? [];
      expect(inline).toEqual([]);
      expect(useHrefs(page.html).filter((href) => href.startsWith('#land'))).toEqual([]);
      expect(
        useHrefs(page.html).filter((href) => /\/map\/land\//.test(href)).length,
      ).toBeGreaterThan(0);
    });
  },
);

const landFiles = ['map/land', 'fr/map/land'].flatMap((dir) =>
  readdirSync(join(DIST, dir)).map((name) => join(DIST, dir, name)),
);

describe.each(landFiles.map((f) => [f] as const))('%s', (file) => {
  const svg = readFileSync(file, 'utf8');
  test('is a standalone SVG document whose name changes with its content', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>/);
    expect(svg).toMatch(/<g [^>]*class="land"/);
    const hash = createHash('sha256').update(svg).digest('hex').slice(0, 10);
    expect(file).toMatch(new RegExp(`\\.${hash}\\.svg$`));
  });
});
