/**
 * Contrast as the reader sees it, measured in the page: every visible text against the background
 * painted behind it (ancestors' backgrounds composited, opacity applied), and every data mark of
 * the figures against the page. Text needs 4.5:1 (3:1 when large), marks 3:1 (WCAG 1.4.3, 1.4.11).
 * Marks a state fades on purpose (`.is-dimmed`, and the unit chart's groups outside the step's
 * focus) are context, not data the reader must read, and are left out.
 */
import type { Page } from 'playwright-core';

export interface LowContrast {
  what: string;
  text: string;
  ratio: number;
  needs: number;
}

/** Every text and mark under `root` (a CSS selector) that falls short, with its ratio. */
export function lowContrast(page: Page, root = 'body'): Promise<LowContrast[]> {
  return page.evaluate((rootSelector) => {
    type RGBA = [number, number, number, number];
    const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    /** Any CSS colour (rgb(), color(srgb …), names) as 0–255 RGBA, through a canvas. */
    const parse = (css: string): RGBA | null => {
      if (!css || css === 'none' || css.startsWith('url(')) return null;
      probe.clearRect(0, 0, 1, 1);
      probe.fillStyle = '#000';
      probe.fillStyle = css;
      probe.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!, a! / 255];
    };
    const over = (top: RGBA, under: RGBA): RGBA => {
      const a = top[3];
      return [
        top[0] * a + under[0] * (1 - a),
        top[1] * a + under[1] * (1 - a),
        top[2] * a + under[2] * (1 - a),
        1,
      ];
    };
    const lum = ([r, g, b]: RGBA) => {
      const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a: RGBA, b: RGBA) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    /** The opaque colour painted behind `el`: its ancestors' backgrounds, from the root down. */
    const backdrop = (el: Element): RGBA => {
      const chain: Element[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) chain.unshift(e);
      let colour: RGBA = [255, 255, 255, 1];
      for (const e of chain) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg && bg[3] > 0) colour = over(bg, colour);
      }
      return colour;
    };
    const opacity = (el: Element) => {
      let o = 1;
      for (let e: Element | null = el; e; e = e.parentElement)
        o *= parseFloat(getComputedStyle(e).opacity);
      return o;
    };
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return (
        r.width > 1 &&
        r.height > 1 &&
        s.visibility === 'visible' &&
        !el.closest('[hidden], .visually-hidden, [aria-hidden="true"] .visually-hidden')
      );
    };
    const found: { what: string; text: string; ratio: number; needs: number }[] = [];
    const root = document.querySelector(rootSelector)!;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}${el.closest('figure') ? ` in ${el.closest('figure')!.getAttribute('data-graphic')}` : ''}`;

    // Text: elements with their own words.
    for (const el of root.querySelectorAll('*')) {
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === 3 && n.textContent!.trim())
        .map((n) => n.textContent!.trim())
        .join(' ');
      if (!own || !shown(el) || el.closest('script, style, title, option')) continue;
      // Wholly transparent (e.g. MapLibre's "Use Ctrl + scroll" message until a wheel shows it,
      // checked on its own in contrast.test.ts): nothing is painted, so there is no contrast.
      if (opacity(el) === 0) continue;
      const s = getComputedStyle(el);
      const svg = el instanceof SVGElement;
      const fg = parse(svg ? s.fill : s.color);
      if (!fg) continue;
      const bg = backdrop(el);
      const colour = over([fg[0], fg[1], fg[2], fg[3] * opacity(el)], bg);
      const owner = svg ? (el as SVGGraphicsElement).ownerSVGElement : null;
      const size =
        parseFloat(s.fontSize) *
        (owner?.viewBox.baseVal?.width
          ? owner.getBoundingClientRect().width / owner.viewBox.baseVal.width
          : 1);
      const large = size >= 24 || (size >= 18.66 && parseInt(s.fontWeight) >= 700);
      const needs = large ? 3 : 4.5;
      const r = ratio(colour, bg);
      if (r < needs)
        found.push({
          what: describe(el),
          text: own.slice(0, 40),
          ratio: Math.round(r * 100) / 100,
          needs,
        });
    }

    // Marks: the shapes of the figures and their keys.
    const faded = (el: Element) =>
      !!el.closest('.is-dimmed') || !!el.closest('.unit-chart:not(.units-all) .units');
    const marks = [
      ...root.querySelectorAll(
        'figure .mark:is(path, circle, rect), figure g.mark > :is(circle, rect), figure .key-hollow, .unit-key .swatch',
      ),
    ];
    for (const el of marks) {
      if (!shown(el) || faded(el)) continue;
      const s = getComputedStyle(el);
      const swatch = el.classList.contains('swatch');
      // A mark shows by its fill or by its outline (hollow marks): the stronger of the two counts.
      const paints = (
        swatch
          ? [parse(s.backgroundColor)]
          : [parse(s.fill), parseFloat(s.strokeWidth) > 0 ? parse(s.stroke) : null]
      ).filter((p): p is RGBA => !!p);
      if (!paints.length) continue;
      const bg = backdrop(el.parentElement!); // a swatch's own background is the mark, not what is behind it
      const o = opacity(el);
      const r = Math.max(
        ...paints.map((paint) => ratio(over([paint[0], paint[1], paint[2], paint[3] * o], bg), bg)),
      );
      if (r < 3)
        found.push({ what: describe(el), text: '', ratio: Math.round(r * 100) / 100, needs: 3 });
    }
    // The unit chart's squares are patterns: the square in each pattern, at its group's opacity.
    for (const chart of root.querySelectorAll<SVGSVGElement>('figure .unit-chart.units-all')) {
      if (!shown(chart)) continue;
      for (const group of chart.querySelectorAll('g.units')) {
        const id = /url\("?#([^")]+)"?\)/.exec(group.getAttribute('fill') ?? '')?.[1];
        const square = id ? chart.querySelector(`[id="${id}"] rect`) : null;
        const paint = square && parse(getComputedStyle(square).fill);
        if (!paint) continue;
        const bg = backdrop(chart);
        const r = ratio(over([paint[0], paint[1], paint[2], paint[3] * opacity(group)], bg), bg);
        if (r < 3)
          found.push({
            what: `squares ${[...group.classList].join('.')}`,
            text: '',
            ratio: Math.round(r * 100) / 100,
            needs: 3,
          });
      }
    }
    return found;
  }, root);
}
