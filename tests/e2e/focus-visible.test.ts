/**
 * Every element the keyboard reaches shows its focus, and nothing clips the outline (MapLibre's
 * canvas sits in a box with overflow: hidden): on the story, with the live map loaded, at desktop
 * and phone widths, and on each embed page.
 */
import { describe, expect, test } from 'vitest';
import { builtPages } from '../../scripts/lib/pages.ts';
import { watchedPage } from '../support/browser.ts';
import { servedSite } from '../support/site.ts';

const site = servedSite();

const CASES = [
  { path: '/', width: 1280, height: 800 },
  { path: '/', width: 375, height: 812 },
  { path: '/sources/', width: 1280, height: 800 },
  ...builtPages('dist')
    .map((p) => p.path)
    .filter((p) => p.startsWith('/embed/') && !p.endsWith('/static/'))
    .map((path) => ({ path, width: 1280, height: 800 })),
];

describe('visible focus', () => {
  test.each(CASES)(
    '$path at $width×$height: every focusable element shows an outline that nothing clips',
    async ({ path, width, height }) => {
      const w = await watchedPage(site.browser, [site.server.origin], {
        viewport: { width, height },
      });
      await w.page.goto(`${site.server.origin}${path}`, {
        waitUntil: path === '/embed/' ? 'domcontentloaded' : 'networkidle',
      });
      // Bring each map that can go live into view and wait until it has (or has stayed static).
      const maps = await w.page.$$eval('[data-map-frame]', (frames) =>
        frames
          .map((f, k) =>
            f.querySelector('[data-map-live]') && (f as HTMLElement).offsetParent ? k : -1,
          )
          .filter((k) => k >= 0),
      );
      for (const k of maps) {
        await w.page.locator('[data-map-frame]').nth(k).scrollIntoViewIfNeeded();
        await w.page.mouse.wheel(0, 1);
        await w.page.waitForFunction(
          (k) => !!document.querySelectorAll<HTMLElement>('[data-map-frame]')[k]!.dataset.mapMode,
          k,
          { timeout: 30_000 },
        );
      }
      await w.page.keyboard.press('Shift'); // keyboard modality: focus() then shows :focus-visible as Tab would
      const report = await w.page.evaluate(() => {
        const tabbable = [
          ...document.querySelectorAll<HTMLElement>(
            'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), canvas[tabindex]',
          ),
        ].filter((el) => {
          const s = getComputedStyle(el);
          return (
            el.getClientRects().length > 0 &&
            s.visibility === 'visible' &&
            !(el as HTMLButtonElement).disabled &&
            !el.closest('[inert], [hidden]')
          );
        });
        const problems: string[] = [];
        for (const el of tabbable) {
          el.focus();
          if (document.activeElement !== el) continue; // e.g. inside a closed <details>
          const s = getComputedStyle(el);
          const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
          const width = parseFloat(s.outlineWidth);
          if (s.outlineStyle === 'none' || width < 2) {
            problems.push(`${name}: no outline`);
            continue;
          }
          const r = el.getBoundingClientRect();
          const grow = width + parseFloat(s.outlineOffset);
          const ring = {
            top: r.top - grow,
            left: r.left - grow,
            bottom: r.bottom + grow,
            right: r.right + grow,
          };
          for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
            const as = getComputedStyle(a);
            if (as.overflowX === 'visible' && as.overflowY === 'visible' && as.clipPath === 'none')
              continue;
            const b = a.getBoundingClientRect();
            if (
              ring.top < b.top - 0.5 ||
              ring.left < b.left - 0.5 ||
              ring.bottom > b.bottom + 0.5 ||
              ring.right > b.right + 0.5
            ) {
              problems.push(
                `${name}: outline clipped by ${a.tagName.toLowerCase()}.${[...a.classList].join('.')}`,
              );
              break;
            }
          }
        }
        return { count: tabbable.length, problems };
      });
      expect(report.count).toBeGreaterThan(0);
      expect(report.problems).toEqual([]);
    },
  );
});
