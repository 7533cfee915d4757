/**
 * The standards desk's rules, checked on every build and by `npm run check`: the mistakes a
 * fact-check found once and that an editor must not be able to bring back. Pure: the validated
 * dataset in, every problem out, in the words of validate.ts.
 *
 * - An incident is "established" only when investigators tied it to the wave (`attribution`) or at
 *   least two sources from different outlets report it; otherwise it is "unconfirmed".
 * - Homes are given at commune level: a place that is someone's home (an officer's home, a staff
 *   residence) has no exact coordinates, and neither it nor what is written about it names a
 *   street, a building or a residence, or gives a detail that singles a person out.
 * - Nothing is dated after the data's "checked" date: no record, no source, no date in a note.
 *
 * The text rules read each text field in English and in its French version (the record's `fr`
 * object), so neither edition can bring a mistake back.
 */
import type { Dataset, Place } from './schema.ts';
import type { DataProblem } from './problem.ts';

type Path = (string | number)[];

/**
 * A record's text `keys` in both languages: the English field at `path`, then its French version
 * at `path` + fr (when the record has one), each with its path.
 */
function texts<K extends string>(
  path: Path,
  record: Partial<Record<K, string | undefined>> & {
    fr?: Partial<Record<string, string>> | undefined;
  },
  keys: readonly K[],
): [Path, string | undefined][] {
  return keys.flatMap((key): [Path, string | undefined][] => [
    [[...path, key], record[key]],
    [[...path, 'fr', key], record.fr?.[key]],
  ]);
}

export function standardsProblems(d: Dataset): DataProblem[] {
  return [...classificationProblems(d), ...privacyProblems(d), ...checkedDateProblems(d)];
}

// ── Established or unconfirmed ─────────────────────────────────────────────────────────────────

const AGENCY = /\b(AFP|Reuters|AP|ANSA|DPA)\b/;

/**
 * The outlet behind a source, as one name: "Libération (mirror)" and "Libération" are one outlet,
 * and so are two sites carrying the same agency's copy ("Blick (AFP)", "TRT World (AFP)": AFP).
 */
export function outletKey(outlet: string): string {
  const agency = /\(([^)]*)\)/.exec(outlet)?.[1]?.match(AGENCY)?.[1];
  return (agency ?? outlet.replace(/\([^)]*\)/g, '')).trim().toLowerCase();
}

export function classificationProblems(d: Dataset): DataProblem[] {
  const outletOf = new Map(d.sources.map((s) => [s.id, s.outlet]));
  const problems: DataProblem[] = [];
  d.incidents.forEach((incident, i) => {
    if (incident.link !== 'established' || incident.attribution) return;
    if (incident.sources.some((id) => !outletOf.has(id))) return; // an unknown source id is reported by the rules already
    const outlets = [
      ...new Set(incident.sources.map((id) => outletOf.get(id)).filter((o): o is string => !!o)),
    ];
    const distinct = new Set(outlets.map(outletKey));
    if (distinct.size < 2)
      problems.push({
        path: ['incidents', i, 'link'],
        message:
          `Marked "established" on ${outlets.length ? `one outlet only (${outlets.join(', ')})` : 'no known source'}: ` +
          'an incident is established when investigators tie it to the wave or at least two sources from different outlets report it. ' +
          'Add a source from another outlet, say in "attribution" who tied it to the wave, or set "link" to "unconfirmed"',
        value: incident.link,
      });
  });
  return problems;
}

// ── Homes at commune level ─────────────────────────────────────────────────────────────────────

/** Place kinds that are where people live. */
export const HOME_KINDS: readonly Place['kind'][] = ['officers-home', 'residence'];

const either = (word: string) =>
  `[${word[0]!.toLowerCase()}${word[0]!.toUpperCase()}]${word.slice(1)}`;
const ADDRESS_WORDS = [
  'rue',
  'avenue',
  'boulevard',
  'chemin',
  'allée',
  'impasse',
  'route',
  'quai',
  'résidence',
  'residence',
  'bâtiment',
  'immeuble',
  'lotissement',
  'cité',
  'hameau',
  'lieu-dit',
];

/** What names a street, a building or a residence, or singles a person out; each with what to write instead. */
export const IDENTIFYING: { pattern: RegExp; what: string }[] = [
  {
    pattern:
      /\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|chemin|allée|impasse|route|place|street|road)\b/iu,
    what: 'a street address',
  },
  {
    // "résidence de la Maillette", "rue Victor Hugo", "Allée des Tilleuls": an address word followed by a name.
    pattern: new RegExp(
      `(?<![\\p{L}])(?:${ADDRESS_WORDS.map(either).join('|')})\\s+(?:(?:de la|de l'|des|du|de|d'|of the|of)\\s*)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*`,
      'u',
    ),
    what: 'a street, building or residence name',
  },
  {
    pattern:
      /\b\p{Lu}\p{Ll}+\s+(?:Street|Road|Avenue|Lane|Close|Court|Estate|Tower|House|Building)\b/u,
    what: 'a street or building name',
  },
  {
    pattern: /\b(?:staff|union|trade[- ]union)\s+(?:representative|rep|delegate)\b/iu,
    what: 'a role that singles the person out (staff representative)',
  },
  {
    pattern: /\bsick leave\b/iu,
    what: 'a personal detail that singles the person out (sick leave)',
  },
  {
    pattern: /\b(?:délégu[ée]e?|représentant[e]?)\s+(?:syndica(?:l|le)|du personnel)\b/iu,
    what: 'a role that singles the person out (staff representative)',
  },
  {
    pattern: /\barrêt\s+(?:de\s+)?maladie\b/iu,
    what: 'a personal detail that singles the person out (sick leave)',
  },
  { pattern: /\baged\s+\d+|\b\d{2}-year-old\b/iu, what: "the person's age" },
  { pattern: /\bâgée?s?\s+de\s+\d+\s+ans\b|\b\d{2}\s+ans\b/iu, what: "the person's age" },
];

/** Whether `name` is one of `communes`, or ends one after a space ("Farlède" in "La Farlède"). */
const isCommune = (name: string, communes: ReadonlySet<string>): boolean =>
  communes.has(name) || [...communes].some((c) => c.endsWith(` ${name}`));

/**
 * The first identifying detail in a text, or undefined. An address word followed by the name of a
 * commune in `communes` is no detail ("l'immeuble de Villenoy" is a building in Villenoy).
 */
export function identifyingDetail(
  text: string,
  communes: ReadonlySet<string> = new Set(),
): { match: string; what: string } | undefined {
  for (const { pattern, what } of IDENTIFYING)
    for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`)))
      if (!isCommune(m[0].replace(/^[\p{Ll}'’\s]+/u, ''), communes)) return { match: m[0], what };
  return undefined;
}

const INCIDENT_TEXTS = ['summary', 'countNote', 'timeNote', 'attribution'] as const;

export function privacyProblems(d: Dataset): DataProblem[] {
  const problems: DataProblem[] = [];
  const homes = new Set(d.places.filter((p) => HOME_KINDS.includes(p.kind)).map((p) => p.id));
  const communes = new Set(d.places.map((p) => p.town));
  const check = (path: Path, text: string | undefined) => {
    if (!text) return;
    const found = identifyingDetail(text, communes);
    if (found)
      problems.push({
        path,
        message: `This is about someone's home and gives ${found.what} ("${found.match}"): homes are named at commune level only, with no detail that identifies a person; remove it`,
        value: text,
      });
  };
  d.places.forEach((p, i) => {
    if (!homes.has(p.id)) return;
    if (p.precision === 'exact')
      problems.push({
        path: ['places', i, 'precision'],
        message:
          'A home is placed at commune level: use the commune centre with "precision": "town", or "unlocated"',
        value: p.precision,
      });
    for (const [path, text] of texts(['places', i], p, ['name', 'town', 'locationNote']))
      check(path, text);
  });
  d.incidents.forEach((incident, i) => {
    if (!homes.has(incident.place)) return;
    for (const [path, text] of texts(['incidents', i], incident, INCIDENT_TEXTS)) check(path, text);
  });
  d.timeline.forEach((event, i) => {
    if (!event.place || !homes.has(event.place)) return;
    for (const [path, text] of texts(['timeline', i], event, ['title', 'summary']))
      check(path, text);
  });
  return problems;
}

// ── Nothing after the "checked" date ───────────────────────────────────────────────────────────

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** The same months in French, in the same order: the French text is checked too. */
const MOIS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const monthIndex = (name: string): number => {
  const lower = name.toLowerCase();
  return MONTHS.includes(lower) ? MONTHS.indexOf(lower) : MOIS.indexOf(lower);
};
const MONTH_RE = [...MONTHS, ...MOIS].map(either).join('|');
/** "21 January 2026", "January 2026", "1er mai 2026", "2026-01-21". */
const DATE_MENTION = new RegExp(
  `(?<![\\p{L}\\d])(?:(\\d{1,2})(?:er)?\\s+)?(${MONTH_RE})\\s+(\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`,
  'gu',
);
/** Words that announce a plan rather than report an event: "due to start on 1 January 2026", "prévue le 1er janvier 2026". */
const FUTURE_CUE =
  /(?<![\p{L}])(?:due|planned|plans?|expected|scheduled|set (?:to|for)|from|until|to open|to start|will|would|deadline|prévue?s?|doit|doivent|devra(?:it)?|devront|à partir du|à compter du|jusqu'au|jusqu’au|d'ici|d’ici|attendue?s?|programmée?s?|ouvrira|entrera)(?![\p{L}])[^.;]{0,40}$/iu;

/** Dates mentioned in a text, as ISO days (a month mention is its first day), with whether they announce a plan. */
export function dateMentions(text: string): { iso: string; match: string; planned: boolean }[] {
  const out: { iso: string; match: string; planned: boolean }[] = [];
  for (const m of text.matchAll(DATE_MENTION)) {
    const iso = m[3]
      ? `${m[3]}-${String(monthIndex(m[2]!) + 1).padStart(2, '0')}-${String(Number(m[1] ?? 1)).padStart(2, '0')}`
      : `${m[4]}-${m[5]}-${m[6]}`;
    out.push({ iso, match: m[0], planned: FUTURE_CUE.test(text.slice(0, m.index)) });
  }
  return out;
}

/** The first day a partial date covers: "2025-11" → "2025-11-01", "2025-summer" → "2025-06-01". */
function firstDay(date: string): string {
  const season = /^(\d{4})-(spring|summer|autumn|winter)$/.exec(date);
  if (season)
    return `${season[1]}-${{ spring: '03', summer: '06', autumn: '09', winter: '12' }[season[2] as 'spring']}-01`;
  return [date.slice(0, 4), date.slice(5, 7) || '01', date.slice(8, 10) || '01'].join('-');
}

export function checkedDateProblems(d: Dataset): DataProblem[] {
  const checked = d.meta.checked;
  const problems: DataProblem[] = [];
  const date = (path: Path, value: string | null | undefined) => {
    if (value && firstDay(value) > checked)
      problems.push({
        path,
        message: `This is dated after the day the data was checked (meta.checked, ${checked}): check the record against its sources, then move "checked" to that day`,
        value,
      });
  };
  const text = (path: Path, value: string | undefined) => {
    if (!value) return;
    for (const mention of dateMentions(value))
      if (mention.iso > checked && !mention.planned)
        problems.push({
          path,
          message: `This text reports "${mention.match}", after the day the data was checked (meta.checked, ${checked}): remove it, or check it against its sources and move "checked"`,
          value,
        });
  };
  const each = (pairs: [Path, string | undefined][]) => {
    for (const [path, value] of pairs) text(path, value);
  };
  d.sources.forEach((s, i) => {
    date(['sources', i, 'date'], s.date);
    each(texts(['sources', i], s, ['note']));
  });
  d.places.forEach((p, i) => each(texts(['places', i], p, ['locationNote'])));
  d.incidents.forEach((incident, i) => {
    date(['incidents', i, 'date'], incident.date);
    each(texts(['incidents', i], incident, INCIDENT_TEXTS));
  });
  d.timeline.forEach((event, i) => {
    date(['timeline', i, 'date'], event.date);
    each(texts(['timeline', i], event, ['title', 'summary']));
  });
  d.statistics.forEach((s, i) => {
    date(['statistics', i, 'asOf'], s.asOf);
    each(texts(['statistics', i], s, ['label', 'note']));
  });
  d.corrections.forEach((c, i) => {
    date(['corrections', i, 'date'], c.date);
    each(texts(['corrections', i], c, ['text']));
  });
  return problems;
}
