/**
 * The shape of content/data/prison-attacks.json, the one data file behind every number, chart and
 * map in the story. Each field carries a doc line for editors; each data caveat is written once,
 * here, next to the field it concerns. Cross-record rules (ids resolve, order, ranges) live in
 * validate.ts, which reports every problem at once.
 */
import { z } from 'zod';
import { INCIDENT_TYPES, PLACE_KINDS, PRECISIONS, TIMELINE_CATEGORIES } from './vocabulary.ts';

export { INCIDENT_TYPES, PLACE_KINDS, PRECISIONS, TIMELINE_CATEGORIES };

/** A lower-case slug: letters, digits and hyphens, e.g. "toulon-la-farlede". */
const slug = (what: string) =>
  z
    .string()
    .regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      `${what} must be lower-case letters, digits and hyphens, e.g. "toulon-la-farlede"`,
    );

/** A record id as used in the research dossier, e.g. "I01", "T14", "S14", or a slug. */
const recordId = z
  .string()
  .regex(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, 'An id is letters, digits and hyphens, e.g. "I01" or "drug-detainees"');

/** A calendar day written YYYY-MM-DD, e.g. "2025-04-15". */
export const isoDay = z.iso.date({ error: 'Write the date as YYYY-MM-DD, e.g. "2025-04-15"' });

/**
 * A date as precise as the sources allow: "2025-04-15" (day), "2025-04" (month), "2025" (year) or
 * "2025-summer" (season: spring, summer, autumn, winter). The precision is read from the form, so a
 * month is never drawn as if it were a day.
 */
export const partialDate = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-(?:spring|summer|autumn|winter))?$/,
    'Write the date as YYYY-MM-DD, YYYY-MM, YYYY or YYYY-season (e.g. "2025-summer")',
  );

const httpsUrl = z
  .url({ error: 'The link must be a full web address starting with https://' })
  .refine((u) => u.startsWith('https://'), 'The link must start with https:// (http and other schemes are refused)');

/** Ids of sources (see `sources`) that state this record. At least one. */
const sourceRefs = z.array(slug('A source id')).min(1, 'Every record needs at least one source id in "sources"');

const text = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} is too long: keep it under ${max} characters`);

export const Source = z.strictObject({
  /** Short stable id used by records, e.g. "bfmtv-2025-04-15-what-we-know". */
  id: slug('A source id'),
  /** Who published it, as readers know them, e.g. "BFMTV" or "Libération (mirror)". */
  outlet: text('The outlet', 120),
  /** The headline or page title, in its original language. */
  title: text('The title', 300),
  /** Where the stored copy can be read. https only. Mirrors and reprints say so in `note`. */
  url: httpsUrl,
  /** The date the page shows, as precise as it shows it; null when the page shows none ("n.d."). */
  date: partialDate.nullable(),
  /** Reliability or provenance caveat, e.g. "copy of a franceinfo article". */
  note: text('The note', 400).optional(),
});



export const Place = z.strictObject({
  /** Short stable id, e.g. "toulon-la-farlede". */
  id: slug('A place id'),
  /** Name as readers should see it, e.g. "Toulon-La Farlède prison". */
  name: text('The place name', 120),
  /** What the site is; it sets the marker shape and the wording of descriptions. */
  kind: z.enum(PLACE_KINDS, { error: `The kind must be one of: ${PLACE_KINDS.join(', ')}` }),
  /** The commune, e.g. "La Farlède". */
  town: text('The town', 80),
  /** Département name and number, e.g. "Var (83)". */
  departement: text('The département', 60),
  /** Latitude in decimal degrees (WGS84). Omit when no source gives a location. */
  lat: z.number({ error: 'Latitude must be a number, e.g. 43.1686' }).optional(),
  /** Longitude in decimal degrees (WGS84). Omit when no source gives a location. */
  lon: z.number({ error: 'Longitude must be a number, e.g. 6.0436' }).optional(),
  /**
   * How well the point is known: "exact" = the facility's own coordinates from a source; "town" =
   * the commune centre from a source, because the facility's were not found; "unlocated" = no
   * sourced coordinates: the place is listed in tables but not drawn on the map.
   */
  precision: z.enum(PRECISIONS, { error: `The precision must be one of: ${PRECISIONS.join(', ')}` }),
  /** What the coordinates are and where they come from, e.g. "commune centre of La Farlède". */
  locationNote: text('The location note', 300).optional(),
  sources: sourceRefs,
});


const count = z.int({ error: 'A count must be a whole number, e.g. 7 (no words, no quotes)' }).nonnegative('A count cannot be negative');

export const Counts = z.strictObject({
  /** Vehicles burned, using the prosecutor's figure where sources differ (others go in countNote). */
  vehiclesBurned: count.optional(),
  /** Vehicles damaged but not burned. */
  vehiclesDamaged: count.optional(),
  /** Bullet impacts counted on the site. */
  bulletImpacts: count.optional(),
  /** Homes hit. */
  homesHit: count.optional(),
});

export const Incident = z.strictObject({
  /** The dossier id, e.g. "I08". */
  id: recordId,
  /** ISO day the incident happened (or was reported, when the time is unknown). */
  date: isoDay,
  /**
   * The night it belongs to, named by the evening that started it: the night from Sunday 13 to
   * Monday 14 April is "2025-04-13". The attack-wave chart groups incidents by this field.
   */
  night: isoDay,
  /** false when sources do not pin the night down; the timing note then says what is known. */
  nightConfirmed: z.boolean().default(true),
  /** What sources say about the hour or the uncertainty of the date, e.g. "about 23:00". */
  timeNote: text('The time note', 300).optional(),
  /** Id of the place (see `places`). */
  place: slug('A place id'),
  /** The main kind of act; it sets the colour and the group in the charts. */
  type: z.enum(INCIDENT_TYPES, { error: `The type must be one of: ${INCIDENT_TYPES.join(', ')}` }),
  /** true when "DDPF" was written at the scene or the act was claimed in its name. */
  ddpf: z.boolean().default(false),
  /** "established" when investigators or several sources tie it to the wave; "unconfirmed" otherwise. */
  link: z.enum(['established', 'unconfirmed']).default('established'),
  /** Numbers that sources give. Only what a source states; leave a count out rather than guess. */
  counts: Counts.default({}),
  /** Where sources give different numbers, what each says. */
  countNote: text('The count note', 400).optional(),
  /** One or two sentences in our words: what happened, to whom. */
  summary: text('The summary', 500),
  sources: sourceRefs,
});


export const TimelineEvent = z.strictObject({
  /** The dossier id, e.g. "T14". */
  id: recordId,
  /** As precise as the sources allow: "2025-04-15", "2025-07", "2025-summer". */
  date: partialDate,
  /** A short headline for the event, e.g. "Anti-terror prosecutors take the case". */
  title: text('The title', 90),
  /** One to three sentences in our words. */
  summary: text('The summary', 600),
  /** The strand of the story it belongs to; it sets the row and colour in the timeline. */
  category: z.enum(TIMELINE_CATEGORIES, { error: `The category must be one of: ${TIMELINE_CATEGORIES.join(', ')}` }),
  /** Optional place id where it happened (see `places`). */
  place: slug('A place id').optional(),
  /** true marks the events the timeline labels even on a phone. */
  key: z.boolean().default(false),
  sources: sourceRefs,
});

export const Statistic = z.strictObject({
  /** A readable id that the story uses, e.g. "drug-detainees". */
  id: slug('A statistic id'),
  /** The number itself. Ranges and disputed counts go in `note`; `value` is the one we print. */
  value: z.number({ error: 'The value must be a number, without spaces or commas, e.g. 17000' }),
  /** What is counted, plural, e.g. "people", "vehicles", "acts". */
  unit: text('The unit', 40),
  /** What the number means, in one line, e.g. "people in French prisons for drug offences". */
  label: text('The label', 200),
  /** The date the number describes, as precise as known. */
  asOf: partialDate,
  /** Who said it and how sure it is, e.g. "stated by the justice minister; no published table". */
  note: text('The note', 600).optional(),
  sources: sourceRefs,
});

export const Correction = z.strictObject({
  /** Short stable id, e.g. "2025-05-04-vehicles". */
  id: slug('A correction id'),
  /** The day the change was published. */
  date: isoDay,
  /** "correction" fixes an error; "update" adds news. */
  kind: z.enum(['correction', 'update'], { error: 'The kind must be "correction" or "update"' }),
  /** What changed and why, in one or two sentences, for readers. */
  text: text('The text', 600),
});

export const Meta = z.strictObject({
  /** The first and last nights of the April wave; incidents outside it are shown as aftermath. */
  wave: z.strictObject({ firstNight: isoDay, lastNight: isoDay }),
  /** The day the data was last checked against the sources. */
  checked: isoDay,
});

export const Dataset = z.strictObject({
  /** Path to the JSON Schema that lets editors' editors check this file as they type. */
  $schema: z.string().optional(),
  meta: Meta,
  sources: z.array(Source).min(1, 'The file needs at least one source'),
  places: z.array(Place),
  incidents: z.array(Incident),
  timeline: z.array(TimelineEvent),
  statistics: z.array(Statistic),
  corrections: z.array(Correction).default([]),
});

export type Source = z.infer<typeof Source>;
export type Place = z.infer<typeof Place>;
export type Incident = z.infer<typeof Incident>;
export type IncidentType = Incident['type'];
export type Counts = z.infer<typeof Counts>;
export type TimelineEvent = z.infer<typeof TimelineEvent>;
export type Statistic = z.infer<typeof Statistic>;
export type Correction = z.infer<typeof Correction>;
export type Dataset = z.infer<typeof Dataset>;
