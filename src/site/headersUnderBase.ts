/**
 * A static host reads `_headers` patterns as paths on its host, so a site built under a path
 * (astro.config.mjs `base`, e.g. "/graphics/2025/under-fire/") needs its rules under that path too:
 * after the build, this rewrites each pattern of dist/_headers from "/embed/*" to
 * "/graphics/2025/under-fire/embed/*". At the root of its host nothing changes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitePath } from './url.ts';

/** The text of a _headers file with every path pattern moved under `base`. */
export function headersTextUnderBase(text: string, base: string): string {
  return text
    .split('\n')
    .map((line) => (line.startsWith('/') ? sitePath(line, 'en', base) : line))
    .join('\n');
}

export function headersUnderBase(base: string): AstroIntegration {
  return {
    name: 'under-fire:headers-under-base',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const file = fileURLToPath(new URL('_headers', dir));
        if (base === '/' || !existsSync(file)) return;
        writeFileSync(file, headersTextUnderBase(readFileSync(file, 'utf8'), base));
      },
    },
  };
}
