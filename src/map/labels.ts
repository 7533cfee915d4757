/**
 * Label placement on the static map: each label tries right, left, above and below its point and
 * takes the first spot that stays inside the drawing and clear of everything placed before it
 * (markers, incident labels, then reference towns). First come, first placed: what matters more
 * goes first.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Spot {
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  box: Box;
}

/**
 * Width of a label in SVG pixels: each character's advance, a little over that of the wide
 * sans-serif fonts a reader's system-ui may be (DejaVu Sans, Segoe UI, Roboto), so a label drawn
 * is never wider than the box that kept it clear.
 */
export function labelWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text)
    em += /[ijlft.,'’ \-Iîïrí]/.test(c)
      ? 0.36
      : /[mwMW]/.test(c)
        ? 0.92
        : /[A-ZÀ-Ý]/.test(c)
          ? 0.74
          : 0.63;
  return em * fontSize;
}

/** Above and below a label's baseline its glyphs reach, in ems (accents and descenders included). */
const ASCENT = 1;
const DESCENT = 0.25;

/** The four spots around a point for a label `w` wide, `rr` pixels from the point, text `f` high. */
function spots(
  [x, y]: [number, number],
  rr: number,
  w: number,
  f: number,
  corners: boolean,
): Spot[] {
  const side = y + 0.35 * f;
  const above = y - rr - DESCENT * f;
  const below = y + rr + ASCENT * f;
  const box = (x0: number, x1: number, base: number) => ({
    x0,
    x1,
    y0: base - ASCENT * f,
    y1: base + DESCENT * f,
  });
  const spots: Spot[] = [
    { x: x + rr, y: side, anchor: 'start', box: box(x + rr, x + rr + w, side) },
    { x: x - rr, y: side, anchor: 'end', box: box(x - rr - w, x - rr, side) },
    { x, y: above, anchor: 'middle', box: box(x - w / 2, x + w / 2, above) },
    { x, y: below, anchor: 'middle', box: box(x - w / 2, x + w / 2, below) },
  ];
  if (!corners) return spots;
  // Then the corners: a label up and to the right of its point, and so on.
  const d = rr * 0.7;
  return [
    ...spots,
    {
      x: x + d,
      y: y - d - DESCENT * f,
      anchor: 'start',
      box: box(x + d, x + d + w, y - d - DESCENT * f),
    },
    {
      x: x - d,
      y: y - d - DESCENT * f,
      anchor: 'end',
      box: box(x - d - w, x - d, y - d - DESCENT * f),
    },
    {
      x: x + d,
      y: y + d + ASCENT * f,
      anchor: 'start',
      box: box(x + d, x + d + w, y + d + ASCENT * f),
    },
    {
      x: x - d,
      y: y + d + ASCENT * f,
      anchor: 'end',
      box: box(x - d - w, x - d, y + d + ASCENT * f),
    },
  ];
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

/**
 * The first free spot for `text` around `xy` inside width × height, or undefined; a spot found is
 * added to `taken`. `corners`: try the four diagonal spots as well.
 */
export function placeLabel(
  text: string,
  xy: [number, number],
  rr: number,
  fontSize: number,
  size: { width: number; height: number },
  taken: Box[],
  corners = false,
): Spot | undefined {
  const fit = spots(xy, rr, labelWidth(text, fontSize), fontSize, corners).find(
    ({ box }) =>
      box.x0 >= 2 &&
      box.x1 <= size.width - 2 &&
      box.y0 >= 2 &&
      box.y1 <= size.height - 2 &&
      !taken.some((t) => overlaps(box, t)),
  );
  if (fit) taken.push(fit.box);
  return fit;
}
