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
 */
import type { Dataset, Place } from './schema.ts';
import type { DataProblem } from './problem.ts';

type Path = (string | number)[];

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
  { pattern: /\baged\s+\d+|\b\d{2}-year-old\b/iu, what: "the person's age" },
];

/** The first identifying detail in a text, or undefined. */
export function identifyingDetail(text: string): { match: string; what: string } | undefined {
  for (const { pattern, what } of IDENTIFYING) {
    const m = pattern.exec(text);
    if (m) return { match: m[0], what };
  }
  return undefined;
}

export function privacyProblems(d: Dataset): DataProblem[] {
  const problems: DataProblem[] = [];
  const homes = new Set(d.places.filter((p) => HOME_KINDS.includes(p.kind)).map((p) => p.id));
  const check = (path: Path, text: string | undefined) => {
    if (!text) return;
    const found = identifyingDetail(text);
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
    check(['places', i, 'name'], p.name);
    check(['places', i, 'town'], p.town);
    check(['places', i, 'locationNote'], p.locationNote);
  });
  d.incidents.forEach((incident, i) => {
    if (!homes.has(incident.place)) return;
    for (const key of ['summary', 'countNote', 'timeNote', 'attribution'] as const)
      check(['incidents', i, key], incident[key]);
  });
  d.timeline.forEach((event, i) => {
    if (!event.place || !homes.has(event.place)) return;
    check(['timeline', i, 'title'], event.title);
    check(['timeline', i, 'summary'], event.summary);
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
const MONTH_RE = MONTHS.map(either).join('|');
/** "21 January 2026", "January 2026", "2026-01-21". */
const DATE_MENTION = new RegExp(
  `\\b(?:(\\d{1,2})\\s+)?(${MONTH_RE})\\s+(\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`,
  'gu',
);
/** Words that announce a plan rather than report an event: "due to start on 1 January 2026". */
const FUTURE_CUE =
  /\b(?:due|planned|plans?|expected|scheduled|set (?:to|for)|from|until|to open|to start|will|would|deadline)\b[^.;]{0,40}$/iu;

/** Dates mentioned in a text, as ISO days (a month mention is its first day), with whether they announce a plan. */
export function dateMentions(text: string): { iso: string; match: string; planned: boolean }[] {
  const out: { iso: string; match: string; planned: boolean }[] = [];
  for (const m of text.matchAll(DATE_MENTION)) {
    const iso = m[3]
      ? `${m[3]}-${String(MONTHS.indexOf(m[2]!.toLowerCase()) + 1).padStart(2, '0')}-${String(Number(m[1] ?? 1)).padStart(2, '0')}`
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
  d.sources.forEach((s, i) => {
    date(['sources', i, 'date'], s.date);
    text(['sources', i, 'note'], s.note);
  });
  d.places.forEach((p, i) => text(['places', i, 'locationNote'], p.locationNote));
  d.incidents.forEach((incident, i) => {
    date(['incidents', i, 'date'], incident.date);
    for (const key of ['summary', 'countNote', 'timeNote', 'attribution'] as const)
      text(['incidents', i, key], incident[key]);
  });
  d.timeline.forEach((event, i) => {
    date(['timeline', i, 'date'], event.date);
    text(['timeline', i, 'title'], event.title);
    text(['timeline', i, 'summary'], event.summary);
  });
  d.statistics.forEach((s, i) => {
    date(['statistics', i, 'asOf'], s.asOf);
    text(['statistics', i, 'label'], s.label);
    text(['statistics', i, 'note'], s.note);
  });
  d.corrections.forEach((c, i) => {
    date(['corrections', i, 'date'], c.date);
    text(['corrections', i, 'text'], c.text);
  });
  return problems;
}
