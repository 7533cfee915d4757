/**
 * Copy buttons for embed snippets: copy the code next to the button and say so in a live region,
 * in the page's words (the button's data-copied, data-copied-status and data-copy-failed).
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  if (!navigator.clipboard) continue;
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
