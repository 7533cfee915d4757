/**
 * The two widths every graphic is drawn at, in SVG pixels; CSS shows one by container width.
 * NARROW is the narrowest phone we support (320 px), so a drawing is rarely scaled below about
 * 0.82 of its size, and text drawn at TEXT_PX stays at 12 CSS pixels or more (tests/e2e/text-size.test.ts).
 */
export const NARROW = 320;
export const WIDE = 720;
/** The static map's height at each width: France and its neighbours at about the same aspect. */
export const NARROW_MAP_HEIGHT = 311;
export const WIDE_MAP_HEIGHT = 680;
/** Text size in SVG pixels in both variants. */
export const TEXT_PX = 15;
