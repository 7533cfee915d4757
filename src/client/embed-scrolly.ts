/**
 * The scrolly embed (/embed/story-map/?scrolly=1): the real scrolly inside another site's page.
 * An iframe as tall as its content never scrolls, so it cannot see the reader move; our loader
 * (/embed.js) tells it where it sits in the host's viewport. On the first such message the
 * flattened section becomes a scrolly: one graphic kept at the top of the host's viewport while
 * the section passes (sticky by transform), showing the whole state of the step under the host
 * viewport's middle line, as the story does. Only messages from the parent window, of exactly our
 * shape and with sane numbers, count (src/scrolly/hostViewport.ts); without our loader (a plain
 * iframe, pym.js) none arrive and the flattened version stays as it is.
 */
import {
  graphicOffset,
  readHostViewport,
  stepAtMiddle,
  type HostViewport,
} from '../scrolly/hostViewport.ts';

const root = document.documentElement;
const section = document.querySelector<HTMLElement>('.scrolly--flat');
const wanted = new URLSearchParams(location.search).get('scrolly') === '1';

let live: HTMLElement | undefined;
let status: HTMLElement | undefined;
let steps: HTMLElement[] = [];
let active = -1;

const box = (el: Element) => {
  const r = el.getBoundingClientRect();
  return { top: r.top + scrollY, bottom: r.bottom + scrollY };
};

/** The flattened section becomes a scrolly: a live graphic holder, the steps' own figures hidden. */
function start(): void {
  steps = [...section!.querySelectorAll<HTMLElement>('li.step')];
  live = document.createElement('div');
  live.className = 'embed-live';
  status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  section!.querySelector('.scrolly-steps')!.before(live, status);
  root.toggleAttribute('data-embed-scrolly', true);
}

/** Shows step `i`: its drawing (made at build, as the story's snapshots are) and its current mark. */
function activate(i: number): void {
  if (i === active) return;
  const announce = active !== -1;
  active = i;
  const step = steps[i]!;
  const figure = step.querySelector('.step-static')?.firstElementChild;
  if (figure) live!.replaceChildren(figure.cloneNode(true));
  steps.forEach((s) =>
    s === step ? s.setAttribute('aria-current', 'step') : s.removeAttribute('aria-current'),
  );
  section!.dataset.activeStep = step.id;
  if (announce) status!.textContent = step.dataset.label ?? '';
}

function follow(view: HostViewport): void {
  if (!live) start();
  root.style.setProperty('--host-vh', `${Math.round(view.height)}px`);
  const cards = steps.map((s) => box(s.querySelector('.step-card') ?? s));
  activate(stepAtMiddle(view, cards));
  const y = graphicOffset(view, box(section!), live!.offsetHeight);
  live!.style.transform = `translateY(${Math.round(y)}px)`;
}

if (wanted && section && window.parent !== window) {
  addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const view = readHostViewport(event.data);
    if (view) follow(view);
  });
}
