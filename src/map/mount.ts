/**
 * The only place that creates a MapLibre map. Loaded with a dynamic import when the map comes near
 * the viewport, so maplibre-gl (and its CSS) reach only readers who need it. Throws when the
 * browser cannot run it (no WebGL2): the caller keeps the static map.
 */
import { Map as MapLibreMap, setWorkerUrl, type LngLatBoundsLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import { mapStyle, markSizing, nightFilter, type MapColours } from './style.ts';
import { DOT_SIDE, MARK_SIDE, TOWN_DOT, drawMarkIcon, drawTownDot, markIcons } from './icons.ts';

export interface LiveMap {
  map: MapLibreMap;
  applyState(state: { night?: string; bounds?: LngLatBoundsLike; selected?: string }): void;
  /** Repaints every layer in new colours (a theme change), keeping the night, view and selection. */
  recolour(colours: MapColours): void;
  onPlaceClick(handler: (placeId: string) => void): void;
}

function addCss(): void {
  if (document.querySelector('link[data-maplibre-css]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = cssUrl;
  link.dataset.maplibreCss = '';
  document.head.append(link);
}

/**
 * The marks' and town dots' images in these colours, drawn on a canvas at the screen's pixel
 * density: what the style's `icon-image` names (src/map/icons.ts).
 */
function iconImages(colours: MapColours): Map<string, ImageData> {
  const ratio = Math.max(1, Math.round(devicePixelRatio || 1));
  const draw = (side: number, paint: (ctx: CanvasRenderingContext2D) => void) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = side * ratio;
    const ctx = canvas.getContext('2d')!;
    paint(ctx);
    return ctx.getImageData(0, 0, canvas.width, canvas.height);
  };
  const images = new Map<string, ImageData>();
  for (const icon of markIcons())
    images.set(
      icon.id,
      draw(MARK_SIDE, (ctx) => drawMarkIcon(ctx, icon, colours, ratio)),
    );
  images.set(
    TOWN_DOT,
    draw(DOT_SIDE, (ctx) => drawTownDot(ctx, colours, ratio)),
  );
  return images;
}

export async function mountMap(
  container: HTMLElement,
  options: { colours: MapColours; bounds: LngLatBoundsLike; label: string },
): Promise<LiveMap> {
  addCss();
  setWorkerUrl(workerUrl);
  const map = new MapLibreMap({
    container,
    style: mapStyle(options.colours, undefined, markSizing(container.clientWidth)),
    bounds: options.bounds,
    fitBoundsOptions: { padding: 12 },
    attributionControl: false,
    cooperativeGestures: true,
    dragRotate: false,
    pitchWithRotate: false,
    canvasContextAttributes: { failIfMajorPerformanceCaveat: false },
  });
  // Each image is added when the style first asks for it; a theme change redraws them all.
  let images = iconImages(options.colours);
  const pixelRatio = Math.max(1, Math.round(devicePixelRatio || 1));
  map.setMissingStyleImageResolver((id) => {
    const image = images.get(id);
    if (image && !map.hasImage(id)) map.addImage(id, image, { pixelRatio });
  });
  map.getCanvas().setAttribute('aria-label', options.label);
  map.keyboard.enable();
  await new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (e) => reject(e.error));
  });
  const reduced = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
  let selected: string | undefined;
  return {
    map,
    applyState({ night, bounds, selected: place }) {
      if (night !== undefined) map.setFilter('places', nightFilter(night));
      if (bounds) {
        const camera = map.cameraForBounds(bounds, { padding: 24 });
        if (camera) reduced() ? map.jumpTo(camera) : map.easeTo({ ...camera, duration: 800 });
      }
      if (place !== undefined) {
        if (selected) map.setFeatureState({ source: 'places', id: selected }, { selected: false });
        selected = place || undefined;
        if (selected) map.setFeatureState({ source: 'places', id: selected }, { selected: true });
      }
    },
    recolour(colours) {
      images = iconImages(colours);
      for (const [id, image] of images) if (map.hasImage(id)) map.updateImage(id, image);
      for (const layer of mapStyle(colours).layers) {
        for (const [name, value] of Object.entries(layer.paint ?? {}))
          map.setPaintProperty(layer.id, name as Parameters<typeof map.setPaintProperty>[1], value);
      }
    },
    onPlaceClick(handler) {
      map.on('click', 'places', (e) => {
        const id = e.features?.[0]?.properties?.id;
        if (id) handler(String(id));
      });
      map.on('mouseenter', 'places', () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', 'places', () => (map.getCanvas().style.cursor = ''));
    },
  };
}
