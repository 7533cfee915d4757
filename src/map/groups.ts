/**
 * Marks grouped where they would crowd: when a view would hold more than MAX_MARKS markers, the
 * places whose markers fall within GROUP_RADIUS pixels of a bigger one are drawn as one marker,
 * sized by all their incidents and labelled with the number of places it stands for ("Lyon +4").
 * Decided by the data in view, so a story of a few dozen places draws each one. Established and
 * unconfirmed places are never grouped together: a hollow mark stays hollow and apart, so no
 * unconfirmed incident hides inside a full mark's size.
 */
import { INCIDENT_TYPES } from '../data/vocabulary.ts';
import type { MapPlace } from '../data/mapPlaces.ts';

/** The most markers a view draws one per place; beyond it, close places are grouped. */
export const MAX_MARKS = 60;
/** How close, in pixels, a place must be to a bigger one to join its group. */
export const GROUP_RADIUS = 22;

export interface Placed {
  p: MapPlace;
  xy: [number, number];
}

/** One place standing for `members` (itself first), its type the group's most frequent. */
function merge(members: Placed[]): Placed {
  const [head] = members;
  if (members.length === 1) return head!;
  const tally = new Map<string, number>();
  for (const { p } of members) tally.set(p.type, (tally.get(p.type) ?? 0) + p.count);
  const type = [...INCIDENT_TYPES].sort((a, b) => (tally.get(b) ?? 0) - (tally.get(a) ?? 0))[0]!;
  return {
    xy: head!.xy,
    p: {
      ...head!.p,
      type,
      count: members.reduce((n, { p }) => n + p.count, 0),
      nights: [...new Set(members.flatMap(({ p }) => p.nights))].sort(),
      incidents: members.flatMap(({ p }) => p.incidents),
      precision: members.every(({ p }) => p.precision === 'exact') ? 'exact' : 'town',
      grouped: members.length - 1,
    },
  };
}

/**
 * The markers a view draws: `placed` as it is when there are at most `max`, else grouped, most
 * incidents first (a group forms around its biggest place, within `radius` pixels of it).
 */
export function groupCrowded(placed: Placed[], max = MAX_MARKS, radius = GROUP_RADIUS): Placed[] {
  if (placed.length <= max) return placed;
  const sorted = [...placed].sort((a, b) => b.p.count - a.p.count || a.p.id.localeCompare(b.p.id));
  // A coarse grid of cells `radius` wide, so each place looks at its neighbours only.
  const cell = (x: number, y: number) => `${Math.floor(x / radius)},${Math.floor(y / radius)}`;
  const groups: Placed[][] = [];
  const grid = new Map<string, Placed[][]>();
  for (const m of sorted) {
    const [x, y] = m.xy;
    let home: Placed[] | undefined;
    search: for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const g of grid.get(cell(x + dx * radius, y + dy * radius)) ?? []) {
          const [gx, gy] = g[0]!.xy;
          if (g[0]!.p.unconfirmed === m.p.unconfirmed && Math.hypot(gx - x, gy - y) <= radius) {
            home = g;
            break search;
          }
        }
    if (home) home.push(m);
    else {
      const g = [m];
      groups.push(g);
      const key = cell(x, y);
      grid.set(key, [...(grid.get(key) ?? []), g]);
    }
  }
  return groups.map(merge);
}

/** A marker's label: its town, and how many more places it stands for. */
export const markerLabel = (p: MapPlace): string =>
  p.grouped ? `${p.town} +${p.grouped}` : p.town;
