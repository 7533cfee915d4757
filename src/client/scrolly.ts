/**
 * Scrollytelling controller: the server renders each scrolly section as plain prose with a static
 * figure per step (what JS-off, print and linear-mode readers get); this script turns it into a
 * sticky graphic that follows the step at the middle of the viewport.
 *
 * Why our own IntersectionObserver rather than scrollama: the one behaviour we need (the step that
 * crosses a line at mid-viewport is active) is a dozen lines, and applying a step's whole state
 * directly (never replaying the steps in between) is ours to guarantee either way. An observer with
 * a zero-height root margin at 50% fires only for the step under the line when a scroll settles, so
 * a fast jump applies the last step alone; it recomputes when the viewport height changes (mobile
 * address bar), and the line stays at the middle.
 */
const LINEAR_KEY = 'under-fire:linear';
const STATE_EVENT = 'under-fire:state';

type State = Record<string, unknown>;

function readState(step: HTMLElement): State {
  try {
    return JSON.parse(step.dataset.state ?? '{}') as State;
  } catch {
    return {};
  }
}

function reducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Applies a step's state to its section's live graphic. Idempotent: the same step twice changes nothing. */
function activate(section: HTMLElement, step: HTMLElement): void {
  if (section.dataset.activeStep === step.id) return;
  section.dataset.activeStep = step.id;
  for (const s of section.querySelectorAll<HTMLElement>('[data-step]')) {
    if (s === step) s.setAttribute('aria-current', 'step');
    else s.removeAttribute('aria-current');
  }
  const live = section.querySelector<HTMLElement>('[data-scrolly-live]');
  if (!live) return;
  const state = readState(step);
  live.dataset.state = JSON.stringify(state);
  showSnapshot(live, step);
  const status = section.querySelector<HTMLElement>('[data-scrolly-status]');
  if (status) status.textContent = step.dataset.label ?? '';
  live.dispatchEvent(new CustomEvent(STATE_EVENT, { detail: state, bubbles: true }));
}

/**
 * The live graphic takes the step's drawing: each step carries its state drawn at build (for JS-off
 * and print), so the live graphic copies that drawing rather than redrawing. A live MapLibre map
 * listens for the state event and moves itself.
 */
function showSnapshot(live: HTMLElement, step: HTMLElement): void {
  const from = step.querySelector('.step-static');
  const drawing = from?.querySelector('.chart-variants');
  const target = live.querySelector('.chart-variants');
  if (drawing && target) target.replaceWith(drawing.cloneNode(true));
  const frame = from?.querySelector<HTMLElement>('[data-map-frame]');
  const liveFrame = live.querySelector<HTMLElement>('[data-map-frame]');
  if (frame && liveFrame) for (const key of ['bounds', 'night', 'focus', 'highlight'] as const) liveFrame.dataset[key] = frame.dataset[key] ?? '';
  const desc = from?.querySelector('.graphic-desc')?.textContent;
  const liveDesc = live.querySelector('.graphic-desc');
  if (desc && liveDesc) liveDesc.textContent = desc;
}

function setupSection(section: HTMLElement): void {
  const steps = [...section.querySelectorAll<HTMLElement>('[data-step]')];
  if (!steps.length) return;
  // The line: a zero-height band at the middle of the viewport.
  const observer = new IntersectionObserver(
    (entries) => {
      const hit = entries.filter((e) => e.isIntersecting).at(-1);
      if (hit) activate(section, hit.target as HTMLElement);
    },
    { rootMargin: '-50% 0px -50% 0px', threshold: 0 },
  );
  steps.forEach((s) => observer.observe(s));

  // Before the first step reaches the line, show the first step's state (not an empty graphic).
  if (!section.dataset.activeStep) activate(section, steps[0]!);

  const go = (delta: number) => {
    const current = steps.findIndex((s) => s.id === section.dataset.activeStep);
    const next = steps[Math.min(steps.length - 1, Math.max(0, current + delta))]!;
    next.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
    next.focus({ preventScroll: true });
    activate(section, next);
  };
  section.querySelector('[data-scrolly-prev]')?.addEventListener('click', () => go(-1));
  section.querySelector('[data-scrolly-next]')?.addEventListener('click', () => go(1));
}

function setLinear(on: boolean): void {
  document.documentElement.toggleAttribute('data-linear', on);
  try {
    localStorage.setItem(LINEAR_KEY, on ? '1' : '0');
  } catch {
    /* storage may be off; the toggle still works for this page */
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-linear-toggle]')) {
    button.setAttribute('aria-pressed', String(on));
  }
}

function init(): void {
  const root = document.documentElement;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-linear-toggle]')) {
    button.hidden = false;
    button.setAttribute('aria-pressed', String(root.hasAttribute('data-linear')));
    button.addEventListener('click', () => setLinear(!root.hasAttribute('data-linear')));
  }
  for (const section of document.querySelectorAll<HTMLElement>('[data-scrolly]')) setupSection(section);
}

init();
