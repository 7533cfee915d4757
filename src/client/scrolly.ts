/**
 * Scrollytelling controller: the server renders each scrolly section as plain prose with a static
 * figure per step (what JS-off, print and linear-mode readers get); this script turns it into a
 * sticky graphic that follows the step at the middle of the viewport.
 *
 * Why our own IntersectionObserver rather than scrollama: the one behaviour we need (the step that
 * crosses a line at mid-viewport is active) is a dozen lines, and applying a step's whole state
 * directly (never replaying the steps in between) is ours to guarantee either way. An observer with
 * a zero-height root margin at 50% fires only for the step under the line when a scroll settles, so
 * a fast jump applies the last step alone. When the viewport's height changes (a mobile address
 * bar, a split screen) the line stays at the middle and the page is scrolled back so that the step
 * the reader was on is still under it (see `refit`).
 *
 * The sticky graphic must fit the viewport at a readable size (its drawing shrinks to the height
 * left; text in it stays at 12 px or more): where it cannot, even for one step's description, the
 * section reads linearly (`.scrolly--linear`), as it does in print. Step changes are announced
 * only once the reader has done something (scrolled, pressed a key, touched), never at load.
 */
import { materialize, materializeForPrint } from './deferred.ts';

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

/** Smallest size, in CSS pixels, of text drawn in a graphic. */
const MIN_TEXT_PX = 12;
/** A drawing without text may shrink to this share of its width-fitted size, no further. */
const MIN_SHRINK = 0.6;

let engaged = false;
const ENGAGE = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
function engage(): void {
  engaged = true;
  for (const type of ENGAGE) removeEventListener(type, engage, true);
}
for (const type of ENGAGE) addEventListener(type, engage, { capture: true, passive: true });

function reducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Applies a step's state to its section's live graphic. Idempotent: the same step twice changes nothing. */
function activate(section: HTMLElement, step: HTMLElement, announce = engaged): void {
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
  // Read linearly, the live graphic is not shown: the step's drawing is left where it is, put in
  // place when it comes near; the live graphic takes it if the section turns sticky (fitSection).
  // The live graphic is drawn at build in the first step's state (data-shows), so at load no step's
  // drawing is needed for it.
  if (!readsLinearly(section) && live.dataset.shows !== step.id) showSnapshot(live, step);
  if (document.readyState === 'complete') prepareNext(section, step);
  const status = section.querySelector<HTMLElement>('[data-scrolly-status]');
  if (status && announce) status.textContent = step.dataset.label ?? '';
  live.dispatchEvent(new CustomEvent(STATE_EVENT, { detail: state, bubbles: true }));
}

/**
 * The live graphic takes the step's drawing: each step carries its state drawn at build (for JS-off
 * and print), so the live graphic copies that drawing rather than redrawing. A live MapLibre map
 * listens for the state event and moves itself.
 */
function showSnapshot(live: HTMLElement, step: HTMLElement): void {
  live.dataset.shows = step.id;
  const from = step.querySelector('.step-static');
  if (from) materialize(from);
  const drawing = from?.querySelector('.chart-variants');
  const target = live.querySelector('.chart-variants');
  if (drawing && target) target.replaceWith(drawing.cloneNode(true));
  const frame = from?.querySelector<HTMLElement>('[data-map-frame]');
  const liveFrame = live.querySelector<HTMLElement>('[data-map-frame]');
  if (frame && liveFrame)
    for (const key of ['bounds', 'night', 'focus', 'highlight'] as const)
      liveFrame.dataset[key] = frame.dataset[key] ?? '';
  const desc = from?.querySelector('.graphic-desc')?.textContent;
  const liveDesc = live.querySelector('.graphic-desc');
  if (desc && liveDesc) liveDesc.textContent = desc;
}

/**
 * Sticky, the step after the reader's has its drawing put in place ahead (hidden, a few elements):
 * a drawing from the step drawings file (src/components/figures/stepDrawings.ts) is then fetched
 * before the reader reaches its step, and the live graphic never shows it empty. Not before the
 * page has loaded (init waits for it), so the file never competes with the page's first paint.
 */
function prepareNext(section: HTMLElement, step: HTMLElement): void {
  if (readsLinearly(section)) return;
  const steps = [...section.querySelectorAll<HTMLElement>('[data-step]')];
  const next = steps[steps.indexOf(step) + 1]?.querySelector('.step-static');
  if (next) materialize(next);
}

/**
 * The live graphic's drawing, drawn at build in the first step's state, may be a reference into
 * the step drawings file whose address waits in `data-href` (src/components/figures/
 * stepDrawings.ts): it is given once the page has loaded, or at once when the section is on
 * screen, so that the file and the map's land are not fetched while the page loads.
 */
function giveLiveDrawing(section: HTMLElement): void {
  for (const use of section.querySelectorAll('[data-scrolly-live] use[data-href]')) {
    use.setAttribute('href', use.getAttribute('data-href')!);
    use.removeAttribute('data-href');
  }
}

/** The drawing the live graphic shows at this width (one SVG per width variant). */
function shownDrawing(live: HTMLElement): SVGSVGElement | undefined {
  return [...live.querySelectorAll<SVGSVGElement>('.chart-variants svg')].find(
    (svg) => svg.getBoundingClientRect().width > 0,
  );
}

/** The height, in CSS pixels, left to the drawing once the live figure's other parts are laid out. */
function heightLeft(live: HTMLElement, drawing: SVGSVGElement): number {
  const figure = live.querySelector('figure')!;
  const box = parseFloat(getComputedStyle(live).paddingTop) || 0;
  return (
    live.clientHeight -
    box -
    (figure.getBoundingClientRect().height - drawing.getBoundingClientRect().height)
  );
}

/** Whether a drawing shrunk to `height` stays readable: text at 12 px or more, or not shrunk past MIN_SHRINK. */
function readableAt(drawing: SVGSVGElement, height: number): boolean {
  const vb = drawing.viewBox.baseVal;
  const width = drawing.getBoundingClientRect().width;
  if (!vb?.width || height <= 0) return false;
  const scale = Math.min(width / vb.width, height / vb.height);
  // A step's drawing from the step drawings file holds its text out of reach, behind a <use>: its
  // <svg> says it has text (data-text), and gives the text its size (font-size).
  const text =
    drawing.querySelector('text') ?? (drawing.hasAttribute('data-text') ? drawing : null);
  const least = text
    ? MIN_TEXT_PX / parseFloat(getComputedStyle(text).fontSize)
    : (MIN_SHRINK * width) / vb.width;
  return scale >= least - 0.001;
}

/**
 * Sticky or linear: measured in the sticky layout with every step's description in turn (they
 * differ in length), in one synchronous pass, so nothing flickers. The drawing then takes the
 * height the longest description leaves, the same for every step.
 */
function fitSection(section: HTMLElement): void {
  const live = section.querySelector<HTMLElement>('[data-scrolly-live]');
  if (!live) return;
  if (document.documentElement.hasAttribute('data-linear')) return materializeNear(section);
  section.classList.remove('scrolly--linear');
  live.style.removeProperty('--drawing-max-height');
  const drawing = shownDrawing(live);
  const desc = live.querySelector('.graphic-desc');
  const current = desc?.textContent ?? '';
  const descs = [...section.querySelectorAll('[data-step] .step-static .graphic-desc')].map(
    (d) => d.textContent ?? '',
  );
  let left = Infinity;
  if (drawing) {
    for (const text of desc && descs.length ? descs : [current]) {
      if (desc) desc.textContent = text;
      left = Math.min(left, heightLeft(live, drawing));
    }
  }
  if (desc) desc.textContent = current;
  const fits = !!drawing && readableAt(drawing, left);
  if (fits) live.style.setProperty('--drawing-max-height', `${Math.floor(left)}px`);
  section.classList.toggle('scrolly--linear', !fits);
  const active = section.dataset.activeStep;
  if (fits && active && live.dataset.shows !== active)
    showSnapshot(live, document.getElementById(active)!);
  // Read linearly, every step shows its own drawing, put in place as it comes near. Sticky, a
  // step's drawing is put in place when it becomes active.
  if (!fits) materializeNear(section);
}

/**
 * Read linearly, a step's drawing is put in place when the step comes within a viewport of the
 * screen, not all at load (each costs hundreds of elements): a generous margin, so that it is
 * there before the reader reaches it; what it adds above the reader's step is scrolled past
 * (keepingPlace). Print puts every one in place (src/client/deferred.ts). Sticky, a step's figure
 * is not displayed, so it never comes near.
 */
const near = new IntersectionObserver(
  (entries) =>
    keepingPlace(() => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        materialize(entry.target);
        near.unobserve(entry.target);
      }
    }),
  { rootMargin: '100% 0px' },
);

/**
 * Puts drawings in place without moving the step the reader is on (the one nearest the middle
 * line, as for a change of viewport height): it keeps its place, and what grows above it is
 * scrolled past. The browser's own scroll anchoring may instead keep a growing figure's top in
 * place and push that step down. With no step on screen, the browser's anchoring is enough.
 */
function keepingPlace(put: () => void): void {
  const step = readAnchor()?.step;
  const before = step?.getBoundingClientRect().top ?? 0;
  put();
  const moved = (step?.getBoundingClientRect().top ?? 0) - before;
  if (Math.abs(moved) >= 1) scrollBy({ top: moved, behavior: 'instant' });
}

/**
 * Puts in place at once the drawings of a linear section's steps within a viewport of the screen
 * (the observer would answer only after a frame, showing empty figures), and watches the rest.
 * Called again whenever the layout or the scroll position is set anew (refit, linear mode).
 */
function materializeNear(section: HTMLElement): void {
  const figures = [...section.querySelectorAll<HTMLElement>('[data-step] .step-static')].filter(
    (f) => f.querySelector('noscript[data-deferred]'),
  );
  const isNear = (f: HTMLElement) => {
    const box = f.getBoundingClientRect();
    return box.bottom > -innerHeight && box.top < 2 * innerHeight;
  };
  const now = figures.filter(isNear);
  for (const f of figures) if (!now.includes(f)) near.observe(f);
  if (now.length) keepingPlace(() => now.forEach(materialize));
}

function readsLinearly(section: HTMLElement): boolean {
  return (
    document.documentElement.hasAttribute('data-linear') ||
    section.classList.contains('scrolly--linear')
  );
}

/**
 * Where the reader is: the step on screen nearest the middle line, and where on it the line falls
 * (0 at its top, 1 at its bottom; outside that range between steps). Kept up to date after every
 * scroll, so that when the viewport's height changes (an address bar, a split screen, a keyboard)
 * the step the reader was on can be put back under the line: step spacing, the sticky layout and
 * a section's switch to linear all move the steps under a fixed scroll position.
 */
interface Anchor {
  step: HTMLElement;
  at: number;
}
let anchor: Anchor | null = null;

function readAnchor(): Anchor | null {
  const mid = innerHeight / 2;
  let best: (Anchor & { distance: number }) | null = null;
  for (const step of document.querySelectorAll<HTMLElement>('[data-scrolly] [data-step]')) {
    const box = step.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= innerHeight || !box.height) continue;
    const distance = box.top > mid ? box.top - mid : box.bottom < mid ? mid - box.bottom : 0;
    if (!best || distance < best.distance)
      best = { step, at: (mid - box.top) / box.height, distance };
  }
  return best && { step: best.step, at: best.at };
}

/** Lays every section out again for the viewport, keeping the reader on the step they were on. */
function refit(sections: HTMLElement[]): void {
  const kept = anchor;
  for (const section of sections) fitSection(section);
  if (kept?.step.isConnected) {
    const box = kept.step.getBoundingClientRect();
    scrollBy({ top: box.top + kept.at * box.height - innerHeight / 2, behavior: 'instant' });
  }
  // The reader may now be elsewhere in a linear section than when it was laid out.
  for (const section of sections) if (readsLinearly(section)) materializeNear(section);
  anchor = readAnchor();
}

let anchorQueued = false;
addEventListener(
  'scroll',
  () => {
    if (anchorQueued) return;
    anchorQueued = true;
    requestAnimationFrame(() => {
      anchorQueued = false;
      anchor = readAnchor();
    });
  },
  { passive: true },
);

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

  // Sticky or linear first (measured on the live graphic as drawn at build, in the first step's
  // state), so that a linear section leaves its first step's drawing deferred. Re-measured when
  // the text size changes (the section's width follows it); the viewport's height is watched for
  // every section at once, in init.
  fitSection(section);

  // Before the first step reaches the line, show the first step's state (not an empty graphic).
  if (!section.dataset.activeStep) activate(section, steps[0]!, false);
  const box = section.getBoundingClientRect();
  if (box.bottom > 0 && box.top < innerHeight) giveLiveDrawing(section);
  let width = 0;
  new ResizeObserver(([entry]) => {
    const w = Math.round(entry!.contentRect.width);
    if (w === width) return;
    const first = !width;
    width = w;
    if (first) fitSection(section);
    else refit([section]);
  }).observe(section);

  const go = (delta: number) => {
    const current = steps.findIndex((s) => s.id === section.dataset.activeStep);
    const next = steps[Math.min(steps.length - 1, Math.max(0, current + delta))]!;
    next.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
    next.focus({ preventScroll: true });
    activate(section, next, true);
  };
  section.querySelector('[data-scrolly-prev]')?.addEventListener('click', () => go(-1));
  section.querySelector('[data-scrolly-next]')?.addEventListener('click', () => go(1));
}

/**
 * Linear mode on or off, for the whole story. The toggle stays visible either way; focus goes to
 * the heading of the section the reader was in, so it is not lost with the layout.
 */
function setLinear(on: boolean, from?: HTMLElement): void {
  document.documentElement.toggleAttribute('data-linear', on);
  try {
    localStorage.setItem(LINEAR_KEY, on ? '1' : '0');
  } catch {
    /* storage may be off; the toggle still works for this page */
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-linear-toggle]')) {
    button.setAttribute('aria-pressed', String(on));
  }
  if (!on)
    for (const section of document.querySelectorAll<HTMLElement>('[data-scrolly]'))
      fitSection(section);
  anchor = readAnchor();
  const heading = from?.closest('[data-scrolly]')?.querySelector<HTMLElement>('h2[tabindex]');
  if (heading) {
    heading.focus({ preventScroll: true });
    heading.closest('[data-scrolly]')!.scrollIntoView({ block: 'start' });
  }
  // Where the reader now is, every step's drawing is there at once.
  for (const section of document.querySelectorAll<HTMLElement>('[data-scrolly]'))
    if (readsLinearly(section)) materializeNear(section);
}

function init(): void {
  const root = document.documentElement;
  materializeForPrint();
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-linear-toggle]')) {
    button.hidden = false;
    button.setAttribute('aria-pressed', String(root.hasAttribute('data-linear')));
    button.addEventListener('click', () => setLinear(!root.hasAttribute('data-linear'), button));
  }
  const sections = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')];
  for (const section of sections) setupSection(section);
  anchor = readAnchor();
  const ahead = () =>
    sections.forEach((section) => {
      giveLiveDrawing(section);
      const step = section.dataset.activeStep;
      if (step) prepareNext(section, document.getElementById(step)!);
    });
  if (document.readyState === 'complete') ahead();
  else addEventListener('load', () => setTimeout(ahead), { once: true });
  // The `resize` event comes before the frame's layout and observers, so the reader is put back on
  // their step before the middle line is checked again.
  let height = innerHeight;
  addEventListener('resize', () => {
    if (innerHeight === height) return;
    height = innerHeight;
    refit(sections);
  });
}

init();
