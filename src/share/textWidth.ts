/**
 * How wide a line of text is in a TrueType font, from the font's own advance widths (its cmap and
 * hmtx tables), so a share card can wrap its title to the column before resvg draws it. Kerning is
 * left out: it moves a line by a few pixels, and the card leaves more margin than that.
 */

/** Width in pixels of `text` at `size` pixels. */
export type TextMeasure = (text: string, size: number) => number;

/** A measure for one TrueType/OpenType (glyf or CFF) font file's bytes. */
export function fontMeasure(font: Uint8Array): TextMeasure {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, number>();
  for (let k = 0, n = view.getUint16(4); k < n; k++) {
    const at = 12 + k * 16;
    tables.set(String.fromCharCode(...font.subarray(at, at + 4)), view.getUint32(at + 8));
  }
  const table = (tag: string) => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`invalid font: no ${tag} table`);
    return at;
  };
  const unitsPerEm = view.getUint16(table('head') + 18);
  const metrics = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advance = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, metrics - 1));
  const glyphOf = cmapLookup(view, table('cmap'));
  const cache = new Map<number, number>();
  const width = (code: number) => {
    let w = cache.get(code);
    if (w === undefined) cache.set(code, (w = advance(glyphOf(code))));
    return w;
  };
  return (text, size) => {
    let units = 0;
    for (const ch of text) units += width(ch.codePointAt(0)!);
    return (units / unitsPerEm) * size;
  };
}

/** code point → glyph id, from the Unicode subtable (format 12 preferred, else format 4). */
function cmapLookup(view: DataView, cmap: number): (code: number) => number {
  const subtables = Array.from({ length: view.getUint16(cmap + 2) }, (_, k) => {
    const at = cmap + 4 + k * 8;
    const offset = cmap + view.getUint32(at + 4);
    return {
      platform: view.getUint16(at),
      encoding: view.getUint16(at + 2),
      offset,
      format: view.getUint16(offset),
    };
  });
  const unicode = (s: (typeof subtables)[number]) =>
    s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const f12 = subtables.find((s) => unicode(s) && s.format === 12);
  if (f12) {
    const groups = view.getUint32(f12.offset + 12);
    return (code) => {
      for (let g = 0; g < groups; g++) {
        const at = f12.offset + 16 + g * 12;
        const start = view.getUint32(at);
        if (code >= start && code <= view.getUint32(at + 4))
          return view.getUint32(at + 8) + code - start;
      }
      return 0;
    };
  }
  const f4 = subtables.find((s) => unicode(s) && s.format === 4);
  if (!f4) throw new Error('invalid font: no Unicode cmap subtable of format 4 or 12');
  const segments = view.getUint16(f4.offset + 6) / 2;
  const ends = f4.offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (code) => {
    for (let s = 0; s < segments; s++) {
      if (code > view.getUint16(ends + s * 2)) continue;
      const start = view.getUint16(starts + s * 2);
      if (code < start) return 0;
      const delta = view.getUint16(deltas + s * 2);
      const range = view.getUint16(rangeOffsets + s * 2);
      if (range === 0) return (code + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + s * 2 + range + (code - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
