/**
 * The words of the drawings, measured in real Chromium as drawn: each visible SVG matching a
 * selector, with every <text>'s box on screen, and the pairs of boxes that overlap. A map's shared
 * layer (land, borders, reference towns; placed with <use> from the page or from its own file, see
 * src/map/fallback.ts and src/components/figures/landFiles.ts) is laid into the drawing while it is
 * measured, so its towns count too; so is a scrolly step's drawing placed with <use> from the step
 * drawings file (src/components/figures/stepDrawings.ts).
 */
import type { Page } from 'playwright-core';

export interface DrawnLabels {
  /** The step or figure the drawing is in. */
  where: string;
  labels: { text: string; town: boolean; box: readonly [number, number, number, number] }[];
}

/** Every visible drawing matching `selector` on the page, with its labels' boxes. */
export async function drawnLabels(page: Page, selector: string): Promise<DrawnLabels[]> {
  return page.evaluate(async (selector) => {
    // The shared layers in files, fetched once each, as the browser fetched them for the <use>.
    const files = new Map<string, Promise<Document>>();
    // `from`: the file a copy came from, where its own `#id` references point.
    const layer = async (href: string, from?: string): Promise<Element | null> => {
      const [own, id] = href.split('#') as [string, string];
      const file = own || from;
      if (!file) return document.getElementById(id);
      if (!files.has(file))
        files.set(
          file,
          fetch(file)
            .then((r) => r.text())
            .then((text) => new DOMParser().parseFromString(text, 'image/svg+xml')),
        );
      const shared = (await files.get(file)!).getElementById(id);
      return shared && document.importNode(shared, true);
    };
    const drawings = [...document.querySelectorAll<SVGSVGElement>(selector)].filter(
      (svg) => svg.getBoundingClientRect().width > 0,
    );
    // Each <use> laid out as a copy of what it shows, and the copy's own <use>s in turn (a step's
    // drawing from the step drawings file holds a <use> of its land, defined in that file), to be
    // put back afterwards.
    const laid: [Element, SVGUseElement][] = [];
    for (let depth = 0; depth < 3; depth++)
      for (const svg of drawings)
        for (const use of [...svg.querySelectorAll('use')]) {
          const href = use.getAttribute('href') ?? '';
          const from = use.closest('[data-copied-from]')?.getAttribute('data-copied-from');
          const shared = await layer(href, from ?? undefined);
          const copy = shared?.cloneNode(true) as Element | undefined;
          if (!copy) continue;
          copy.removeAttribute('id');
          const file = href.split('#')[0] || from;
          if (file) copy.setAttribute('data-copied-from', file);
          use.replaceWith(copy);
          laid.push([copy, use]);
        }
    const measured = drawings.map((svg) => {
      const where =
        svg.closest('[data-step]')?.id ?? svg.closest('figure')?.id ?? 'a drawing outside a step';
      const labels = [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => {
          const r = t.getBoundingClientRect();
          return {
            text: t.textContent ?? '',
            town: !!t.closest('.towns'),
            box: [r.left, r.top, r.right, r.bottom] as const,
          };
        });
      return { where: `${where} (${svg.getAttribute('class')})`, labels };
    });
    for (const [copy, use] of laid.reverse()) copy.replaceWith(use);
    return measured;
  }, selector);
}

/** "where: "a" and "b"" for each two labels of a drawing whose boxes overlap by more than half a pixel. */
export function overlappingLabels(drawings: DrawnLabels[]): string[] {
  const overlapping: string[] = [];
  for (const { where, labels } of drawings)
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1)) {
        const [ax0, ay0, ax1, ay1] = a.box;
        const [bx0, by0, bx1, by1] = b.box;
        // Half a pixel of tolerance: boxes that only touch are not in each other's way.
        if (ax0 < bx1 - 0.5 && ax1 > bx0 + 0.5 && ay0 < by1 - 0.5 && ay1 > by0 + 0.5)
          overlapping.push(`${where}: "${a.text}" and "${b.text}"`);
      }
  return overlapping;
}
