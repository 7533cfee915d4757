/**
 * Step cards never cover the sticky graphic's words, in real Chromium on the built story: on
 * phones and tablets the cards scroll over the graphic, so wherever a card's box meets a text
 * element of the graphic (title, description, key, labels drawn in the SVG) the card must be
 * opaque, or the reader gets text on text. Checked for every step of every sticky section, with
 * the step at the middle of the viewport (where it is active).
 */
import { expect, test } from 'vitest';
import { watchedPage } from '../support/browser.ts';
import { servedSite } from '../support/site.ts';

const site = servedSite();

// `sticks`: at least one section keeps its sticky graphic at this size (smaller phones read every
// section linearly, where nothing can be covered), so the check is not empty where it matters.
const VIEWPORTS = [
  { width: 320, height: 568, sticks: false },
  { width: 375, height: 667, sticks: false },
  { width: 375, height: 812, sticks: true },
  { width: 768, height: 1024, sticks: true },
];

test.each(VIEWPORTS)(
  'at $width×$height no step card shows through to the sticky graphic’s text',
  async ({ sticks, ...viewport }) => {
    const w = await watchedPage(site.browser, [site.server.origin], { viewport });
    await w.page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
    const ids = await w.page.$$eval('[data-scrolly] [data-step]', (els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(1);
    let checked = 0;
    const covered: string[] = [];
    for (const id of ids) {
      await w.page.evaluate(
        (stepId) => document.getElementById(stepId)!.scrollIntoView({ block: 'center' }),
        id,
      );
      // A section too tall for the screen reads linearly: nothing sticks, nothing can be covered.
      const sticky = await w.page.waitForFunction((stepId) => {
        const section = document.getElementById(stepId)!.closest<HTMLElement>('[data-scrolly]')!;
        if (section.classList.contains('scrolly--linear')) return 'linear';
        return section.dataset.activeStep === stepId ? 'sticky' : false;
      }, id);
      if ((await sticky.jsonValue()) === 'linear') continue;
      checked++;
      covered.push(
        ...(await w.page.evaluate((stepId) => {
          const section = document.getElementById(stepId)!.closest<HTMLElement>('[data-scrolly]')!;
          const live = section.querySelector<HTMLElement>('[data-scrolly-live]')!;
          const inView = (r: DOMRect) =>
            r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
          const alpha = (colour: string) => {
            const m = colour.match(/rgba?\(([^)]+)\)|color\(srgb ([^)]+)\)/);
            const parts = (m?.[1] ?? m?.[2] ?? '').split(/[\s,/]+/).filter(Boolean);
            return parts.length === 4 ? Number(parts[3]) : 1;
          };
          /** Nothing behind the card shows through: an opaque background, no opacity on the way up. */
          const opaque = (card: Element) => {
            if (alpha(getComputedStyle(card).backgroundColor) < 1) return false;
            for (let el: Element | null = card; el; el = el.parentElement)
              if (Number(getComputedStyle(el).opacity) < 1) return false;
            return true;
          };
          const cards = [...section.querySelectorAll('.step-card')]
            .map((card) => ({ card, box: card.getBoundingClientRect() }))
            .filter(({ box }) => inView(box));
          // Text elements: those with words of their own, visible on screen.
          const texts = [...live.querySelectorAll('*')].filter((el) => {
            if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
              return false;
            const style = getComputedStyle(el);
            return (
              style.visibility !== 'hidden' &&
              Number(style.opacity) > 0 &&
              el.closest('[hidden], .visually-hidden') === null &&
              inView(el.getBoundingClientRect())
            );
          });
          const found: string[] = [];
          for (const { card, box: c } of cards) {
            if (opaque(card)) continue;
            for (const el of texts) {
              const t = el.getBoundingClientRect();
              if (t.left < c.right && t.right > c.left && t.top < c.bottom && t.bottom > c.top)
                found.push(`${stepId}: "${el.textContent!.trim().slice(0, 40)}" under a card`);
            }
          }
          return found;
        }, id)),
      );
    }
    if (sticks) expect(checked).toBeGreaterThan(0);
    expect(covered).toEqual([]);
    expect(w.problems).toEqual([]);
  },
);
