/**
 * The story keeps its data tables and the map's place details on the graphics' data pages
 * (/data/<graphic>/) and fetches them when a reader asks (src/client/fragments.ts). A holder whose
 * page or element is missing would leave a reader with a link to nowhere, or a map whose places open
 * nothing: so every holder of every built page must find what it names, and the story must not
 * carry the tables it fetches.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { GRAPHICS } from '../../src/graphics/index.ts';
import { isStoryPage } from '../../scripts/lib/pages.ts';
import { DIST, parsedPages } from '../support/built.ts';

const pages = parsedPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const holding = pages.filter((p) => p.document.querySelector('[data-fragment]'));

/** The built page a holder names, parsed (a <template>'s content is searched too). */
function pageAt(path: string): Document | undefined {
  const page = byPath.get(path);
  if (page) return page.document;
  const file = join(DIST, path, 'index.html');
  return existsSync(file)
    ? (parseHTML(readFileSync(file, 'utf8')).document as unknown as Document)
    : undefined;
}

test('the stories and the map embed fetch what they keep elsewhere', () => {
  expect(holding.map((p) => p.path)).toEqual(
    expect.arrayContaining(['/', '/fr/', '/embed/attack-map/']),
  );
});

describe.each(holding.map((p) => [p.path, p] as const))('%s', (_, page) => {
  test('every holder names a page of the site that has what it takes', () => {
    const missing: string[] = [];
    for (const holder of page.document.querySelectorAll<HTMLElement>('[data-fragment]')) {
      const path = holder.getAttribute('data-fragment')!;
      const select = holder.getAttribute('data-fragment-select')!;
      const target = pageAt(path);
      const found = target?.querySelector(select);
      if (!target) missing.push(`${path}: no such page`);
      else if (!found) missing.push(`${path}: nothing matches ${select}`);
      else if (!/<tr|data-place-details|class="snippet"/.test(found.innerHTML))
        missing.push(`${path} ${select}: no rows, places or snippets in it`);
    }
    expect(missing).toEqual([]);
  });
});

describe.each(pages.filter((p) => isStoryPage(p.path)).map((p) => [p.path, p] as const))(
  'the story %s',
  (_, page) => {
    test('carries no data table and no place details: each figure links its data page', () => {
      expect(page.html).not.toMatch(/<table class="data-table"|data-place-details=/);
      const prefix = page.path === '/' ? '/' : page.path;
      for (const g of GRAPHICS) {
        const link = page.document.querySelector(
          `#${g.id} .graphic-data a[href="${prefix}data/${g.id}/"]`,
        );
        expect(link, `${g.id}: a link to ${prefix}data/${g.id}/ in "Show the data"`).not.toBeNull();
      }
    });
  },
);

describe.each(
  ['/', '/fr/'].flatMap((edition) =>
    GRAPHICS.map((g) => [`${edition}data/${g.id}/`, edition, g.id] as const),
  ),
)('%s', (path, edition, id) => {
  test("holds the graphic's whole table and links back to the graphic in the story", () => {
    const page = byPath.get(path);
    expect(page, `${path} is built`).toBeDefined();
    const table = page!.document.querySelector(`[data-table-of="${id}"] table`);
    expect(table?.querySelectorAll('tbody tr').length).toBeGreaterThan(0);
    expect(page!.document.querySelector(`a[href="${edition}#${id}"]`)).not.toBeNull();
    expect(byPath.get(edition)!.document.getElementById(id)).not.toBeNull();
  });
});
