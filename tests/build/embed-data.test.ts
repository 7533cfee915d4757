/** Every embed page, the story-map one included, gives its data: a table and CSV/JSON downloads that exist in dist/. */
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsedPages } from '../support/built.ts';

const embeds = parsedPages().filter((p) => /^\/embed\/[a-z-]+\/$/.test(p.path));

describe('embed pages give their data', () => {
  test('there are embed pages', () => expect(embeds.length).toBeGreaterThan(3));

  test.each(embeds.map((p) => [p.path, p] as const))(
    '%s: a data table and CSV/JSON downloads',
    (_, page) => {
      expect(page.document.querySelectorAll('.graphic-data table th').length).toBeGreaterThan(0);
      const downloads = [
        ...page.document.querySelectorAll<HTMLAnchorElement>('.graphic-downloads a[download]'),
      ].map((a) => a.getAttribute('href')!);
      expect(downloads.map((h) => h.split('.').pop()).sort()).toEqual(['csv', 'json']);
      for (const href of downloads) expect(existsSync(`dist${href}`), href).toBe(true);
    },
  );
});
