/**
 * The share card composer and its helpers, pure: texts from data stay text, the layout keeps every
 * line inside the card and clear of the graphic, the chart CSS reaches resvg with no var(), and the
 * font measure reads real advance widths.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DOMParser } from 'linkedom';
import { describe, expect, test } from 'vitest';
import {
  CARD,
  escapeXml,
  shareCard,
  type CardArt,
  type CardLook,
  type CardTexts,
} from '../../src/share/shareCard.ts';
import { resolveStyleSheet, topLevelRules } from '../../src/share/chartStyles.ts';
import { fontMeasure, type TextMeasure } from '../../src/share/textWidth.ts';
import { clampLines, wrapText } from '../../src/share/wrap.ts';
import { lightTokens } from '../../src/styles/tokens.ts';

/** A monospaced stand-in: every character is half the font size wide. */
const mono: TextMeasure = (text, size) => [...text].length * size * 0.5;
const look: CardLook = {
  colours: lightTokens(),
  chartCss: '.mark { fill: #c2410c; }',
  fontFamily: 'Inter',
  measure: { regular: mono, bold: mono },
};
const tallArt: CardArt = {
  markup:
    '<svg width="600" height="566" viewBox="0 0 600 566" class="static-map"><rect class="sea" width="600" height="566"/></svg>',
  width: 600,
  height: 566,
};
const wideArt: CardArt = {
  markup:
    '<svg width="720" height="200" viewBox="0 0 720 200"><rect width="720" height="200"/></svg>',
  width: 720,
  height: 200,
};
const texts: CardTexts = {
  siteName: 'Under fire',
  address: 'underfire.example.org',
  title: 'Attacks on nine of the 12 nights from 13 to 24 April',
  credit: 'Sources: AFP, BFMTV, RTL and 3 others',
};

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
}
const lines = (doc: Document, cls: string) => [...doc.querySelectorAll(`text.${cls}`)];
const translate = (el: Element) =>
  el
    .getAttribute('transform')!
    .match(/translate\(([-\d.]+),([-\d.]+)\) scale\(([\d.]+)\)/)!
    .slice(1)
    .map(Number) as [number, number, number];

describe('shareCard(art, texts, look)', () => {
  test('is one 1200 × 630 SVG with the site name, the title, the credit and the graphic', () => {
    const doc = parse(shareCard(tallArt, texts, look));
    const svg = doc.querySelector('svg')!;
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual([
      String(CARD.width),
      String(CARD.height),
    ]);
    expect(doc.querySelector('.card-site')!.textContent).toBe('Under fireunderfire.example.org');
    expect(
      lines(doc, 'card-title')
        .map((t) => t.textContent)
        .join(' '),
    ).toBe(texts.title);
    expect(
      lines(doc, 'card-credit')
        .map((t) => t.textContent)
        .join(' '),
    ).toBe(texts.credit);
    expect(doc.querySelector('.card-art .static-map .sea')).not.toBeNull();
    expect(doc.querySelector('style')!.textContent).toContain('.mark { fill: #c2410c; }');
  });

  test('a title or label from the data file stays text: <script>, & and quotes are escaped, never markup', () => {
    const hostile = '<script>alert(1)</script> & "Fresnes" <b>bold</b>';
    const svg = shareCard(
      tallArt,
      {
        ...texts,
        title: hostile,
        credit: 'Sources: A&B <i>',
        key: [{ swatch: '', label: '<img src=x onerror=alert(1)>' }],
      },
      look,
    );
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&amp; &quot;Fresnes&quot;');
    const doc = parse(svg);
    expect(doc.querySelector('script, b, img, i')).toBeNull();
    expect(
      lines(doc, 'card-title')
        .map((t) => t.textContent)
        .join(' '),
    ).toBe(hostile);
    expect(lines(doc, 'card-credit')[0]!.textContent).toBe('Sources: A&B <i>');
    expect(lines(doc, 'card-key')[0]!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  test('a "<" in the chart CSS cannot end the <style> element', () => {
    const svg = shareCard(tallArt, texts, {
      ...look,
      chartCss: '.x { fill: red; } </style><script>alert(1)</script>',
    });
    expect(svg).not.toContain('</style><script>');
    expect(parse(svg).querySelector('script')).toBeNull();
  });

  test('a tall graphic sits on the right, inside the card, and no line of text reaches it', () => {
    const doc = parse(
      shareCard(
        tallArt,
        {
          ...texts,
          key: [
            { swatch: '<rect/>', label: 'Arson (17)' },
            { swatch: '<rect/>', label: 'Gunfire (2)' },
          ],
        },
        look,
      ),
    );
    const [x, y, scale] = translate(doc.querySelector('.card-art')!);
    expect(x + tallArt.width * scale).toBeCloseTo(CARD.width - 56, 0);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y + tallArt.height * scale).toBeLessThanOrEqual(CARD.height);
    for (const t of doc.querySelectorAll('text:not(.card-site)')) {
      const size = Number(t.getAttribute('font-size'));
      expect(Number(t.getAttribute('x')) + mono(t.textContent!, size), t.textContent!).toBeLessThan(
        x,
      );
      expect(Number(t.getAttribute('y'))).toBeLessThanOrEqual(CARD.height - 40);
    }
  });

  test('a wide graphic goes under the title, across the card, above the credit', () => {
    const doc = parse(shareCard(wideArt, texts, look));
    const [x, y, scale] = translate(doc.querySelector('.card-art')!);
    const titleBottom = Math.max(
      ...lines(doc, 'card-title').map((t) => Number(t.getAttribute('y'))),
    );
    const creditTop = Math.min(
      ...lines(doc, 'card-credit').map((t) => Number(t.getAttribute('y')) - 19),
    );
    expect(y).toBeGreaterThan(titleBottom);
    expect(y + wideArt.height * scale).toBeLessThan(creditTop);
    expect(x).toBeGreaterThanOrEqual(56);
    expect(x + wideArt.width * scale).toBeLessThanOrEqual(CARD.width - 56 + 0.01);
  });

  test('a title too long for the card is cut with "…" rather than running over the credit', () => {
    const long = Array.from({ length: 60 }, (_, k) => `word${k}`).join(' ');
    const doc = parse(shareCard(tallArt, { ...texts, title: long, standfirst: long }, look));
    const title = lines(doc, 'card-title');
    expect(title.at(-1)!.textContent).toMatch(/…$/);
    const lowest = Math.max(
      ...[...title, ...lines(doc, 'card-standfirst')].map((t) => Number(t.getAttribute('y'))),
    );
    const creditTop = Math.min(
      ...lines(doc, 'card-credit').map((t) => Number(t.getAttribute('y')) - 19),
    );
    expect(lowest).toBeLessThan(creditTop);
    expect(lines(doc, 'card-standfirst').at(-1)!.textContent).toMatch(/…$/);
  });

  test('escapeXml escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});

describe('wrapText and clampLines', () => {
  test('wrapText(text, measure, size, width) breaks at spaces so each line fits', () => {
    expect(wrapText('aa bb cc dd', mono, 10, 30)).toEqual(['aa bb', 'cc dd']);
    expect(wrapText('averyveryverylongword x', mono, 10, 30)).toEqual([
      'averyveryverylongword',
      'x',
    ]);
  });
  test('clampLines(lines, max, …) keeps max lines and ends the last in "…" that still fits', () => {
    expect(clampLines(['aa bb', 'cc dd', 'ee ff'], 2, mono, 10, 30)).toEqual(['aa bb', 'cc dd…']);
    expect(clampLines(['aa bb', 'cc dd', 'ee ff'], 2, mono, 10, 28)).toEqual(['aa bb', 'cc…']);
    expect(clampLines(['aa'], 2, mono, 10, 30)).toEqual(['aa']);
  });
});

describe('resolveStyleSheet(css, values)', () => {
  const css = `/* c */ .a { fill: var(--arson); stroke: var(--bg, #fff); }
@media print { .b { fill: var(--text); } }
@container (min-width: 600px) { .c .d { display: none; } }
.e:not([x]) .f { fill: red; }
.g, .h:hover { opacity: 0.5; }`;
  test('replaces every var() with its token and leaves out at-rules and pseudo-classes', () => {
    expect(resolveStyleSheet(css, { arson: '#c2410c', bg: '#fdfcf9', text: '#000' })).toBe(
      '.a { fill: #c2410c; stroke: #fdfcf9; }\n.g { opacity: 0.5; }',
    );
  });
  test('names the file and the token when charts.css uses a token tokens.css lacks', () => {
    expect(() => resolveStyleSheet('.a { fill: var(--nope); }', {})).toThrow(
      'src/styles/charts.css uses var(--nope), which src/styles/tokens.css does not define as a colour.',
    );
  });
  test('the real charts.css resolves against the light tokens with no var() left', () => {
    const out = resolveStyleSheet(readFileSync('src/styles/charts.css', 'utf8'), {
      ...lightTokens(),
      'font-ui': 'Inter',
      'font-body': 'Inter',
    });
    expect(out).not.toContain('var(');
    // The stylesheet is as Prettier writes it (one declaration a line): compare with spaces collapsed.
    expect(out.replace(/\s+/g, ' ')).toContain(
      `.mark.t-arson { fill: ${lightTokens().arson}; stroke: ${lightTokens().arson}; }`,
    );
    expect(topLevelRules(out).length).toBeGreaterThan(50);
  });
});

describe('fontMeasure(font)', () => {
  const require = createRequire(import.meta.url);
  const bold = fontMeasure(
    readFileSync(require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf')),
  );
  test('reads advance widths: wide letters are wider, widths scale with the size', () => {
    expect(bold('W', 100)).toBeGreaterThan(bold('i', 100) * 3);
    expect(bold('Under fire', 50) * 2).toBeCloseTo(bold('Under fire', 100), 6);
    // Inter Bold sets "Under fire" at about 4.9 em.
    expect(bold('Under fire', 100)).toBeGreaterThan(450);
    expect(bold('Under fire', 100)).toBeLessThan(530);
  });
  test('measures accented and typographic characters through the cmap (not as missing glyphs)', () => {
    expect(bold('é', 100)).toBeCloseTo(bold('e', 100), 0);
    expect(bold('’', 100)).toBeGreaterThan(10);
  });
});
