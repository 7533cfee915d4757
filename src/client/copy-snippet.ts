/**
 * Copy buttons for embed snippets: copy the code next to the button and say so in a live region,
 * in the page's words (the button's data-copied, data-copied-status and data-copy-failed). Buttons
 * fetched later (the story's "Embed this graphic", from the gallery: src/client/fragments.ts) are
 * enabled when they arrive.
 */
import { FRAGMENT_LOADED } from './fragments.ts';

function enable(scope: ParentNode): void {
  if (!navigator.clipboard) return;
  for (const button of scope.querySelectorAll<HTMLButtonElement>('[data-copy][hidden]')) {
    button.hidden = false;
    const label = button.textContent ?? '';
    const say = button.dataset;
    button.addEventListener('click', async () => {
      const code = button.parentElement?.querySelector('code')?.textContent ?? '';
      const status = button
        .closest('details, section')
        ?.querySelector<HTMLElement>('[data-copy-status]');
      try {
        await navigator.clipboard.writeText(code);
        button.textContent = say.copied ?? '';
        if (status) status.textContent = say.copiedStatus ?? '';
      } catch {
        if (status) status.textContent = say.copyFailed ?? '';
      }
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}

enable(document);
document.addEventListener(FRAGMENT_LOADED, (e) => enable(e.target as Element));
