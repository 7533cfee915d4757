/**
 * "Link to this step": the link is the step's share address (/s/<id>/, whose page carries the
 * step's own preview and leads back to /#<id>). Clicked here, it only marks the step in the address
 * bar, as a fragment link would, without leaving the page. Its button shares the address through
 * the system's share sheet where the browser has one (Web Share API), or else copies it, and says
 * so in the section's live region, in the page's words (the section's data-say-* attributes, said
 * once for all its steps).
 */
const canShare = typeof navigator.share === 'function';

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-step-link]')) {
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    history.replaceState(history.state, '', `#${link.dataset.stepLink}`);
  });
  const button = link.parentElement?.querySelector<HTMLButtonElement>('[data-step-share]');
  if (!button || (!canShare && !navigator.clipboard)) continue;
  const words = link.closest('section')?.dataset ?? {};
  button.textContent = (canShare ? words.sayShare : words.sayCopy) ?? '';
  button.hidden = false;
  const status = link.closest('section')?.querySelector<HTMLElement>('[data-step-share-status]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  button.addEventListener('click', async () => {
    try {
      if (canShare) await navigator.share({ title: document.title, url: link.href });
      else {
        await navigator.clipboard.writeText(link.href);
        say(words.sayCopied ?? '');
      }
    } catch (error) {
      // The reader closing the share sheet is not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError'))
        say(words.sayFailed ?? '');
    }
  });
}
