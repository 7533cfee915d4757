/** Turns a step's focus (a region name or comma-separated place ids) into map bounds. */
import type { Place } from '../data/schema.ts';
import { REGIONS, type RegionName } from './regions.ts';
import type { Bounds } from './fallback.ts';

export function focusBounds(focus: string | undefined, places: Place[]): Bounds {
  if (!focus || focus in REGIONS) return REGIONS[(focus ?? 'france') as RegionName];
  const ids = focus.split(',').map((s) => s.trim());
  const pts = places.filter(
    (p) => ids.includes(p.id) && p.lat !== undefined && p.lon !== undefined,
  );
  if (!pts.length) return REGIONS.france;
  const lons = pts.map((p) => p.lon!);
  const lats = pts.map((p) => p.lat!);
  // At least about 1.2° across, so a single place shows its surroundings.
  const pad = (lo: number, hi: number) => Math.max(0.3, (1.2 - (hi - lo)) / 2);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  return [w - pad(w, e), s - pad(s, n), e + pad(w, e), n + pad(s, n)];
}
