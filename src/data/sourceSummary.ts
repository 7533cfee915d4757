/**
 * The sources as the reader meets them: the full list, newest first (the sources page), and the
 * story's short account of them (how many, from how many outlets, when they were published, and
 * each outlet's count). Pure: sources in, values out. Outlets are counted as the data file names
 * them, so a copy or mirror of a page ("Le Monde (copy)") counts apart from its outlet.
 */
import { sortKey } from './dates.ts';
import { SUMMARY_OUTLETS } from './firstRows.ts';
import type { Source } from './schema.ts';

/** Newest first; undated sources last; the same day by outlet. */
export function sourcesNewestFirst(sources: readonly Source[]): Source[] {
  return [...sources].sort(
    (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.outlet.localeCompare(b.outlet),
  );
}

/** Outlets cited the same number of times: the count and the outlets, by name. */
export interface OutletGroup {
  count: number;
  outlets: string[];
}

export interface SourceSummary {
  /** Every source in the file. */
  sources: number;
  /** Distinct outlet names. */
  outlets: number;
  /** Sources that show a date, and the earliest and latest of those dates (undefined when none does). */
  dated: number;
  first: string | undefined;
  last: string | undefined;
  /** Outlets by how many sources each has, most cited first; within a count, by name in `locale`. */
  byCount: OutletGroup[];
  /** Outlets left out of byCount, the least cited, past the limit (0: every outlet is named). */
  unnamed: number;
}

/**
 * How many sources, outlets and dates the file holds; `locale` orders outlet names (e.g. "fr-FR");
 * byCount names at most `maxOutlets` outlets (default SUMMARY_OUTLETS), the most cited, and only
 * those cited at least `namedFrom` times (default 1: all).
 */
export function sourceSummary(
  sources: readonly Source[],
  locale = 'en-GB',
  maxOutlets = SUMMARY_OUTLETS,
  namedFrom = 1,
): SourceSummary {
  const perOutlet = new Map<string, number>();
  for (const s of sources) perOutlet.set(s.outlet, (perOutlet.get(s.outlet) ?? 0) + 1);
  const groups = new Map<number, string[]>();
  for (const [outlet, n] of perOutlet) {
    const group = groups.get(n);
    if (group) group.push(outlet);
    else groups.set(n, [outlet]);
  }
  const collator = new Intl.Collator(locale);
  const dates = sources
    .map((s) => s.date)
    .filter((d): d is string => d !== null)
    .sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  return {
    sources: sources.length,
    outlets: perOutlet.size,
    dated: dates.length,
    first: dates[0],
    last: dates.at(-1),
    ...firstOutlets(
      [...groups]
        .sort(([a], [b]) => b - a)
        .map(([count, outlets]) => ({ count, outlets: outlets.sort(collator.compare) })),
      maxOutlets,
      namedFrom,
    ),
  };
}

/** The groups cut after `max` outlets in all or below `namedFrom`, and how many outlets were cut. */
function firstOutlets(
  groups: OutletGroup[],
  max: number,
  namedFrom: number,
): { byCount: OutletGroup[]; unnamed: number } {
  const byCount: OutletGroup[] = [];
  let named = 0;
  let unnamed = 0;
  for (const g of groups) {
    const room = g.count < namedFrom ? 0 : Math.max(0, max - named);
    if (room > 0) byCount.push({ count: g.count, outlets: g.outlets.slice(0, room) });
    named += Math.min(room, g.outlets.length);
    unnamed += Math.max(0, g.outlets.length - room);
  }
  return { byCount, unnamed };
}
