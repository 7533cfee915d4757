/**
 * The scrolly embed's arithmetic, pure (src/client/embed-scrolly.ts applies it): reading the host
 * page's viewport message, finding the step under the host viewport's middle line, and where the
 * graphic goes so that it stays in view (sticky by transform: an iframe as tall as its content
 * never scrolls, so CSS `position: sticky` has nothing to stick to).
 */

/** Where the iframe sits in the host's viewport, in CSS pixels: its top and bottom edges and the viewport's height. */
export interface HostViewport {
  top: number;
  bottom: number;
  height: number;
}

export const VIEWPORT_MESSAGE = 'under-fire:viewport';
/** No page is taller, and no screen higher, than this many pixels: larger numbers are not ours. */
const LIMIT = 1e7;

/** The message's numbers when it is exactly our viewport message with sane values; otherwise undefined. */
export function readHostViewport(data: unknown): HostViewport | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const m = data as Record<string, unknown>;
  if (m['type'] !== VIEWPORT_MESSAGE) return undefined;
  if (Object.keys(m).some((k) => !['type', 'top', 'bottom', 'height'].includes(k)))
    return undefined;
  const { top, bottom, height } = m;
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  if (!finite(top) || !finite(bottom) || !finite(height)) return undefined;
  if (Math.abs(top) > LIMIT || Math.abs(bottom) > LIMIT || height <= 0 || height > LIMIT)
    return undefined;
  if (bottom < top) return undefined;
  return { top, bottom, height };
}

/**
 * The index of the step under the host viewport's middle line, from each step's top and bottom in
 * the iframe's own coordinates: before the first step, the first; past the last, the last (as the
 * story shows the first step's state before the section reaches the line).
 */
export function stepAtMiddle(
  view: HostViewport,
  steps: readonly { top: number; bottom: number }[],
): number {
  const middle = view.height / 2 - view.top;
  let at = 0;
  steps.forEach((s, i) => {
    if (middle >= s.top) at = i;
  });
  return at;
}

/**
 * How far down the section (in the iframe's pixels) its graphic goes: to the top of the host's
 * viewport while the section passes, never above the section's top or below its end.
 */
export function graphicOffset(
  view: HostViewport,
  section: { top: number; bottom: number },
  graphicHeight: number,
): number {
  const max = Math.max(0, section.bottom - section.top - graphicHeight);
  return Math.min(max, Math.max(0, -view.top - section.top));
}
