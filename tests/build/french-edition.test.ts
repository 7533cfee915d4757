/**
 * The French edition as built: /fr/ is a French page (lang, JSON-LD inLanguage), each edition
 * names the other as its hreflang alternate (and x-default the English), canonical URLs per
 * edition, and every embed, static variant, oEmbed file, share image and graphic download exists
 * in both languages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EMBEDS, GRAPHICS } from '../../src/graphics/index.ts';
import { ui } from '../../src/i18n/ui/index.ts';
import { parsedPages } from '../support/built.ts';

const pages = new Map(parsedPages().map((p) => [p.path, p]));
const page = (path: string) => pages.get(path) ?? expect.fail(`dist has no page ${path}`);
const alternates = (path: string) =>
  Object.fromEntries(
    [...page(path).document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
      l.getAttribute('hreflang'),
      new URL(l.getAttribute('href')!).pathname,
    ]),
  );

describe('the two editions of the story', () => {
  test.each([
    ['/', 'en'],
    ['/fr/', 'fr'],
  ] as const)(
    "%s: the wave chart's marks are titled with the edition's type names",
    (path, lang) => {
      // Deferred drawings are markup inside <noscript>: read the HTML, not the parsed document.
      const charts = page(path).html.match(/<svg[^>]*class="attack-wave"[\s\S]*?<\/svg>/g) ?? [];
      const titles = charts.flatMap((svg) => [...svg.matchAll(/<title>([^<]*)<\/title>/g)]);
      expect(titles.length).toBeGreaterThan(0);
      const names = Object.values(ui(lang).labels.types);
      const untranslated = titles
        .map((m) => m[1]!)
        .filter((title) => !names.some((name) => title.startsWith(name)));
      expect(untranslated).toEqual([]);
    },
  );

  test('/fr/ is in French: <html lang="fr">, JSON-LD inLanguage fr-FR, its own canonical URL', () => {
    const fr = page('/fr/').document;
    expect(fr.documentElement.getAttribute('lang')).toBe('fr');
    expect(page('/').document.documentElement.getAttribute('lang')).toBe('en');
    const article = JSON.parse(
      fr.querySelector('script[type="application/ld+json"]')!.textContent!,
    );
    expect(article.inLanguage).toBe('fr-FR');
    expect(new URL(article.url).pathname).toBe('/fr/');
    expect(new URL(fr.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe(
      '/fr/',
    );
  });

  test.each([
    '/',
    '/fr/',
    '/data/',
    '/fr/data/',
    '/sources/',
    '/fr/sources/',
    '/embed/',
    '/fr/embed/',
  ])('%s names both editions as alternates, and the English as x-default', (path) => {
    const english = path.replace(/^\/fr\//, '/');
    expect(alternates(path)).toEqual({
      en: english,
      fr: `/fr${english}`,
      'x-default': english,
    });
  });

  test('the language switch links each edition to the other', () => {
    const link = (path: string) => page(path).document.querySelector('a[data-language-switch]')!;
    expect(link('/').getAttribute('href')).toBe('/fr/');
    expect(link('/').getAttribute('hreflang')).toBe('fr');
    expect(link('/fr/').getAttribute('href')).toBe('/');
    expect(JSON.parse(link('/').getAttribute('data-steps')!)).toMatchObject({ homes: 'domiciles' });
    expect(JSON.parse(link('/fr/').getAttribute('data-steps')!)).toMatchObject({
      domiciles: 'homes',
    });
  });
});

describe('the French steps', () => {
  test('each has its French share page and card, linked from its step on /fr/', () => {
    const link = page('/fr/').document.querySelector('#domiciles a[data-step-link]')!;
    expect(link.getAttribute('href')).toBe('/fr/s/domiciles/');
    const share = page('/fr/s/domiciles/').document;
    expect(share.documentElement.getAttribute('lang')).toBe('fr');
    expect(share.querySelector('h1')!.textContent).toBe(
      'Les attaques se déplacent vers les domiciles des surveillants',
    );
    const image = share.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    expect(new URL(image).pathname).toBe('/share/fr/s/domiciles.png');
    expect(existsSync('dist/share/fr/s/domiciles.png')).toBe(true);
  });
});

describe('every embed and download exists in both languages', () => {
  test.each(EMBEDS.map((g) => [g.id]))('%s: embed, static embed, oEmbed and share image', (id) => {
    for (const prefix of ['', '/fr']) {
      const embed = page(`${prefix}/embed/${id}/`).document;
      expect(embed.documentElement.getAttribute('lang')).toBe(prefix ? 'fr' : 'en');
      expect(
        page(`${prefix}/embed/${id}/static/`).document.documentElement.getAttribute('lang'),
      ).toBe(prefix ? 'fr' : 'en');
      const oembed = JSON.parse(readFileSync(`dist${prefix}/oembed/${id}.json`, 'utf8'));
      expect(oembed.html).toContain(`${prefix}/embed/${id}/`);
      expect(new URL(oembed.thumbnail_url).pathname).toBe(`/share${prefix}/${id}.png`);
      expect(existsSync(`dist/share${prefix}/${id}.png`), `dist/share${prefix}/${id}.png`).toBe(
        true,
      );
    }
    expect(JSON.parse(readFileSync(`dist/fr/oembed/${id}.json`, 'utf8')).html).toContain(
      'data-lang="fr"',
    );
  });

  test.each(GRAPHICS.map((g) => [g.id]))('%s: CSV and JSON, French labels on /fr/data/', (id) => {
    const en = readFileSync(`dist/data/${id}.csv`, 'utf8').split('\r\n')[0];
    const fr = readFileSync(`dist/fr/data/${id}.csv`, 'utf8').split('\r\n')[0];
    expect(fr).not.toBe(en);
    const [enJson, frJson] = [`dist/data/${id}.json`, `dist/fr/data/${id}.json`].map((f) =>
      JSON.parse(readFileSync(f, 'utf8')),
    );
    // The column keys stay stable; their labels are French.
    expect(frJson.columns.map((c: { key: string }) => c.key)).toEqual(
      enJson.columns.map((c: { key: string }) => c.key),
    );
    expect(frJson.caption).not.toBe(enJson.caption);
  });
});
