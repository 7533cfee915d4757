/**
 * The security policy every built page declares: a CSP meta tag with no inline-script escape hatch,
 * and the _headers file a static host sends (frame-ancestors 'none' except on embeds).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers.ts';
import { parsedPages } from '../support/built.ts';

const pages = parsedPages();
const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
const isEmbed = (path: string) => /^\/(fr\/)?embed\//.test(path);

/** Directive name → its sources, from a policy string. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_, page) => {
  const meta = page.document.querySelector('meta[http-equiv="content-security-policy" i]');
  const policy = directives(meta?.getAttribute('content') ?? '');

  test('declares a strict Content-Security-Policy in a meta tag, before any script or stylesheet', () => {
    expect(meta, 'no CSP meta tag').not.toBeNull();
    const scripts = policy.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(
      scripts.every((s) => s === "'self'" || /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s)),
    ).toBe(true);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    // A meta tag cannot carry frame-ancestors (Chromium ignores it and warns in the console).
    expect(policy.has('frame-ancestors')).toBe(false);
    const head = page.html.slice(0, page.html.indexOf('</head>'));
    const metaAt = head.search(/<meta http-equiv="content-security-policy"/i);
    const firstResource = head.search(/<script|<link rel="(stylesheet|modulepreload)"/i);
    if (firstResource >= 0) expect(metaAt).toBeLessThan(firstResource);
  });

  test('every inline script is allowed by a hash and no handler attribute is used', async () => {
    const { createHash } = await import('node:crypto');
    const hashes = new Set(policy.get('script-src'));
    for (const script of page.document.querySelectorAll('script:not([src])')) {
      // Data blocks (JSON, JSON-LD) never run, so CSP ignores them; classic, module and importmap scripts count.
      if (!/^(|text\/javascript|module|importmap)$/i.test(script.getAttribute('type') ?? ''))
        continue;
      const digest = `'sha256-${createHash('sha256')
        .update(script.textContent ?? '')
        .digest('base64')}'`;
      expect(
        hashes.has(digest),
        `inline script not covered by a hash: ${script.textContent?.slice(0, 80)}`,
      ).toBe(true);
    }
    const handlers = [...page.document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes]
        .filter((a) => /^on/i.test(a.name))
        .map((a) => `<${el.localName} ${a.name}>`),
    );
    expect(handlers).toEqual([]);
    expect(page.html).not.toMatch(/(href|src|action)\s*=\s*["']?\s*javascript:/i);
  });

  test('the _headers file gives it one CSP with the right frame-ancestors, nosniff, referrer and permissions policies', () => {
    const headers = headersFor(rules, page.path);
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).not.toContain(','); // two rules merged into one header would enforce the stricter one
    const sent = directives(csp);
    expect(sent.get('frame-ancestors')).toEqual(isEmbed(page.path) ? ['*'] : ["'none'"]);
    expect(sent.get('object-src')).toEqual(["'none'"]);
    expect(sent.has('script-src') || sent.has('default-src')).toBe(false); // the meta tag holds the hashes
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
  });
});

describe('parseHeadersFile and headersFor', () => {
  test('a later rule detaches and replaces a header; splats and placeholders match', () => {
    const r = parseHeadersFile(
      '/*\n  A: 1\n  B: x\n/embed/*\n  ! A\n  A: 2\n/data/:file\n  B: y\n',
    );
    expect(headersFor(r, '/')).toEqual({ a: '1', b: 'x' });
    expect(headersFor(r, '/embed/attack-map/')).toEqual({ a: '2', b: 'x' });
    expect(headersFor(r, '/data/incidents.csv')).toEqual({ a: '1', b: 'x, y' });
    expect(headersFor(r, '/data/a/b')).toEqual({ a: '1', b: 'x' });
  });
});
