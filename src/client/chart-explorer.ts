/**
 * Chart explorer: Previous/Next buttons and taps on marks select a mark of a chart drawn at build,
 * and show that mark's row of the figure's data table (read with textContent, written with
 * textContent: no markup travels). Escape clears the selection.
 */
import { materialize } from './deferred.ts';
import { loadFragments } from './fragments.ts';

function setup(box: HTMLElement): void {
  const uid = box.dataset.chartExplorer!;
  const figure = box.closest('figure');
  const details = box.querySelector<HTMLElement>('[data-explore-details]');
  if (!figure || !details) return;
  const ids = [
    ...new Set(
      [...figure.querySelectorAll<SVGElement>('.v-wide [data-id]')].map((m) => m.dataset.id!),
    ),
  ];
  // A chart of stacked bars (src/charts/attackWaveChart.ts) has no single marks to walk through.
  if (!ids.length) {
    box.hidden = true;
    return;
  }
  let current = -1;

  const select = async (index: number) => {
    current = index;
    const id = ids[index];
    for (const m of figure.querySelectorAll<SVGElement>('[data-id]'))
      m.classList.toggle('is-selected', m.dataset.id === id);
    details.replaceChildren();
    // The data table may still be deferred markup (Deferred.astro) or on its data page.
    materialize(figure);
    await loadFragments(figure);
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
      for (const m of figure.querySelectorAll('.is-selected')) m.classList.remove('is-selected');
      details.replaceChildren();
    }
  });
}

for (const box of document.querySelectorAll<HTMLElement>('[data-chart-explorer]')) setup(box);
