/**
 * Chart explorer: Previous/Next buttons and taps on marks select a mark of a chart drawn at build,
 * and show that mark's row of the figure's data table (read with textContent, written with
 * textContent: no markup travels). Escape clears the selection.
 */
import { MATERIALIZED, materialize } from './deferred.ts';
import { loadFragments } from './fragments.ts';

function setup(box: HTMLElement): void {
  const uid = box.dataset.chartExplorer!;
  const figure = box.closest('figure');
  const details = box.querySelector<HTMLElement>('[data-explore-details]');
  if (!figure || !details) return;
  let ids: string[] = [];
  let current = -1;
  const markSelected = () => {
    const id = ids[current];
    for (const m of figure.querySelectorAll<SVGElement>('[data-id]'))
      m.classList.toggle('is-selected', m.dataset.id === id);
  };
  // The marks of the drawing in place: a full figure's width arrives when CSS first shows it
  // (DrawingWidths.astro), after this script has run; the other later, on a resize.
  const readMarks = () => {
    const selected = ids[current];
    ids = [
      ...new Set(
        [...figure.querySelectorAll<SVGElement>('.chart-variants [data-id]')].map(
          (m) => m.dataset.id!,
        ),
      ),
    ];
    current = selected ? ids.indexOf(selected) : -1;
    // A chart of stacked bars (src/charts/attackWaveChart.ts) has no single marks to walk through.
    if (figure.querySelector('.chart-variants svg')) box.hidden = !ids.length;
    markSelected();
  };
  readMarks();
  figure.addEventListener(MATERIALIZED, readMarks);

  const select = async (index: number) => {
    current = index;
    const id = ids[index];
    markSelected();
    details.replaceChildren();
    // The data table may still be deferred markup (Deferred.astro) or on its data page; not the
    // width not shown.
    const table = figure.querySelector('.graphic-data');
    if (table) {
      materialize(table);
      await loadFragments(table);
    }
    if (current !== index) return; // the reader moved on meanwhile
    const row = id ? document.getElementById(`row-${uid}-${id}`) : null;
    const headers = [...(row?.closest('table')?.querySelectorAll('thead th') ?? [])].map(
      (th) => th.textContent ?? '',
    );
    row?.querySelectorAll('th, td').forEach((cell, k) => {
      const text = cell.textContent?.trim();
      if (!text || text === '—') return;
      const dt = document.createElement('dt');
      dt.textContent = headers[k] ?? '';
      const dd = document.createElement('dd');
      dd.textContent = text;
      details.append(dt, dd);
    });
  };
  box.addEventListener('click', (e) => {
    const step = (e.target as HTMLElement).closest<HTMLElement>('[data-explore]');
    if (step) void select((current + Number(step.dataset.explore) + ids.length) % ids.length);
  });
  figure.addEventListener('click', (e) => {
    const mark = (e.target as Element).closest<SVGElement>('[data-id]');
    if (mark) void select(ids.indexOf(mark.dataset.id!));
  });
  figure.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && current >= 0) {
      current = -1;
      markSelected();
      details.replaceChildren();
    }
  });
}

for (const box of document.querySelectorAll<HTMLElement>('[data-chart-explorer]')) setup(box);
