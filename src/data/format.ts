/**
 * How numbers and dates read in the story (British English house style). Pure and locale-pinned,
 * so the build prints the same text on every machine.
 */
const LOCALE = 'en-GB';
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

export const NUMBER_FORMATS = ['number', 'words', 'percent', 'ratio'] as const;
export type NumberFormat = (typeof NUMBER_FORMATS)[number];

/**
 * Formats a value for prose: "number" → "17,000"; "words" spells out whole numbers under ten
 * ("seven"), larger ones as numbers; "percent" reads a fraction (0.041 → "4.1%", one decimal under
 * 10%); "ratio" reads a fraction as "1 in 24".
 */
export function formatNumber(value: number, format: NumberFormat = 'number'): string {
  if (!Number.isFinite(value)) throw new Error(`formatNumber(): not a finite number: ${value}`);
  switch (format) {
    case 'words':
      return Number.isInteger(value) && value >= 0 && value < 10
        ? WORDS[value]!
        : formatNumber(value);
    case 'percent': {
      const pct = value * 100;
      return `${pct.toLocaleString(LOCALE, { maximumFractionDigits: pct < 10 ? 1 : 0 })}%`;
    }
    case 'ratio':
      return `1 in ${Math.round(1 / value).toLocaleString(LOCALE)}`;
    default:
      return value.toLocaleString(LOCALE, { maximumFractionDigits: 2 });
  }
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export type DatePrecision = 'day' | 'month' | 'season' | 'year';

/** The precision a partial date was written with: "2025-04-15" day, "2025-04" month, "2025-summer" season, "2025" year. */
export function datePrecision(date: string): DatePrecision {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  if (/^\d{4}-[a-z]+$/.test(date)) return 'season';
  return 'year';
}

/** A partial date as readers see it: "15 April 2025", "April 2025", "summer 2025", "2025"; `year: false` drops the year. */
export function formatDate(date: string, { year = true }: { year?: boolean } = {}): string {
  const [y, m, d] = date.split('-');
  const withYear = (s: string) => (year ? `${s} ${y}` : s);
  switch (datePrecision(date)) {
    case 'day':
      return withYear(`${Number(d)} ${MONTHS[Number(m) - 1]}`);
    case 'month':
      return withYear(MONTHS[Number(m) - 1]!);
    case 'season':
      return withYear(m!);
    default:
      return y!;
  }
}

/** A short day label for axes: "13 Apr". */
export function shortDay(day: string): string {
  const [, m, d] = day.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]!.slice(0, 3)}`;
}

/** The night starting on `day`, as readers say it: "13–14 April". */
export function nightLabel(day: string): string {
  const start = new Date(`${day}T00:00:00Z`);
  const end = new Date(start.getTime() + 86_400_000);
  const sm = MONTHS[start.getUTCMonth()]!;
  const em = MONTHS[end.getUTCMonth()]!;
  return sm === em
    ? `${start.getUTCDate()}–${end.getUTCDate()} ${sm}`
    : `${start.getUTCDate()} ${sm}–${end.getUTCDate()} ${em}`;
}

/** A text with its first letter in capitals, for the start of a sentence: "two" → "Two"; a figure stays as it is. */
export function capitalise(text: string): string {
  return text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** Two days as a span readers say: "13 to 24 April", "30 April to 2 May", "28 December 2025 to 3 January 2026". */
export function dayRange(from: string, to: string): string {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const sameMonth = sameYear && from.slice(0, 7) === to.slice(0, 7);
  const start = sameMonth
    ? String(Number(from.slice(8, 10)))
    : formatDate(from, { year: !sameYear });
  return `${start} to ${formatDate(to, { year: !sameYear })}`;
}
