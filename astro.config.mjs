// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/** The public address of the story; canonical links, Open Graph and oEmbed URLs derive from it. */
export const SITE = process.env.UNDER_FIRE_SITE ?? 'https://underfire.example.org';

export default defineConfig({
  site: SITE,
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx()],
  server: { host: '127.0.0.1', port: 4321 },
  preview: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'never' },
});
