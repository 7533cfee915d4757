/**
 * A full figure's drawing at the width CSS shows (src/components/DrawingWidths.astro): both widths
 * are deferred markup, and each is put in place when CSS first shows it, read from its own box
 * (CSS's container query stays the one place that picks the width): at load, then after a resize,
 * a rotation or a zoom; every one before printing. A ResizeObserver answers after layout and before
 * paint, so the drawing never shows empty in its reserved box for a frame.
 */
import { materialize, materializeForPrint } from './deferred.ts';

const shown = new ResizeObserver((entries) => {
  for (const entry of entries) {
    if (!entry.contentRect.width) continue; // display: none
    materialize(entry.target);
    shown.unobserve(entry.target);
  }
});
for (const holder of document.querySelectorAll('[data-drawing-widths] > div'))
  if (holder.querySelector(':scope > noscript[data-deferred]')) shown.observe(holder);
materializeForPrint();
