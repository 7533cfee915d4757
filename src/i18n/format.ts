/**
 * How numbers and dates read in each edition: "17,000", "4.1%", "15 April 2025" in English;
 * "17 000", "4,1 %", "15 avril 2025", "nuit du 14 au 15 avril" in French. Digits, separators,
 * month names and ranges come from Intl, so every edition reads as its locale writes; only what Intl
 * does not give (numbers in words, seasons, the words around a range) is written here, per edition.
 * Pure and locale-pinned: the build prints the same text on every machine.
 */
import { LOCALE, type Lang } from './lang.ts';

export const NUMBER_FORMATS = ['number', 'words', 'percent', 'ratio'] as const;
export type NumberFormat = (typeof NUMBER_FORMATS)[number];
/** The grammatical gender a number in words agrees with ("une voiture", "un incident"). */
export type Gender = 'm' | 'f';

/** Whole numbers under ten in words; French "un" becomes "une" before a feminine noun. */
const WORDS: Record<Lang, readonly string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
};
const FEMININE_ONE: Record<Lang, string> = { en: 'one', fr: 'une' };
const SEASONS: Record<Lang, Record<string, string>> = {
  en: { spring: 'spring', summer: 'summer', autumn: 'autumn', winter: 'winter' },
  fr: { spring: 'printemps', summer: 'été', autumn: 'automne', winter: 'hiver' },
};
/** The words around a span of days and a night: "13 to 24 April", "du 13 au 24 avril". */
const SPAN: Record<Lang, { from: string; to: string; night: string }> = {
  en: { from: '', to: ' to ', night: 'night of ' },
  fr: { from: 'du ', to: ' au ', night: 'nuit du ' },
};
/** "1 in 24" / "1 sur 24". */
const RATIO: Record<Lang, string> = { en: 'in', fr: 'sur' };
/** A label's colon: "Arson: 3" / "Incendie : 3" (French sets a space before it). */
const COLON: Record<Lang, string> = { en: ':', fr: ' :' };

export type DatePrecision = 'day' | 'month' | 'season' | 'year';

/** The precision a partial date was written with: "2025-04-15" day, "2025-04" month, "2025-summer" season, "2025" year. */
export function datePrecision(date: string): DatePrecision {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  if (/^\d{4}-[a-z]+$/.test(date)) return 'season';
  return 'year';
}

const utc = (day: string) => new Date(`${day.length === 7 ? `${day}-01` : day}T00:00:00Z`);
const dateFormat = (lang: Lang, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(LOCALE[lang], { timeZone: 'UTC', ...options });

/**
 * Intl's parts with French's ordinal first day of the month ("1er mai", as French newsrooms write
 * it; Intl prints "1 mai").
 */
function joinParts(lang: Lang, parts: Intl.DateTimeFormatPart[]): string {
  return parts
    .map((p) => (lang === 'fr' && p.type === 'day' && p.value === '1' ? '1er' : p.value))
    .join('');
}

/** The formats of one edition. */
export interface Formats {
  lang: Lang;
  /** "number" 17,000 / 17 000; "words" spells out whole numbers under ten; "percent" 4.1% / 4,1 %; "ratio" 1 in 24 / 1 sur 24. */
  number(value: number, format?: NumberFormat, gender?: Gender): string;
  /** A partial date: "15 April 2025" / "15 avril 2025", "summer 2025" / "été 2025"; `year: false` drops the year. */
  date(date: string, options?: { year?: boolean }): string;
  /** A short day for axes: "13 Apr" / "13 avr.". */
  shortDay(day: string): string;
  /** The night starting on `day`, short: "13–14 April" / "13–14 avril". */
  night(day: string): string;
  /** The night starting on `day`, as a phrase: "night of 13–14 April" / "nuit du 13 au 14 avril". */
  nightPhrase(day: string): string;
  /** Two days as a span: "13 to 24 April" / "du 13 au 24 avril". */
  dayRange(from: string, to: string): string;
  /** The plural category of a count (Intl.PluralRules): French 0 and 1 are "one", English 0 is "other". */
  plural(count: number): Intl.LDMLPluralRule;
  /** A count with the right noun: count(3, ['incident', 'incidents']) → "3 incidents"; words under ten with `words`. */
  count(
    n: number,
    forms: readonly [one: string, other: string],
    options?: { words?: boolean; gender?: Gender },
  ): string;
  /** A list: "a, b and c" / "a, b et c". */
  list(items: readonly string[]): string;
  /** The colon after a label, without the space after it: ":" / " :". */
  colon: string;
}

const cache = new Map<Lang, Formats>();

/** The formats of an edition (one instance per edition). */
export function formats(lang: Lang): Formats {
  let f = cache.get(lang);
  if (!f) cache.set(lang, (f = makeFormats(lang)));
  return f;
}

function makeFormats(lang: Lang): Formats {
  const locale = LOCALE[lang];
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const pctSmall = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const pctLarge = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const dayMonthYear = dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' });
  const dayMonth = dateFormat(lang, { day: 'numeric', month: 'long' });
  const monthYear = dateFormat(lang, { month: 'long', year: 'numeric' });
  const month = dateFormat(lang, { month: 'long' });
  const short = dateFormat(lang, { day: 'numeric', month: 'short' });
  const rules = new Intl.PluralRules(locale);
  const lists = new Intl.ListFormat(locale, { type: 'conjunction' });
  const span = SPAN[lang];

  const number: Formats['number'] = (value, format = 'number', gender = 'm') => {
    if (!Number.isFinite(value)) throw new Error(`formatNumber(): not a finite number: ${value}`);
    switch (format) {
      case 'words':
        if (!Number.isInteger(value) || value < 0 || value >= 10) return plain.format(value);
        return value === 1 && gender === 'f' ? FEMININE_ONE[lang] : WORDS[lang][value]!;
      case 'percent':
        return (value < 0.1 ? pctSmall : pctLarge).format(value);
      case 'ratio':
        return `1 ${RATIO[lang]} ${whole.format(Math.round(1 / value))}`;
      default:
        return plain.format(value);
    }
  };

  const date: Formats['date'] = (d, { year = true } = {}) => {
    switch (datePrecision(d)) {
      case 'day':
        return joinParts(lang, (year ? dayMonthYear : dayMonth).formatToParts(utc(d)));
      case 'month':
        return (year ? monthYear : month).format(utc(d));
      case 'season': {
        const [y, s] = d.split('-');
        const name = SEASONS[lang][s!] ?? s!;
        return year ? `${name} ${y}` : name;
      }
      default:
        return d.slice(0, 4);
    }
  };

  const nextDay = (day: string) =>
    new Date(utc(day).getTime() + 86_400_000).toISOString().slice(0, 10);

  /**
   * "13–14 April": Intl's range, with the dash set close as the English style has always written
   * it. Each night's label is made once: a few nights label thousands of rows at scale, and Intl's
   * range formatting is slow.
   */
  const nights = new Map<string, string>();
  const night: Formats['night'] = (day) => {
    let label = nights.get(day);
    if (label === undefined)
      nights.set(
        day,
        (label = joinParts(
          lang,
          dayMonth
            .formatRangeToParts(utc(day), utc(nextDay(day)))
            .map((p) =>
              p.type === 'literal' && p.value.trim() === '–' ? { ...p, value: '–' } : p,
            ),
        )),
      );
    return label;
  };

  const dayRange: Formats['dayRange'] = (from, to) => {
    const sameYear = from.slice(0, 4) === to.slice(0, 4);
    const sameMonth = sameYear && from.slice(0, 7) === to.slice(0, 7);
    const start = sameMonth
      ? joinParts(
          lang,
          dayMonth.formatToParts(utc(from)).filter((p) => p.type === 'day'),
        )
      : date(from, { year: !sameYear });
    return `${span.from}${start}${span.to}${date(to, { year: !sameYear })}`;
  };

  return {
    lang,
    number,
    date,
    shortDay: (day) => short.format(utc(day)),
    night,
    nightPhrase: (day) =>
      lang === 'fr'
        ? `${span.night}${dayRange(day, nextDay(day)).slice(span.from.length)}`
        : `${span.night}${night(day)}`,
    dayRange,
    plural: (n) => rules.select(n),
    count: (n, [one, other], { words = false, gender = 'm' } = {}) =>
      `${number(n, words ? 'words' : 'number', gender)} ${rules.select(n) === 'one' ? one : other}`,
    list: (items) => lists.format(items),
    colon: COLON[lang],
  };
}
