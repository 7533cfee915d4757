/**
 * The attack map in the browser: its controls work on the static SVG first
 * (src/client/map-controls.ts); the live map loads when the map comes near and follows the same
 * state (src/client/live-map.ts). Scrolly steps set the state through an event on the frame.
 */
import type { LiveMap } from '../map/mount.ts';
import { mapControls } from './map-controls.ts';
import { liveMapOnApproach } from './live-map.ts';

function setup(frame: HTMLElement): void {
  const explore = frame.closest('figure')!.querySelector<HTMLElement>('[data-map-explore]');
  let live: LiveMap | undefined;
  const { setNight, showDetails } = mapControls(frame, () => live);

  // Scrolly steps: the live section copies the step's data-* onto this frame and fires the event.
  frame.closest('[data-scrolly-live]')?.addEventListener('under-fire:state', () => {
    setNight(frame.dataset.night || 'all');
    live?.applyState({ bounds: JSON.parse(frame.dataset.bounds || 'null') ?? undefined });
  });

  const container = frame.querySelector<HTMLElement>('[data-map-live]');
  if (!container) return;
  liveMapOnApproach(frame, container, {
    onReady(map) {
      live = map;
      setNight(frame.dataset.night ?? 'all');
    },
    onPlaceClick: (id) =>
      showDetails(id, explore?.querySelector<HTMLElement>(`[data-place-button="${id}"]`)),
  });
}

for (const frame of document.querySelectorAll<HTMLElement>('[data-map-frame]')) {
  // Step snapshots carry a frame too, but no live container or controls: they stay static.
  if (frame.querySelector('[data-map-live]')) setup(frame);
}
