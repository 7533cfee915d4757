/**
 * The attack map in the browser. Works on the static SVG first (night buttons, Play, the list of
 * places and their details), then, when the map comes within a screen of the viewport, loads
 * MapLibre and lays the live map over the static one. If MapLibre cannot start (no WebGL2) or the
 * WebGL context is lost, the static map stays, and nothing else changes.
 */
import type { LiveMap } from '../map/mount.ts';

type Bounds = [number, number, number, number];

function cssColour(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#777';
}

function colours() {
  const types = [
    'arson',
    'attempted-arson',
    'gunfire',
    'fireworks',
    'vandalism',
    'threat',
    'drone',
  ];
  return {
    sea: cssColour('--sea'),
    land: cssColour('--land'),
    france: cssColour('--surface'),
    border: cssColour('--land-stroke'),
    text: cssColour('--text'),
    halo: cssColour('--bg'),
    types: Object.fromEntries(types.map((t) => [t, cssColour(`--${t}`)])),
  };
}

const ENGAGE = ['scroll', 'wheel', 'pointerdown', 'keydown', 'touchstart'] as const;

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

function setup(frame: HTMLElement): void {
  const figure = frame.closest('figure')!;
  const controls = figure.querySelector<HTMLElement>('[data-map-controls]');
  const explore = figure.querySelector<HTMLElement>('[data-map-explore]');
  const status = figure.querySelector<HTMLElement>('[data-map-status]');
  let live: LiveMap | undefined;
  let opener: HTMLElement | null = null;

  const setNight = (night: string, announce = false) => {
    frame.dataset.night = night;
    for (const m of frame.querySelectorAll<SVGElement>('.map-marker'))
      m.classList.toggle(
        'is-dimmed',
        night !== 'all' && !(m.dataset.nights ?? '').split(' ').includes(night),
      );
    for (const b of controls?.querySelectorAll<HTMLButtonElement>('[data-night]') ?? [])
      b.setAttribute('aria-pressed', String(b.dataset.night === night));
    for (const b of explore?.querySelectorAll<HTMLButtonElement>('[data-place-button]') ?? [])
      b.classList.toggle(
        'is-dimmed',
        night !== 'all' && !(b.dataset.nights ?? '').split(' ').includes(night),
      );
    live?.applyState({ night });
    const pressed = controls?.querySelector<HTMLButtonElement>(`[data-night="${night}"]`);
    // Announced only when the reader chose the night (or Play moved it), never at load.
    if (status && announce)
      status.textContent =
        night === 'all'
          ? 'Showing all nights'
          : `Showing ${pressed?.getAttribute('aria-label') ?? night}`;
  };

  const showDetails = (placeId: string | null, from?: HTMLElement | null) => {
    const panel = explore?.querySelector<HTMLElement>('[data-map-details]');
    if (!panel) return;
    for (const s of panel.querySelectorAll<HTMLElement>('[data-place-details]'))
      s.hidden = s.dataset.placeDetails !== placeId;
    panel.hidden = !placeId;
    for (const m of frame.querySelectorAll<SVGElement>('.map-marker'))
      m.classList.toggle('is-selected', m.dataset.place === placeId);
    live?.applyState({ selected: placeId ?? '' });
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
      if (play) play.textContent = 'Play';
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
      play.textContent = 'Pause';
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

  // Scrolly steps: the live section copies the step's data-* onto this frame and fires the event.
  frame.closest('[data-scrolly-live]')?.addEventListener('under-fire:state', () => {
    setNight(frame.dataset.night || 'all');
    live?.applyState({ bounds: JSON.parse(frame.dataset.bounds || 'null') ?? undefined });
  });

  const container = frame.querySelector<HTMLElement>('[data-map-live]');
  if (!container) return;
  const upgrade = async () => {
    try {
      const { mountMap } = await import('../map/mount.ts');
      container.hidden = false;
      const bounds = JSON.parse(frame.dataset.bounds!) as Bounds;
      live = await mountMap(container, {
        colours: colours(),
        bounds: [
          [bounds[0], bounds[1]],
          [bounds[2], bounds[3]],
        ],
        label: frame.dataset.mapLabel ?? 'Map',
      });
      live.onPlaceClick((id) =>
        showDetails(id, explore?.querySelector<HTMLElement>(`[data-place-button="${id}"]`)),
      );
      live.map.getCanvas().addEventListener('webglcontextlost', () => {
        frame.classList.remove('is-live');
        container.hidden = true;
        frame.dataset.mapMode = 'static';
      });
      frame.classList.add('is-live');
      frame.dataset.mapMode = 'live';
      setNight(frame.dataset.night ?? 'all');
      // The colour switch or the device's scheme changed: the map takes the page's new colours.
      const recolour = () => live?.recolour(colours());
      new MutationObserver(recolour).observe(document.documentElement, {
        attributeFilter: ['data-theme'],
      });
      matchMedia('(prefers-color-scheme: dark)').addEventListener('change', recolour);
      (window as unknown as { __underFireMaps?: Record<string, LiveMap> }).__underFireMaps ??= {};
      (window as unknown as { __underFireMaps: Record<string, LiveMap> }).__underFireMaps[
        frame.dataset.mapFrame!
      ] = live;
    } catch {
      // No WebGL2, or the map failed to start: the static map is already there and stays.
      container.hidden = true;
      frame.dataset.mapMode = 'static';
    }
  };
  // MapLibre is heavy: it loads when the map comes near the viewport after the reader has scrolled
  // or interacted, never during the page's own load (a map in the first screen stays static until
  // the reader does something), so first paint and input stay fast on slow phones.
  let near = false;
  let engaged = false;
  let started = false;
  const maybeUpgrade = () => {
    if (near && engaged && !started) {
      started = true;
      void upgrade();
    }
  };
  const engage = () => {
    engaged = true;
    for (const type of ENGAGE) removeEventListener(type, engage, true);
    maybeUpgrade();
  };
  for (const type of ENGAGE) addEventListener(type, engage, { capture: true, passive: true });
  figure.addEventListener('focusin', engage);
  new IntersectionObserver(
    (entries) => {
      near = entries.some((e) => e.isIntersecting);
      maybeUpgrade();
    },
    { rootMargin: '300px 0px' },
  ).observe(frame);
}

for (const frame of document.querySelectorAll<HTMLElement>('[data-map-frame]')) {
  // Step snapshots carry a frame too, but no live container or controls: they stay static.
  if (frame.querySelector('[data-map-live]')) setup(frame);
}
