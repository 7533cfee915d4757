// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { sentenceStartPlugin } from './src/mdx/sentenceStart.ts';
import { storyLintPlugin } from './src/lint/storyLintPlugin.ts';
import { freshnessPlugin } from './src/dev/freshness.ts';
import { DATA_FILE } from './src/data/load.ts';
import { headersUnderBase } from './src/site/headersUnderBase.ts';

/**
 * The public address of the story; canonical links, Open Graph and oEmbed URLs derive from it. It
 * may carry a path (https://www.example.com/graphics/2025/under-fire/): the site is then built to
 * be served there, with that path as Astro's `base` (every link goes through src/site/url.ts).
 */
export const SITE = process.env.UNDER_FIRE_SITE ?? 'https://underfire.example.org';
const address = (() => {
  try {
    return new URL(SITE);
  } catch {
    return undefined;
  }
})();
if (!address || !/^https?:$/.test(address.protocol) || address.search || address.hash)
  throw new Error(
    `UNDER_FIRE_SITE must be a web address such as https://underfire.example.org or https://www.example.com/graphics/2025/under-fire/ (no query or #fragment); got "${SITE}".`,
  );
/** The path the site is served under, starting and ending with "/". */
const BASE = `/${address.pathname.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export default defineConfig({
  site: new URL(BASE, address).href,
  base: BASE,
  output: 'static',
  trailingSlash: 'always',
  // The editions (src/i18n/lang.ts): English at the root, French under /fr/. Components read the
  // page's edition from Astro.currentLocale.
  i18n: { locales: ['en', 'fr'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  integrations: [mdx(), headersUnderBase(BASE)],
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // Our CSS is small: inlined, it costs no render-blocking request (style-src allows inline styles).
  build: { inlineStylesheets: 'always' },
  /**
   * The Content-Security-Policy every page carries in a `<meta http-equiv>` tag. Astro writes
   * `script-src 'self'` plus a hash of each script it inlines, so no other inline script can run.
   * Styles allow 'unsafe-inline' on purpose: the SVG drawn at build by Observable Plot carries its own
   * `<style>` element and `style` attributes whose text we do not know in advance, and MapLibre sets
   * `style` attributes; CSS cannot run script, and data strings are escaped before they reach the
   * HTML. `frame-ancestors` cannot be set from a meta tag (Chromium ignores it and warns): it is in
   * public/_headers, with the rest of the policy, for hosts that send headers.
   */
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        // MapLibre runs its tile and GeoJSON work in a module worker served from our own origin.
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  // The story has no code blocks; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    // The base path and address for src/site/url.ts, the one place links are made.
    define: {
      __UNDER_FIRE_BASE__: JSON.stringify(BASE),
      __UNDER_FIRE_SITE__: JSON.stringify(new URL(BASE, address).href),
    },
    // The content lints run as the story compiles, so a typo stops the build and the dev preview with
    // our message (file, line, fix) before the framework's own.
    // In dev, a page never keeps a state older than the last save (src/dev/freshness.ts says why).
    // Then a <Num> or <DateOf> that starts a sentence is marked to print with a capital
    // (src/mdx/sentenceStart.ts); the lints read the story as the editor wrote it, so they run first.
    plugins: [storyLintPlugin(), sentenceStartPlugin(), freshnessPlugin({ dataFile: DATA_FILE })],
    build: {
      // MapLibre's chunk (src/map/mount.ts with maplibre-gl: about 1,060 kB minified, 294 kB gzip) is
      // over Vite's 500 kB default by design: it is imported lazily, only when the map approaches, and
      // `npm run bench` budgets what a page loads at first. The limit sits just above it, so any other
      // chunk that grows past a megabyte is still reported.
      chunkSizeWarningLimit: 1_100,
    },
  },
});
