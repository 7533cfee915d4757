/**
 * The built site's social previews (after `npm run build`): every page with an og:image points it
 * and twitter:image at a PNG on the site's own origin that exists in dist/ and is 1200 × 630; the
 * story, every embed page and every step's share page carry the whole set of Open Graph and Twitter tags, with an image alt
 * and og:url equal to the canonical link; each graphic's card carries the title its figure shows;
 * the oEmbed files name the same image as their thumbnail.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE } from '../../astro.config.mjs';
import { EMBEDS, GRAPHICS } from '../../src/graphics/index.ts';
import { DIST, metaContent, parsedPages } from '../support/built.ts';

const site = new URL(SITE);
const pages = parsedPages();
const meta = metaContent;
const withImage = pages.filter((p) => meta(p, 'og:image') !== undefined);
const sharedPages = pages.filter(
  (p) => p.path === '/' || /^\/(embed\/[^/]+\/(static\/)?|s\/[^/]+\/)$/.test(p.path),
);

/** Width and height from a PNG's IHDR chunk; throws when the bytes are not a PNG. */
function pngSize(file: string): { width: number; height: number; bytes: number } {
  const b = readFileSync(file);
  if (!b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    throw new Error(`${file} is not a PNG (no PNG signature)`);
  if (b.subarray(12, 16).toString('latin1') !== 'IHDR')
    throw new Error(`${file}: the first chunk is not IHDR`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), bytes: b.length };
}

/** The file in dist/ an absolute URL on the site lands on. */
function distFile(url: string): string {
  const u = new URL(url);
  expect(u.origin, `${url} is not on the site's origin ${site.origin}`).toBe(site.origin);
  return join(DIST, decodeURIComponent(u.pathname));
}

const FULL_SET = [
  'og:title',
  'og:description',
  'og:type',
  'og:url',
  'og:site_name',
  'og:locale',
  'og:image',
  'og:image:width',
  'og:image:height',
  'og:image:type',
  'og:image:alt',
  'twitter:card',
  'twitter:title',
  'twitter:description',
  'twitter:image',
  'twitter:image:alt',
];

test('the story and every embed page (and its static variant) are among the pages with a share image', () => {
  expect(sharedPages.map((p) => p.path)).toEqual(
    expect.arrayContaining([
      '/',
      ...EMBEDS.flatMap((g) => [`/embed/${g.id}/`, `/embed/${g.id}/static/`]),
    ]),
  );
  for (const page of sharedPages) expect(withImage, page.path).toContain(page);
});

describe.each(withImage.map((p) => [p.path, p] as const))('%s', (_, page) => {
  test('og:image and twitter:image are the same absolute URL, a 1200 × 630 PNG in dist/', () => {
    const image = meta(page, 'og:image')!;
    expect(image).toMatch(/^https?:\/\//);
    expect(meta(page, 'twitter:image')).toBe(image);
    const file = distFile(image);
    expect(existsSync(file), `${image} → ${file} does not exist`).toBe(true);
    const png = pngSize(file);
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect([
      meta(page, 'og:image:width'),
      meta(page, 'og:image:height'),
      meta(page, 'og:image:type'),
    ]).toEqual(['1200', '630', 'image/png']);
    // A blank 1200 × 630 card compresses to a few kB; a drawn graphic with text is tens of kB.
    expect(png.bytes).toBeGreaterThan(20_000);
  });

  test('og:url is the canonical link', () => {
    const canonical = page.document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical).toBeTruthy();
    expect(meta(page, 'og:url')).toBe(canonical);
  });
});

describe.each(sharedPages.map((p) => [p.path, p] as const))('%s', (path, page) => {
  test('has every Open Graph and Twitter tag, none empty', () => {
    const missing = FULL_SET.filter((key) => !meta(page, key)?.trim());
    expect(missing, `missing or empty on ${path}`).toEqual([]);
    expect(page.document.querySelectorAll('meta[property="og:image"]').length).toBe(1);
  });

  test('says what it is: type, card, locale, site name, and the same title, description and alt for both networks', () => {
    // The story and each of its steps' share pages (/s/<step>/) are the article; embeds are not.
    expect(meta(page, 'og:type')).toBe(
      path === '/' || path.startsWith('/s/') ? 'article' : 'website',
    );
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(meta(page, 'og:locale')).toBe('en_GB');
    expect(meta(page, 'og:site_name')).toBe('Under fire');
    expect(meta(page, 'twitter:title')).toBe(meta(page, 'og:title'));
    expect(meta(page, 'twitter:description')).toBe(meta(page, 'og:description'));
    expect(meta(page, 'twitter:image:alt')).toBe(meta(page, 'og:image:alt'));
  });
});

test("the story uses /share/story.png with its headline; each embed page uses its own graphic's image", () => {
  const story = pages.find((p) => p.path === '/')!;
  expect(new URL(meta(story, 'og:image')!).pathname).toBe('/share/story.png');
  expect(meta(story, 'og:title')).toBe(story.document.querySelector('h1')!.textContent!.trim());
  expect(meta(story, 'og:image:alt')).toContain(meta(story, 'og:title'));
  for (const g of EMBEDS) {
    for (const path of [`/embed/${g.id}/`, `/embed/${g.id}/static/`]) {
      expect(
        new URL(
          meta(
            pages.find((p) => p.path === path)!,
            'og:image',
          )!,
        ).pathname,
        path,
      ).toBe(`/share/${g.id}.png`);
    }
  }
});

test("each graphic's image alt and description carry the takeaway title its figure shows", () => {
  for (const g of GRAPHICS) {
    const page = pages.find((p) => p.path === `/embed/${g.id}/`)!;
    const title = page.document.querySelector(`#${g.id}-title`)?.textContent?.trim();
    expect(title, `no figure title on /embed/${g.id}/`).toBeTruthy();
    expect(meta(page, 'og:image:alt')).toContain(title);
    expect(meta(page, 'og:description')).toContain(title);
  }
});

test("each oEmbed file has the graphic's share image as its thumbnail, with its real size", () => {
  for (const g of EMBEDS) {
    const o = JSON.parse(readFileSync(`${DIST}/oembed/${g.id}.json`, 'utf8'));
    expect(o.thumbnail_url).toBe(new URL(`/share/${g.id}.png`, site).href);
    const png = pngSize(distFile(o.thumbnail_url));
    expect([o.thumbnail_width, o.thumbnail_height]).toEqual([png.width, png.height]);
  }
});
