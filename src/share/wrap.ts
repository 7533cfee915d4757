/** Greedy word wrap against a font's measured widths, with an ellipsis when lines run out. */
import type { TextMeasure } from './textWidth.ts';

/** `text` broken at spaces into lines no wider than `width` px at `size` px (a single long word overflows alone). */
export function wrapText(
  text: string,
  measure: TextMeasure,
  size: number,
  width: number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word;
    if (line && measure(tried, size) > width) {
      lines.push(line);
      line = word;
    } else line = tried;
  }
  if (line) lines.push(line);
  return lines;
}

/** The first `max` lines; when some are cut, the last kept line ends in "…" and still fits `width`. */
export function clampLines(
  lines: string[],
  max: number,
  measure: TextMeasure,
  size: number,
  width: number,
): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept.at(-1)!.split(' ');
  while (last.length > 1 && measure(`${last.join(' ')}…`, size) > width) last = last.slice(0, -1);
  kept[max - 1] = `${last.join(' ').replace(/[,;:.]$/, '')}…`;
  return kept;
}
