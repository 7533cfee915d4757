/**
 * Every HTML page found in dist/, in real Chromium under the site's own headers (dist/_headers):
 * scrolled to the bottom so lazy parts load (the map), it makes no request outside its origin,
 * violates no Content-Security-Policy directive, and logs no console error or warning and no
 * uncaught error.
 */
import { describe, expect, test } from 'vitest';
import { builtPages } from '../../scripts/lib/pages.ts';
import { scrollToBottom } from '../../scripts/lib/browse.ts';
import { watchedPage } from '../support/browser.ts';

const pages = builtPages('dist');
import { servedSite } from '../support/site.ts';

const site = servedSite();

/** Records CSP violations in the page (and its same-origin frames) before any of its scripts run. */
const RECORD_VIOLATIONS = () => {
  const w = window as unknown as { __cspViolations: string[] };
  w.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    w.__cspViolations.push(
      `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
    ),
  );
};

describe('every page in dist/', () => {
  test('dist/ has the story page', () => {
    expect(pages.map((p) => p.path)).toContain('/');
  });

  test.each(pages.map((p) => [p.path]))(
    '%s: no foreign request, no CSP violation, no console problem',
    async (path) => {
      const w = await watchedPage(site.browser, [site.server.origin]);
      await w.page.addInitScript(RECORD_VIOLATIONS);
      const response = await w.page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy'] ?? '').toContain('frame-ancestors');
      // A step's share page sends the reader on to the story at that step (the story itself is
      // read through as '/'): here, the arrival is what counts.
      if (/^\/(?:fr\/)?s\//.test(path))
        await w.page.waitForURL((url) => url.hash.length > 1, { waitUntil: 'load' });
      else await scrollToBottom(w.page);
      const violations = await w.page.evaluate(
        () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
      );
      await w.page.context().close();
      expect(w.foreign).toEqual([]);
      expect(violations).toEqual([]);
      expect(w.problems).toEqual([]);
      expect(w.requests.length).toBeGreaterThan(0);
    },
  );
});
