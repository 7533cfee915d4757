/**
 * A step's share page sends the reader on to the story at that step, the address its link names.
 * `replace`, so the browser's Back button returns to where the reader came from, not here.
 */
const target = document.querySelector<HTMLAnchorElement>('a[data-step-target]');
if (target) location.replace(target.href);
