/**
 * A figure's "Show the data" table is deferred markup on the story (Deferred.astro): its rows
 * become elements when the reader opens it, or before the page is printed.
 */
import { materialize, materializeForPrint } from './deferred.ts';

for (const details of document.querySelectorAll<HTMLDetailsElement>('details')) {
  if (!details.querySelector(':scope > noscript[data-deferred]')) continue;
  details.addEventListener('toggle', () => {
    if (details.open) materialize(details);
  });
}
materializeForPrint();
