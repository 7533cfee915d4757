/**
 * Deferred markup (src/components/Deferred.astro): with JavaScript on, a `<noscript data-deferred>`
 * holds its markup as text, so its elements cost nothing at load; `materialize` parses that markup
 * (the page's own, written at build, with every string from the data already escaped) and puts the
 * elements in its place. Idempotent: a scope already materialized holds no deferred markup.
 */
export function materialize(scope: ParentNode): void {
  for (const holder of scope.querySelectorAll<HTMLElement>('noscript[data-deferred]')) {
    const template = document.createElement('template');
    template.innerHTML = holder.textContent ?? '';
    const parent = holder.parentElement;
    holder.replaceWith(template.content);
    parent?.dispatchEvent(new Event(MATERIALIZED, { bubbles: true }));
  }
}

/**
 * Fired (bubbling) on the parent of markup just put in place, so that a script that marked
 * elements (a selected mark, a dimmed marker) marks the new ones too: a full figure's other width
 * arrives only when it is first shown (src/client/drawing-widths.ts).
 */
export const MATERIALIZED = 'under-fire:materialized';

/**
 * Before printing (or print emulation), all deferred markup is put in place. Every script that
 * defers markup calls it; the listeners are added once.
 */
let forPrint = false;
export function materializeForPrint(): void {
  if (forPrint) return;
  forPrint = true;
  const all = () => materialize(document);
  addEventListener('beforeprint', all);
  matchMedia('print').addEventListener('change', (e) => {
    if (e.matches) all();
  });
}
