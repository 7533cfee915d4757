/**
 * The only place that creates a MapLibre map. Loaded with a dynamic import when the map comes near
 * the viewport, so maplibre-gl (and its CSS) reach only readers who need it. Throws when the
 * browser cannot run it (no WebGL2): the caller keeps the static map.
 */
import {
  Map as MapLibreMap,
  setWorkerUrl,
  type GeoJSONSource,
  type LngLatBoundsLike,
  type MapGeoJSONFeature,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import {
  mapStyle,
  markSizing,
  nightFilter,
  styleUrls,
  type Crowd,
  type MapColours,
} from './style.ts';
import { CLUSTER_SOURCES, crowds, placesOf, type PlacesData } from './clusters.ts';
import { LOCALE, type Lang } from '../i18n/lang.ts';
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
  // The places come first: whether they crowd the map decides how its sources are made.
  const urls = styleUrls();
  const places = (await (await fetch(urls.places)).json()) as PlacesData;
  // Clusters' numbers in the page's number format (src/i18n/format.ts).
  const lang = document.documentElement.lang;
  const locale = LOCALE[lang as Lang] ?? lang;
  const crowd: Crowd | undefined = crowds(places) ? { places, locale } : undefined;
  const sizing = markSizing(container.clientWidth);
  const style = (colours: MapColours) => mapStyle(colours, { ...urls, places }, sizing, crowd);
  // The sources whose places a night's view shows: marks of a place, or clusters of several.
  const shown = crowd ? ['places', 'places-unconfirmed'] : ['places'];
  const map = new MapLibreMap({
    container,
    style: style(options.colours),
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
  /** A cluster clicked: the map zooms in until it splits (MapLibre's expansion zoom). */
  const expand = async (cluster: MapGeoJSONFeature) => {
    const source = map.getSource<GeoJSONSource>(cluster.source);
    const zoom = await source!.getClusterExpansionZoom(Number(cluster.properties.cluster_id));
    const center = (cluster.geometry as GeoJSON.Point).coordinates as [number, number];
    if (reduced()) map.jumpTo({ center, zoom });
    else map.easeTo({ center, zoom, duration: 500 });
  };
  if (crowd) {
    // What the map draws, for tests and tools that cannot see into the canvas: how many clusters
    // (of them, how many of unconfirmed places), how many incidents its marks stand for, where the
    // biggest cluster is, and the zoom.
    map.on('idle', () => {
      type Drawn = { cluster: boolean; unconfirmed: boolean; count: number; at: [number, number] };
      const drawn = new Map<string, Drawn>();
      for (const f of map.queryRenderedFeatures({ layers: shown })) {
        const cluster = Boolean(f.properties.cluster);
        const key = `${f.source} ${cluster ? `c${f.properties.cluster_id}` : f.properties.id}`;
        const { x, y } = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
        drawn.set(key, {
          cluster,
          unconfirmed: f.source === 'places-unconfirmed',
          count: Number(f.properties.count),
          at: [Math.round(x), Math.round(y)],
        });
      }
      const marks = [...drawn.values()];
      const clusters = marks.filter((m) => m.cluster).sort((a, b) => b.count - a.count);
      container.dataset.clusters = String(clusters.length);
      container.dataset.unconfirmedClusters = String(clusters.filter((m) => m.unconfirmed).length);
      container.dataset.incidents = String(marks.reduce((n, m) => n + m.count, 0));
      // Where the cluster of the most incidents is, in CSS pixels from the map's top left.
      container.dataset.biggestCluster = clusters[0]?.at.join(' ') ?? '';
      container.dataset.zoom = map.getZoom().toFixed(2);
    });
  }
  let selected: string | undefined;
  return {
    map,
    applyState({ night, bounds, selected: place }) {
      if (night !== undefined && crowd) {
        // Clusters are made of the places in the source: it holds the night's places only.
        for (const s of CLUSTER_SOURCES)
          if (!s.everyNight)
            void map
              .getSource<GeoJSONSource>(s.id)
              ?.setData(placesOf(places, s.unconfirmed, night));
      } else if (night !== undefined) map.setFilter('places', nightFilter(night));
      if (bounds) {
        const camera = map.cameraForBounds(bounds, { padding: 24 });
        if (camera) reduced() ? map.jumpTo(camera) : map.easeTo({ ...camera, duration: 800 });
      }
      if (place !== undefined) {
        for (const source of shown) {
          if (selected) map.setFeatureState({ source, id: selected }, { selected: false });
          if (place) map.setFeatureState({ source, id: place }, { selected: true });
        }
        selected = place || undefined;
      }
    },
    recolour(colours) {
      images = iconImages(colours);
      for (const [id, image] of images) if (map.hasImage(id)) map.updateImage(id, image);
      for (const layer of style(colours).layers) {
        for (const [name, value] of Object.entries(layer.paint ?? {}))
          map.setPaintProperty(layer.id, name as Parameters<typeof map.setPaintProperty>[1], value);
      }
    },
    onPlaceClick(handler) {
      map.on('click', shown, (e) => {
        const feature = e.features?.[0];
        if (feature?.properties.cluster) void expand(feature);
        else if (feature?.properties.id) handler(String(feature.properties.id));
      });
      map.on('mouseenter', shown, () => (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', shown, () => (map.getCanvas().style.cursor = ''));
    },
  };
}
