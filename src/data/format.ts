/**
 * How numbers and dates read in the story: the edition's formats (src/i18n/format.ts, Intl-based),
 * English unless a language is given. Pure and locale-pinned, so the build prints the same text on
 * every machine.
 */
import { formats, type NumberFormat, type Gender } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';

export {
  NUMBER_FORMATS,
  datePrecision,
  type NumberFormat,
  type DatePrecision,
} from '../i18n/format.ts';

/**
 * Formats a value for prose: "number" → "17,000"; "words" spells out whole numbers under ten
 * ("seven"), larger ones as numbers; "percent" reads a fraction (0.041 → "4.1%", one decimal under
 * 10%); "ratio" reads a fraction as "1 in 24". `lang` picks the edition ("fr": "17 000", "4,1 %").
 */
export const formatNumber = (
  value: number,
  format: NumberFormat = 'number',
  lang: Lang = 'en',
  gender: Gender = 'm',
): string => formats(lang).number(value, format, gender);

/** A partial date as readers see it: "15 April 2025", "April 2025", "summer 2025", "2025"; `year: false` drops the year. */
export const formatDate = (date: string, options: { year?: boolean } = {}, lang: Lang = 'en') =>
  formats(lang).date(date, options);

/** A short day label for axes: "13 Apr". */
export const shortDay = (day: string, lang: Lang = 'en') => formats(lang).shortDay(day);

/** The night starting on `day`, as readers say it: "13–14 April". */
export const nightLabel = (day: string, lang: Lang = 'en') => formats(lang).night(day);

/** A text with its first letter in capitals, for the start of a sentence: "two" → "Two"; a figure stays as it is. */
export function capitalise(text: string): string {
  return text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** Two days as a span readers say: "13 to 24 April", "30 April to 2 May", "28 December 2025 to 3 January 2026". */
export const dayRange = (from: string, to: string, lang: Lang = 'en') =>
  formats(lang).dayRange(from, to);
