/** Copy buttons for embed snippets: copy the code next to the button and say so in a live region. */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const code = button.parentElement?.querySelector('code')?.textContent ?? '';
    const status = button
      .closest('details, section')
      ?.querySelector<HTMLElement>('[data-copy-status]');
    try {
      await navigator.clipboard.writeText(code);
      button.textContent = 'Copied';
      if (status) status.textContent = 'Copied to the clipboard';
    } catch {
      if (status) status.textContent = 'Could not copy: select the code and copy it by hand';
    }
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
}
