/** Day arithmetic on ISO dates, as text: no clock, no time zone. Pure. */

/** Days from ISO day a to ISO day b (both YYYY-MM-DD, UTC, no clock involved). */
export function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

const SEASON_MONTH = { spring: '03', summer: '06', autumn: '09', winter: '12' } as const;

/** A sortable key for a partial date: "2025-summer" sorts as June, "2025" as January. */
export function sortKey(date: string): string {
  const season = /^(\d{4})-(spring|summer|autumn|winter)$/.exec(date);
  if (season) return `${season[1]}-${SEASON_MONTH[season[2] as keyof typeof SEASON_MONTH]}`;
  return date;
}

/** Whether a YYYY-MM-DD string names a day that exists ("2025-02-30" does not). */
export function isRealDay(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** Today's date in Paris, where the desk publishes, as YYYY-MM-DD. Reads the clock: call it at the edge (load.ts), not in rules. */
export function todayInParis(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
