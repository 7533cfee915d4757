/**
 * The story's scrolly steps carry their maps as a reference into the edition's step drawings file
 * (src/components/figures/stepDrawings.ts): `<svg …><use href="/drawings/steps.<hash>.svg#d-…">`.
 * What the story leaves out must be in the file, whole: every step map's group with the classes
 * its styles select on, the chart styles themselves (a page's styles do not reach into another
 * document's <use>), and the land its maps show, defined in the file itself. Whether it is drawn as it should be
 * is for real Chromium (tests/e2e/static-map-pixels.test.ts, tests/e2e/map-labels.test.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isStoryPage } from '../../scripts/lib/pages.ts';
import { DIST, parsedPages } from '../support/built.ts';

const stories = parsedPages().filter((p) => isStoryPage(p.path));

/** Each step figure's deferred markup, by step id. */
function stepFigures(html: string): Map<string, string> {
  const figures = new Map<string, string>();
  for (const m of html.matchAll(
    /<li[^>]*id="([^"]+)"[^>]*data-step[\s\S]*?(?=<li[^>]*data-step|<\/ol>)/g,
  ))
    figures.set(m[1]!, m[0]);
  return figures;
}

const files = ['drawings', 'fr/drawings'].flatMap((dir) =>
  readdirSync(join(DIST, dir)).map((name) => join(DIST, dir, name)),
);

test('each edition has one step drawings file', () => {
  expect(files.map((f) => f.replace(/\.[0-9a-f]{10}\.svg$/, ''))).toEqual([
    join(DIST, 'drawings/steps'),
    join(DIST, 'fr/drawings/steps'),
  ]);
});

describe.each(stories.map((p) => [p.path, p] as const))('the story %s', (path, page) => {
  const figures = stepFigures(page.html);
  const file = path === '/' ? '/drawings/steps.' : '/fr/drawings/steps.';
  const reference = new RegExp(
    `^<svg[^>]*><use href="${file.replace(/\./g, '\\.')}[0-9a-f]{10}\\.svg#d-[0-9a-f]{10}" \\/><\\/svg>$`,
  );

  test('finds its steps, maps and unit charts among them', () => {
    expect(figures.size).toBeGreaterThan(8);
    expect(
      [...figures.values()].filter((f) => /class="static-map"/.test(f)).length,
    ).toBeGreaterThan(5);
    expect([...figures.values()].filter((f) => /class="unit-chart/.test(f)).length).toBeGreaterThan(
      3,
    );
  });

  test('carries each step’s drawing at both widths as one <use> of its edition’s file, and no marks of its own', () => {
    for (const [id, figure] of figures) {
      const svgs =
        figure.match(/<svg[^>]*class="(static-map|unit-chart[^"]*)"[^>]*>[\s\S]*?<\/svg>/g) ?? [];
      expect(svgs.length, id).toBe(2);
      for (const svg of svgs) {
        expect(svg, id).toMatch(reference);
        // The scrolly script reads from this that the drawing has words to keep readable.
        if (/class="static-map"/.test(svg)) expect(svg, id).toMatch(/ data-text[ >]/);
      }
      expect(figure, id).not.toMatch(/class="markers"|class="map-label"|<pattern|<mask/);
    }
  });

  test('its map’s live graphic waits for the scrolly script to give its drawing’s address', () => {
    const live = page.html.match(/<div class="scrolly-live"[\s\S]*?<\/figure>/g) ?? [];
    const map = live.filter((l) => /class="static-map"/.test(l));
    expect(map.length).toBe(1);
    const uses = map[0]!.match(/<use [^>]*>/g) ?? [];
    expect(uses.filter((u) => u.includes(file)).length).toBe(2);
    for (const use of uses.filter((u) => u.includes(file)))
      expect(use).toMatch(/^<use data-href="/);
  });
});

describe.each(files.map((f) => [f.slice(DIST.length + 1)] as const))('%s', (name) => {
  const svg = readFileSync(join(DIST, name), 'utf8');
  const groups = [...svg.matchAll(/<g id="(d-[0-9a-f]{10})"([^>]*)>/g)];

  test('is a standalone SVG document whose name changes with its content', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>/);
    const hash = createHash('sha256').update(svg).digest('hex').slice(0, 10);
    expect(name).toMatch(new RegExp(`\\.${hash}\\.svg$`));
  });

  test('holds every drawing its story refers to, with the classes and data attributes of its <svg> in the story', () => {
    const story = stories.find((p) => p.path === (name.startsWith('fr/') ? '/fr/' : '/'))!;
    const refs = [
      ...story.html.matchAll(
        /<svg([^>]*)><use (?:data-)?href="[^"]*\/drawings\/steps\.[0-9a-f]{10}\.svg#(d-[0-9a-f]{10})"/g,
      ),
    ];
    expect(refs.length).toBeGreaterThan(10);
    const inFile = new Map(groups.map((g) => [g[1]!, g[2]!]));
    const selected = (attrs: string) =>
      [...attrs.matchAll(/\s(class|data-[\w-]+)="[^"]*"/g)].map((m) => m[0]).sort();
    for (const [, attrs, id] of refs) {
      expect(inFile.has(id!), id).toBe(true);
      expect(selected(inFile.get(id!)!), id).toEqual(selected(attrs!));
    }
  });

  test('carries the chart styles, since the page’s do not reach into it', () => {
    const css = readFileSync('src/styles/charts.css', 'utf8');
    for (const selector of [
      '.static-map .sea',
      '.map-marker.is-dimmed',
      '.mark.t-arson',
      '.town-ring',
    ])
      (expect(css).toContain(selector), expect(svg).toContain(`${selector} {`));
  });

  test('every <use> in it finds its element in the file itself: each drawing is whole in one document', () => {
    const hrefs = [...new Set([...svg.matchAll(/<use href="([^"]+)"/g)].map((m) => m[1]!))];
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href).toMatch(/^#land/);
      expect(svg, href).toContain(` id="${href.slice(1)}"`);
    }
  });
});
