/**
 * A share card (the Open Graph / Twitter image) as one SVG, 1200 × 630: the site name, the takeaway
 * title (and the standfirst on the story's card), the graphic as its renderer drew it for the page,
 * its key, and a source credit. Pure: the graphic's markup, the texts and the look (resolved
 * colours, the page's chart CSS with no `var()`, a font and its measure) in, a string out. Texts are
 * escaped here, so a title from the data file is always text, never markup. A tall graphic sits to
 * the right of the texts; a wide one goes below the title.
 */
import type { Tokens } from '../styles/tokens.ts';
import type { TextMeasure } from './textWidth.ts';
import { clampLines, wrapText } from './wrap.ts';

/** The size of every share image, in pixels (what Open Graph and Twitter's large card expect). */
export const CARD = { width: 1200, height: 630 } as const;

/** A graphic drawn by its renderer: the `<svg>` markup and its own width and height. */
export interface CardArt {
  markup: string;
  width: number;
  height: number;
}

/** One entry of the key: a swatch (SVG markup centred on 0,0, within ±9 px) and its label. */
export interface CardKeyItem {
  swatch: string;
  label: string;
}

export interface CardTexts {
  siteName: string;
  title: string;
  /** A second, lighter paragraph under the title (the story's standfirst); cut with "…" if it does not fit. */
  standfirst?: string;
  /** e.g. "Sources: AFP, BFMTV and 3 others". */
  credit: string;
  /** The site's host, printed after the site name. */
  address?: string;
  key?: CardKeyItem[];
  /** Leave the key out where the title would not fit whole beside it (a step's sentence is never cut). */
  keyGivesWay?: boolean;
}

export interface CardLook {
  /** Resolved colours (light scheme), by token name without dashes: bg, text, muted, highlight, rule. */
  colours: Tokens;
  /** The page's chart CSS with every `var()` resolved, so the graphic looks as it does on the page. */
  chartCss: string;
  fontFamily: string;
  measure: { regular: TextMeasure; bold: TextMeasure };
}

const PAD = 56;
const TOP = 48;
const SITE_SIZE = 26;
const CREDIT_SIZE = 19;
const KEY_SIZE = 20;
const TITLE_SIZES = [54, 48, 42, 36];
const STANDFIRST_SIZE = 25;
/** Wider than this (width ÷ height) and the graphic goes under the title rather than beside it. */
const WIDE = 2;

/** Escapes text for SVG character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

interface Block {
  svg: string;
  height: number;
}

function textLines(
  lines: string[],
  x: number,
  y: number,
  size: number,
  lineHeight: number,
  cls: string,
): Block {
  const svg = lines
    .map(
      (line, k) =>
        `<text class="${cls}" x="${x}" y="${round(y + size * 0.8 + k * lineHeight)}" font-size="${size}">${escapeXml(line)}</text>`,
    )
    .join('');
  return { svg, height: lines.length ? (lines.length - 1) * lineHeight + size : 0 };
}

/** The key as rows of swatch + label, wrapped to `width` (a long label wraps under itself); `at(y)` draws it with its top at y. */
function keyBlock(
  items: CardKeyItem[],
  x: number,
  width: number,
  measure: TextMeasure,
): { height: number; at: (y: number) => string } {
  const rowHeight = KEY_SIZE * 1.5;
  let cx = x;
  let row = 0;
  const placed = items.map((item) => {
    const lines = wrapText(item.label, measure, KEY_SIZE, width - 24);
    const w = 24 + Math.max(...lines.map((l) => measure(l, KEY_SIZE)));
    if (cx > x && (cx + w > x + width || lines.length > 1)) {
      cx = x;
      row++;
    }
    const at = { item, lines, x: cx, row };
    if (lines.length > 1) {
      row += lines.length - 1;
      cx = x + width;
    } else cx += w + 26;
    return at;
  });
  const at = (y: number) =>
    placed
      .map(({ item, lines, x: px, row: r }) => {
        const cy = y + r * rowHeight + KEY_SIZE * 0.6;
        const label = lines
          .map(
            (l, k) =>
              `<text class="card-key" x="${round(px + 24)}" y="${round(cy + KEY_SIZE * 0.36 + k * rowHeight)}" font-size="${KEY_SIZE}">${escapeXml(l)}</text>`,
          )
          .join('');
        return `<g transform="translate(${round(px + 9)},${round(cy)})">${item.swatch}</g>${label}`;
      })
      .join('');
  return { height: items.length ? row * rowHeight + KEY_SIZE * 1.2 : 0, at };
}

/** The title at the largest size whose lines fit `height`; at the smallest size, cut with "…" to fit. */
function titleBlock(
  title: string,
  x: number,
  y: number,
  width: number,
  height: number,
  measure: TextMeasure,
): Block & { cut: boolean } {
  const smallest = TITLE_SIZES.at(-1)!;
  const size =
    TITLE_SIZES.find(
      (s) => textLines(wrapText(title, measure, s, width), x, y, s, s * 1.12, '').height <= height,
    ) ?? smallest;
  const max = Math.max(1, Math.floor((height - size) / (size * 1.12)) + 1);
  const lines = wrapText(title, measure, size, width);
  const block = textLines(
    clampLines(lines, max, measure, size, width),
    x,
    y,
    size,
    size * 1.12,
    'card-title',
  );
  return { ...block, cut: lines.length > max };
}

/** The card's SVG markup, CARD.width × CARD.height. */
export function shareCard(art: CardArt, texts: CardTexts, look: CardLook): string {
  const card = compose(art, texts, look);
  return card.titleCut && texts.keyGivesWay && texts.key?.length
    ? compose(art, { ...texts, key: [] }, look).svg
    : card.svg;
}

function compose(
  art: CardArt,
  texts: CardTexts,
  look: CardLook,
): { svg: string; titleCut: boolean } {
  const { width: W, height: H } = CARD;
  const c = look.colours;
  const { regular, bold } = look.measure;
  const wide = art.width / art.height > WIDE;
  // A tall graphic takes a 600 px column on the right; a wide one the full width under the title.
  const artColumn = 600;
  const columnWidth = wide ? W - 2 * PAD : W - PAD - artColumn - 48 - PAD;

  const site = `<text class="card-site" x="${PAD}" y="${TOP + SITE_SIZE * 0.8}" font-size="${SITE_SIZE}">${escapeXml(texts.siteName)}${texts.address ? `<tspan class="card-address" dx="14">${escapeXml(texts.address)}</tspan>` : ''}</text>`;
  const textTop = TOP + SITE_SIZE + 30;
  const creditLines = clampLines(
    wrapText(texts.credit, regular, CREDIT_SIZE, columnWidth),
    3,
    regular,
    CREDIT_SIZE,
    columnWidth,
  );
  const creditHeight = textLines(creditLines, 0, 0, CREDIT_SIZE, CREDIT_SIZE * 1.35, '').height;
  const creditTop = H - TOP - creditHeight;
  const credit = textLines(
    creditLines,
    PAD,
    creditTop,
    CREDIT_SIZE,
    CREDIT_SIZE * 1.35,
    'card-credit',
  ).svg;
  const key = keyBlock(texts.key ?? [], PAD, columnWidth, regular);
  const keyTop = creditTop - (key.height ? key.height + 24 : 0);

  let body: string;
  let titleCut: boolean;
  if (wide) {
    const title = titleBlock(
      texts.title,
      PAD,
      textTop,
      columnWidth,
      2 * 1.12 * TITLE_SIZES[0]!,
      bold,
    );
    titleCut = title.cut;
    const artTop = textTop + title.height + 36;
    body =
      title.svg + fit(art, { x: PAD, y: artTop, w: columnWidth, h: keyTop - 28 - artTop }, 'start');
  } else {
    const room = keyTop - 32 - textTop;
    const title = titleBlock(
      texts.title,
      PAD,
      textTop,
      columnWidth,
      texts.standfirst ? room * 0.62 : room,
      bold,
    );
    titleCut = title.cut;
    let standfirst = '';
    if (texts.standfirst) {
      const top = textTop + title.height + 24;
      const lineHeight = STANDFIRST_SIZE * 1.35;
      const max = Math.floor((keyTop - 32 - top - STANDFIRST_SIZE) / lineHeight) + 1;
      const lines = clampLines(
        wrapText(texts.standfirst, regular, STANDFIRST_SIZE, columnWidth),
        Math.max(0, max),
        regular,
        STANDFIRST_SIZE,
        columnWidth,
      );
      standfirst = textLines(lines, PAD, top, STANDFIRST_SIZE, lineHeight, 'card-standfirst').svg;
    }
    body =
      title.svg +
      standfirst +
      fit(art, { x: W - PAD - artColumn, y: 36, w: artColumn, h: H - 72 }, 'end');
  }

  const style = [
    look.chartCss,
    `.card-site { font-weight: 700; fill: ${c.highlight}; }`,
    `.card-address { font-weight: 400; fill: ${c.muted}; }`,
    `.card-title { font-weight: 700; fill: ${c.text}; }`,
    `.card-standfirst, .card-key { font-weight: 400; fill: ${c.text}; }`,
    `.card-credit { font-weight: 400; fill: ${c.muted}; }`,
  ].join('\n');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${escapeXml(look.fontFamily)}">` +
    // CSS cannot close the element early: a "<" in it is written as the CSS escape \3c.
    `<style>${style.replace(/</g, '\\3c ')}</style>` +
    `<rect width="${W}" height="${H}" fill="${c.bg}"/><rect width="${W}" height="8" fill="${c.highlight}"/>` +
    site +
    body +
    key.at(keyTop) +
    credit +
    `</svg>`;
  return { svg, titleCut };
}

/** The graphic scaled to fit the box, kept in proportion, centred vertically and aligned left or right. */
function fit(
  art: CardArt,
  box: { x: number; y: number; w: number; h: number },
  align: 'start' | 'end',
): string {
  const scale = Math.min(box.w / art.width, box.h / art.height);
  const w = art.width * scale;
  const h = art.height * scale;
  const x = align === 'end' ? box.x + box.w - w : box.x + (box.w - w) / 2;
  const y = box.y + (box.h - h) / 2;
  return `<g class="card-art" transform="translate(${round(x)},${round(y)}) scale(${round(scale, 4)})">${art.markup}</g>`;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
