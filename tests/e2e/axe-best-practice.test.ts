/**
 * axe with its best-practice rules as well as WCAG 2.2 A/AA, on every page in dist/ (the embed
 * gallery's preview iframes included: axe reads frames), after the page has been scrolled so its
 * lazy parts are in place. Zero is the floor, not the goal (see the other accessibility tests).
 */
import { describe, expect, test } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { builtPages } from '../../scripts/lib/pages.ts';
import { scrollToBottom } from '../../scripts/lib/browse.ts';
import { watchedPage } from '../support/browser.ts';
import { WCAG_TAGS } from '../support/axe.ts';
import { servedSite } from '../support/site.ts';

const site = servedSite();
const pages = builtPages('dist').map((p) => p.path);

describe('axe with best practices', () => {
  test.each(pages)('%s: no violation', async (path) => {
    const w = await watchedPage(site.browser, [site.server.origin], {
      viewport: { width: 1280, height: 800 },
    });
    await w.page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
    await scrollToBottom(w.page);
    if (path === '/embed/') {
      // Every preview has loaded its page before axe reads the frames.
      await w.page.waitForFunction(
        () =>
          [...document.querySelectorAll('iframe')].every(
            (f) =>
              f.contentDocument?.readyState === 'complete' &&
              f.contentDocument.querySelector('main'),
          ),
        undefined,
        { timeout: 30_000 },
      );
    }
    const result = await new AxeBuilder({ page: w.page })
      .withTags([...WCAG_TAGS, 'best-practice'])
      .analyze();
    const violations = result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 4)
          .join(' | ')}`,
    );
    expect(violations).toEqual([]);
  });
});
