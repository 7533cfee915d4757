/**
 * The language switch keeps the reader's place: when followed, its link points at the step the
 * reader is on, in the other edition (its ids in `data-steps`, e.g. {"homes":"domiciles"}). The
 * current step is the one the scrolly marks aria-current, else the one in the address.
 */
function currentStep(): string | undefined {
  const active = document.querySelector<HTMLElement>('[data-step][aria-current="step"]');
  if (active?.id) return active.id;
  const hash = decodeURIComponent(location.hash.slice(1));
  return hash || undefined;
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
  let steps: Record<string, string> = {};
  try {
    steps = JSON.parse(link.dataset.steps ?? '{}') as Record<string, string>;
  } catch {
    steps = {};
  }
  const base = link.href.split('#')[0]!;
  const aim = () => {
    const step = currentStep();
    const there = step && Object.hasOwn(steps, step) ? steps[step] : undefined;
    link.href = there ? `${base}#${encodeURIComponent(there)}` : base;
  };
  // Before the browser follows it (mouse, keyboard or touch), and when it is about to be copied.
  for (const type of ['click', 'focus', 'pointerenter', 'contextmenu'])
    link.addEventListener(type, aim);
}
