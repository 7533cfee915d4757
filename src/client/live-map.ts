/**
 * The live map: MapLibre, loaded when the map comes within a screen of the viewport after the
 * reader has scrolled or interacted (never during the page's own load), laid over the static map.
 * If MapLibre cannot start (no WebGL2) or the WebGL context is lost, the static map stays. It takes
 * the page's colours, and takes them again when the theme or the device's scheme changes.
 */
import type { LiveMap } from '../map/mount.ts';
import { INCIDENT_TYPES } from '../data/vocabulary.ts';

type Bounds = [number, number, number, number];

function cssColour(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#777';
}

/** The page's colour tokens, as the map style wants them. */
function colours() {
  return {
    sea: cssColour('--sea'),
    land: cssColour('--land'),
    france: cssColour('--surface'),
    border: cssColour('--land-stroke'),
    text: cssColour('--text'),
    halo: cssColour('--bg'),
    muted: cssColour('--muted'),
    types: Object.fromEntries(INCIDENT_TYPES.map((t) => [t, cssColour(`--${t}`)])),
  };
}

const ENGAGE = ['scroll', 'wheel', 'pointerdown', 'keydown', 'touchstart'] as const;

export interface LiveMapHooks {
  /** The map is up: it should show the current state. */
  onReady(live: LiveMap): void;
  /** A place was clicked on the live map. */
  onPlaceClick(id: string): void;
}

/** Loads the live map into `container` when the frame comes near the viewport after the reader engages. */
export function liveMapOnApproach(
  frame: HTMLElement,
  container: HTMLElement,
  hooks: LiveMapHooks,
): void {
  const figure = frame.closest('figure')!;
  let live: LiveMap | undefined;
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
      live.onPlaceClick(hooks.onPlaceClick);
      live.map.getCanvas().addEventListener('webglcontextlost', () => {
        frame.classList.remove('is-live');
        container.hidden = true;
        frame.dataset.mapMode = 'static';
      });
      frame.classList.add('is-live');
      frame.dataset.mapMode = 'live';
      hooks.onReady(live);
      // The colour switch or the device's scheme changed: the map takes the page's new colours.
      const recolour = () => live?.recolour(colours());
      new MutationObserver(recolour).observe(document.documentElement, {
        attributeFilter: ['data-theme'],
      });
      matchMedia('(prefers-color-scheme: dark)').addEventListener('change', recolour);
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
