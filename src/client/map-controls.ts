/**
 * The attack map's controls, on the static SVG and on the live map alike: the night buttons (one
 * tab stop, arrow keys, Home and End), Play, and the list of places with their details. The live
 * map, once it has loaded, is reached through `live()` and follows the same state.
 */
import type { LiveMap } from '../map/mount.ts';
import { MATERIALIZED, materializeForPrint } from './deferred.ts';
import { loadFragments } from './fragments.ts';

export interface MapControls {
  /** Shows one night ("all" for every night); `announce` when the reader chose it. */
  setNight(night: string, announce?: boolean): void;
  /** Opens a place's details (or closes them with null), returning focus where it came from. */
  showDetails(placeId: string | null, from?: HTMLElement | null): void;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export function mapControls(frame: HTMLElement, live: () => LiveMap | undefined): MapControls {
  materializeForPrint();
  const figure = frame.closest('figure')!;
  const controls = figure.querySelector<HTMLElement>('[data-map-controls]');
  const explore = figure.querySelector<HTMLElement>('[data-map-explore]');
  const status = figure.querySelector<HTMLElement>('[data-map-status]');
  let opener: HTMLElement | null = null;

  let selected: string | null = null;
  // The static map's markers, dimmed outside the night and marked when their place is open.
  const markMarkers = () => {
    const night = frame.dataset.night ?? 'all';
    for (const m of frame.querySelectorAll<SVGElement>('.map-marker')) {
      m.classList.toggle(
        'is-dimmed',
        night !== 'all' && !(m.dataset.nights ?? '').split(' ').includes(night),
      );
      m.classList.toggle('is-selected', m.dataset.place === selected);
    }
  };
  // The map's other width, put in place later (a resize: DrawingWidths.astro), shows the same.
  frame.addEventListener(MATERIALIZED, markMarkers);

  const setNight = (night: string, announce = false) => {
    frame.dataset.night = night;
    markMarkers();
    for (const b of controls?.querySelectorAll<HTMLButtonElement>('[data-night]') ?? [])
      b.setAttribute('aria-pressed', String(b.dataset.night === night));
    for (const b of explore?.querySelectorAll<HTMLButtonElement>('[data-place-button]') ?? [])
      b.classList.toggle(
        'is-dimmed',
        night !== 'all' && !(b.dataset.nights ?? '').split(' ').includes(night),
      );
    live()?.applyState({ night });
    const pressed = controls?.querySelector<HTMLButtonElement>(`[data-night="${night}"]`);
    // Announced only when the reader chose the night (or Play moved it), never at load.
    if (status && announce)
      status.textContent =
        night === 'all'
          ? (controls?.dataset.sayAll ?? '')
          : `${controls?.dataset.sayShowing ?? ''} ${pressed?.getAttribute('aria-label') ?? night}`;
  };

  let asked: string | null = null;
  const showDetails = async (placeId: string | null, from?: HTMLElement | null) => {
    const panel = explore?.querySelector<HTMLElement>('[data-map-details]');
    if (!panel) return;
    asked = placeId;
    // The places' details are on the map's data page until first asked for.
    await loadFragments(panel);
    if (asked !== placeId) return; // the reader asked for another meanwhile
    for (const s of panel.querySelectorAll<HTMLElement>('[data-place-details]'))
      s.hidden = s.dataset.placeDetails !== placeId;
    panel.hidden = !placeId;
    selected = placeId;
    markMarkers();
    live()?.applyState({ selected: placeId ?? '' });
    if (placeId) {
      opener = from ?? opener;
      panel.querySelector<HTMLElement>(`[data-place-details="${placeId}"] h4`)?.focus();
    } else {
      opener?.focus();
    }
  };

  if (controls) {
    let timer: ReturnType<typeof setInterval> | undefined;
    const play = controls.querySelector<HTMLButtonElement>('[data-map-play]');
    const nights = [...controls.querySelectorAll<HTMLButtonElement>('[data-night]')]
      .map((b) => b.dataset.night!)
      .filter((n) => n !== 'all');
    const stop = () => {
      clearInterval(timer);
      timer = undefined;
      play?.setAttribute('aria-pressed', 'false');
      if (play) play.textContent = controls.dataset.sayPlay ?? '';
    };
    // One tab stop for the night buttons (the pressed one); the arrow keys, Home and End move between them.
    const nightButtons = [...controls.querySelectorAll<HTMLButtonElement>('[data-night]')];
    const rove = (to: HTMLButtonElement) =>
      nightButtons.forEach((b) => (b.tabIndex = b === to ? 0 : -1));
    rove(nightButtons.find((b) => b.getAttribute('aria-pressed') === 'true') ?? nightButtons[0]!);
    controls.addEventListener('keydown', (e) => {
      const at = nightButtons.indexOf(e.target as HTMLButtonElement);
      if (at < 0) return;
      const last = nightButtons.length - 1;
      const to = {
        ArrowRight: at + 1,
        ArrowDown: at + 1,
        ArrowLeft: at - 1,
        ArrowUp: at - 1,
        Home: 0,
        End: last,
      }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      const target = nightButtons[Math.min(last, Math.max(0, to))]!;
      rove(target);
      target.focus();
    });
    controls.addEventListener('focusin', (e) => {
      if (nightButtons.includes(e.target as HTMLButtonElement)) rove(e.target as HTMLButtonElement);
    });
    controls.addEventListener('click', (e) => {
      const b = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-night]');
      if (b) {
        stop();
        setNight(b.dataset.night!, true);
      }
    });
    play?.addEventListener('click', () => {
      if (timer) return stop();
      let k = Math.max(0, nights.indexOf(frame.dataset.night ?? '') + 1) % nights.length;
      play.setAttribute('aria-pressed', 'true');
      play.textContent = controls.dataset.sayPause ?? '';
      setNight(nights[k]!, true);
      // Stops by itself after the last night: nothing moves for long without the reader asking.
      timer = setInterval(
        () => {
          k += 1;
          if (k >= nights.length) return stop();
          setNight(nights[k]!, true);
        },
        reducedMotion() ? 2000 : 1200,
      );
    });
  }

  if (explore) {
    explore.addEventListener('click', (e) => {
      const target = e.target as HTMLElement;
      const b = target.closest<HTMLButtonElement>('[data-place-button]');
      if (b) showDetails(b.dataset.placeButton!, b);
      if (target.closest('[data-close-details]')) showDetails(null);
    });
    figure.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !explore.querySelector<HTMLElement>('[data-map-details]')?.hidden)
        showDetails(null);
    });
    frame.addEventListener('click', (e) => {
      const m = (e.target as Element).closest<SVGElement>('.map-marker');
      if (m)
        showDetails(
          m.dataset.place!,
          explore.querySelector<HTMLElement>(`[data-place-button="${m.dataset.place}"]`),
        );
    });
  }

  return { setNight, showDetails };
}
