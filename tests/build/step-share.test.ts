/**
 * A share address for every scrolly step (after `npm run build`): each step of the built story has
 * /s/<step>/, whose title and description are the step's own words as the story prints them,
 * whose image is a 1200 × 630 card of its own (not the story's, not another step's), whose
 * canonical address is itself, and whose plain link leads to the step in the story; each step's
 * "Link to this step" names that address.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE } from '../../astro.config.mjs';
import { DIST, metaContent, parsedPages } from '../support/built.ts';

const site = new URL(SITE);
const pages = parsedPages();
const meta = metaContent;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const png = (url: string) => readFileSync(join(DIST, new URL(url).pathname));

/** Each edition: its story's folder and where its step images are. */
const EDITIONS = [
  ['English', '', 'share/s/'],
  ['French', 'fr/', 'share/fr/s/'],
] as const;

describe.each(EDITIONS)('the %s edition', (_, edition, image) => {
  const story = pages.find((p) => p.path === `/${edition}`)!;
  const steps = [...story.document.querySelectorAll<HTMLElement>('li.step[data-step]')];

  test('the story has scrolly steps, and there is one share page per step and no other', () => {
    expect(steps.length).toBeGreaterThan(5);
    expect(pages.filter((p) => p.path.startsWith(`/${edition}s/`)).map((p) => p.path)).toEqual(
      steps.map((s) => `/${edition}s/${s.id}/`).sort(),
    );
  });

  describe.each(steps.map((s) => [s.id, s] as const))('step %s', (id, step) => {
    const page = pages.find((p) => p.path === `/${edition}s/${id}/`);
    const words = () => {
      const card = step.querySelector('.step-card')!.cloneNode(true) as HTMLElement;
      card.querySelector('.step-share')?.remove();
      return oneLine(card.textContent ?? '');
    };

    test('its "Link to this step" is its share address', () => {
      expect(step.querySelector('a.step-link')?.getAttribute('href')).toBe(`/${edition}s/${id}/`);
    });

    test("its share page's title and description are the step's own words, as the story prints them", () => {
      expect(page, `no /${edition}s/${id}/`).toBeDefined();
      const title = page!.document.querySelector('h1')!.textContent!.trim();
      const description = meta(page!, 'og:description')!;
      expect(words().startsWith(title), `"${words()}" does not open with "${title}"`).toBe(true);
      expect(words()).toContain(description);
      expect(meta(page!, 'og:title')).toBe(page!.document.title);
      expect(page!.document.title.startsWith(title)).toBe(true);
      expect(meta(page!, 'og:image:alt')).toContain(title);
    });

    test('its canonical address and og:url are its own; it leads to the step by a plain link', () => {
      const own = new URL(`${edition}s/${id}/`, site).href;
      expect(page!.document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(own);
      expect(meta(page!, 'og:url')).toBe(own);
      expect(page!.document.querySelector('a[data-step-target]')?.getAttribute('href')).toBe(
        `/${edition}#${id}`,
      );
      expect(page!.document.documentElement.lang).toBe(story.document.documentElement.lang);
    });

    test("its image is its own: not the story's, and not another step's", () => {
      const card = meta(page!, 'og:image')!;
      expect(new URL(card).pathname).toBe(`/${image}${id}.png`);
      expect(png(card).equals(png(meta(story, 'og:image')!))).toBe(false);
      for (const other of steps.filter((s) => s.id !== id))
        expect(png(card).equals(png(new URL(`${image}${other.id}.png`, site).href)), other.id).toBe(
          false,
        );
    });
  });
});
