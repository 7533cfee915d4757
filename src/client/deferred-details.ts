/**
 * "Show the data": on the story a figure's table lives on its data page and is fetched when the
 * reader opens it (src/client/fragments.ts); elsewhere (the gallery) it may be deferred markup
 * (Deferred.astro), made elements when it opens or before the page is printed.
 */
import { materialize, materializeForPrint } from './deferred.ts';
import { loadFragments } from './fragments.ts';

for (const details of document.querySelectorAll<HTMLDetailsElement>('details')) {
  const deferred = details.querySelector(':scope > noscript[data-deferred]');
  const fetched = details.querySelector(':scope > [data-fragment]');
  if (!deferred && !fetched) continue;
  details.addEventListener('toggle', () => {
    if (!details.open) return;
    materialize(details);
    void loadFragments(details);
  });
}
materializeForPrint();
