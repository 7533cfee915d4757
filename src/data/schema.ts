/**
 * The shape of content/data/prison-attacks.json, the one data file behind every number, chart and
 * map in the story. Each field carries its description for editors in `.describe(…)`, so the same
 * words reach the JSON Schema (hover help in editors), the data dictionary page at /data/ and the
 * code; each data caveat is written once, here, next to the field it concerns. Cross-record rules
 * (ids resolve, order, ranges) live in validate.ts, which reports every problem at once.
 */
import { z } from 'zod';
import { INCIDENT_TYPES, PLACE_KINDS, PRECISIONS, TIMELINE_CATEGORIES } from './vocabulary.ts';

export { INCIDENT_TYPES, PLACE_KINDS, PRECISIONS, TIMELINE_CATEGORIES };

/**
 * A string that must match `pattern`. The message is also given to editors that read
 * `patternErrorMessage` (VS Code), so they say it in our words instead of printing the regex.
 */
const matching = (pattern: RegExp, message: string) =>
  z.string().regex(pattern, message).meta({ patternErrorMessage: message });

/** One of a closed list; editors that read `errorMessage` (VS Code) show the build's message too. */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.enum(values, { error: message }).meta({ errorMessage: message });

/** A number; the message is the build's and the editor's when the value is not one. */
const numberSaying = (message: string) =>
  z.number({ error: message }).meta({ errorMessage: message });

/** The patterns of ids and dates, also read by the data dictionary to name them in words. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const RECORD_ID_PATTERN = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
export const PARTIAL_DATE_PATTERN =
  /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-(?:spring|summer|autumn|winter))?$/;

/** A lower-case slug: letters, digits and hyphens, e.g. "toulon-la-farlede". */
export const slug = (what: string) =>
  matching(
    SLUG_PATTERN,
    `${what} must be lower-case letters, digits and hyphens, e.g. "toulon-la-farlede"`,
  );

/** A record id as used in the research dossier, e.g. "I01", "T14", "S14", or a slug. */
export const recordId = matching(
  RECORD_ID_PATTERN,
  'An id is letters, digits and hyphens, e.g. "I01" or "drug-detainees"',
);

/** A calendar day written YYYY-MM-DD, e.g. "2025-04-15". */
export const isoDay = z.iso
  .date({ error: 'Write the date as YYYY-MM-DD, e.g. "2025-04-15"' })
  .meta({
    patternErrorMessage: 'Write the date as YYYY-MM-DD, e.g. "2025-04-15", and make it a real day',
  });

/**
 * A date as precise as the sources allow: "2025-04-15" (day), "2025-04" (month), "2025" (year) or
 * "2025-summer" (season: spring, summer, autumn, winter). The precision is read from the form, so a
 * month is never drawn as if it were a day.
 */
export const partialDate = matching(
  PARTIAL_DATE_PATTERN,
  'Write the date as YYYY-MM-DD, YYYY-MM, YYYY or YYYY-season (e.g. "2025-summer")',
);

/** A full https:// address; the pattern tells editors as they type, the refinement tells the build. */
const httpsUrl = z
  .url({ error: 'The link must be a full web address starting with https://' })
  .refine(
    (u) => u.startsWith('https://'),
    'The link must start with https:// (http and other schemes are refused)',
  )
  .meta({
    pattern: '^https://',
    patternErrorMessage: 'The link must start with https:// (http and other schemes are refused)',
  });

const sourceRefs = z
  .array(slug('A source id'))
  .min(1, 'Every record needs at least one source id in "sources"')
  .describe('Ids of sources (see `sources`) that state this record. At least one.');

const text = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} is too long: keep it under ${max} characters`);

/**
 * The French version of a record's text fields, e.g. `"fr": { "summary": "…" }`: every text field
 * the record has in English needs one (the French edition at /fr/ shows it). The shape lists which
 * fields; `npm run check:data` lists each one missing or empty (src/data/translations.ts). Up to a
 * third longer than the English allows: French runs longer.
 */
const french = <const K extends string>(fields: Record<K, { what: string; max: number }>) =>
  z
    .strictObject(
      Object.fromEntries(
        Object.entries<{ what: string; max: number }>(fields).map(([k, { what, max }]) => [
          k,
          z
            .string()
            .max(
              Math.round(max * 1.34),
              `${what} in French is too long: keep it under ${Math.round(max * 1.34)} characters`,
            )
            .optional()
            .describe(`${what} in French.`),
        ]),
      ) as Record<K, z.ZodOptional<z.ZodString>>,
    )
    .optional()
    .describe(
      "French versions of this record's text fields, for the French edition: one for every text field the record has in English (npm run check:data lists the missing ones).",
    );

export const Source = z
  .strictObject({
    id: slug('A source id').describe(
      'Short stable id used by records, e.g. "bfmtv-2025-04-15-what-we-know".',
    ),
    outlet: text('The outlet', 120).describe(
      'Who published it, as readers know them, e.g. "BFMTV" or "Libération (mirror)".',
    ),
    title: text('The title', 300).describe('The headline or page title, in its original language.'),
    url: httpsUrl.describe(
      'Where the stored copy can be read. https only. Mirrors and reprints say so in `note`.',
    ),
    date: partialDate
      .nullable()
      .describe(
        'The date the page shows, as precise as it shows it; null when the page shows none ("n.d.").',
      ),
    note: text('The note', 400)
      .optional()
      .describe('Reliability or provenance caveat, e.g. "copy of a franceinfo article".'),
    fr: french({
      note: { what: 'The note', max: 400 },
      title: { what: 'The title (only one in [brackets], our description)', max: 300 },
      outlet: { what: 'The outlet (optional: for words such as "copy")', max: 120 },
    }),
  })
  .meta({
    title: 'Source',
    description: 'A published page that states facts in this file. Records cite it by its id.',
  });

export const Place = z
  .strictObject({
    id: slug('A place id').describe('Short stable id, e.g. "toulon-la-farlede".'),
    name: text('The place name', 120).describe(
      'Name as readers should see it, e.g. "Toulon-La Farlède prison".',
    ),
    kind: oneOf(PLACE_KINDS, `The kind must be one of: ${PLACE_KINDS.join(', ')}`).describe(
      'What the site is; it sets the marker shape and the wording of descriptions.',
    ),
    town: text('The town', 80).describe('The commune, e.g. "La Farlède".'),
    departement: text('The département', 60).describe(
      'Département name and number, e.g. "Var (83)".',
    ),
    lat: numberSaying('Latitude must be a number, e.g. 43.1686')
      .optional()
      .describe('Latitude in decimal degrees (WGS84). Omit when no source gives a location.'),
    lon: numberSaying('Longitude must be a number, e.g. 6.0436')
      .optional()
      .describe('Longitude in decimal degrees (WGS84). Omit when no source gives a location.'),
    precision: oneOf(PRECISIONS, `The precision must be one of: ${PRECISIONS.join(', ')}`).describe(
      'How well the point is known: "exact" = the facility\'s own coordinates from a source; "town" = the commune centre ' +
        'from a source, because the facility\'s were not found; "unlocated" = no sourced coordinates: the place is listed ' +
        'in tables but not drawn on the map.',
    ),
    locationNote: text('The location note', 300)
      .optional()
      .describe(
        'What the coordinates are and where they come from, e.g. "commune centre of La Farlède".',
      ),
    sources: sourceRefs,
    fr: french({
      name: { what: 'The place name', max: 120 },
      locationNote: { what: 'The location note', max: 300 },
      town: { what: 'The town (optional: only when it is words, not a name)', max: 80 },
    }),
  })
  .meta({
    title: 'Place',
    description:
      "A site that was attacked or named in the story: a prison, an officer's home, a street…",
  });

const COUNT_MESSAGE = 'A count must be a whole number, e.g. 7 (no words, no quotes)';
const count = z
  .int({ error: COUNT_MESSAGE })
  .nonnegative('A count cannot be negative')
  .meta({ errorMessage: COUNT_MESSAGE });

export const Counts = z
  .strictObject({
    vehiclesBurned: count
      .optional()
      .describe(
        "Vehicles burned, using the prosecutor's figure where sources differ (others go in countNote).",
      ),
    vehiclesDamaged: count.optional().describe('Vehicles damaged but not burned.'),
    bulletImpacts: count.optional().describe('Bullet impacts counted on the site.'),
    homesHit: count.optional().describe('Homes hit.'),
  })
  .meta({ title: 'Counts' });

export const Incident = z
  .strictObject({
    id: recordId.describe('The dossier id, e.g. "I08".'),
    date: isoDay.describe(
      'ISO day the incident happened (or was reported, when the time is unknown).',
    ),
    night: isoDay.describe(
      'The night it belongs to, named by the evening that started it: the night from Sunday 13 to Monday 14 April is ' +
        '"2025-04-13". The attack-wave chart groups incidents by this field.',
    ),
    nightConfirmed: z
      .boolean()
      .default(true)
      .describe(
        'false when sources do not pin the night down; the timing note then says what is known.',
      ),
    timeNote: text('The time note', 300)
      .optional()
      .describe(
        'What sources say about the hour or the uncertainty of the date, e.g. "about 23:00".',
      ),
    place: slug('A place id').describe('Id of the place (see `places`).'),
    type: oneOf(INCIDENT_TYPES, `The type must be one of: ${INCIDENT_TYPES.join(', ')}`).describe(
      'The main kind of act; it sets the colour and the group in the charts.',
    ),
    ddpf: z
      .boolean()
      .default(false)
      .describe('true when "DDPF" was written at the scene or the act was claimed in its name.'),
    link: z
      .enum(['established', 'unconfirmed'])
      .default('established')
      .describe(
        '"established" when investigators tie it to the wave (say who in `attribution`) or at least two sources from different outlets report it; ' +
          '"unconfirmed" otherwise, or when sources doubt the link. Headline counts include established incidents only.',
      ),
    attribution: text('The attribution', 300)
      .optional()
      .describe(
        'Who tied the incident to the wave, and where it was reported, e.g. "included in the anti-terror prosecutors\' case (Libération, 16 April)". ' +
          'An incident is "established" with an attribution or with at least two sources from different outlets.',
      ),
    counts: Counts.default({}).describe(
      'Numbers that sources give. Only what a source states; leave a count out rather than guess.',
    ),
    countNote: text('The count note', 400)
      .optional()
      .describe('Where sources give different numbers, what each says.'),
    summary: text('The summary', 500).describe(
      'One or two sentences in our words: what happened, to whom.',
    ),
    sources: sourceRefs,
    fr: french({
      summary: { what: 'The summary', max: 500 },
      attribution: { what: 'The attribution', max: 300 },
      timeNote: { what: 'The time note', max: 300 },
      countNote: { what: 'The count note', max: 400 },
    }),
  })
  .meta({
    title: 'Incident',
    description:
      'One attack or threat: where, which night, what kind, with what sources say it cost.',
  });

export const TimelineEvent = z
  .strictObject({
    id: recordId.describe('The dossier id, e.g. "T14".'),
    date: partialDate.describe(
      'As precise as the sources allow: "2025-04-15", "2025-07", "2025-summer".',
    ),
    title: text('The title', 90).describe(
      'A short headline for the event, e.g. "Anti-terror prosecutors take the case".',
    ),
    summary: text('The summary', 600).describe('One to three sentences in our words.'),
    category: oneOf(
      TIMELINE_CATEGORIES,
      `The category must be one of: ${TIMELINE_CATEGORIES.join(', ')}`,
    ).describe(
      'The strand of the story it belongs to; it sets the row and colour in the timeline.',
    ),
    place: slug('A place id')
      .optional()
      .describe('Optional place id where it happened (see `places`).'),
    key: z
      .boolean()
      .default(false)
      .describe('true marks the events the timeline labels even on a phone.'),
    sources: sourceRefs,
    fr: french({
      title: { what: 'The title', max: 90 },
      summary: { what: 'The summary', max: 600 },
    }),
  })
  .meta({
    title: 'Timeline event',
    description:
      'A dated step in the policy story, from the Amra escape to the high-security prisons.',
  });

export const Statistic = z
  .strictObject({
    id: slug('A statistic id').describe(
      'A readable id that the story uses, e.g. "drug-detainees".',
    ),
    value: numberSaying(
      'The value must be a number, without spaces or commas, e.g. 17000',
    ).describe(
      'The number itself. Ranges and disputed counts go in `note`; `value` is the one we print.',
    ),
    unit: text('The unit', 40).describe(
      'What is counted, plural, e.g. "people", "vehicles", "acts".',
    ),
    label: text('The label', 200).describe(
      'What the number means, in one line, e.g. "people in French prisons for drug offences".',
    ),
    asOf: partialDate.describe('The date the number describes, as precise as known.'),
    note: text('The note', 600)
      .optional()
      .describe(
        'Who said it and how sure it is, e.g. "stated by the justice minister; no published table".',
      ),
    sources: sourceRefs,
    fr: french({
      unit: { what: 'The unit', max: 40 },
      label: { what: 'The label', max: 200 },
      note: { what: 'The note', max: 600 },
    }),
  })
  .meta({
    title: 'Statistic',
    description: 'A number the story prints, with what it counts and as of when.',
  });

export const Correction = z
  .strictObject({
    id: slug('A correction id').describe('Short stable id, e.g. "2025-05-04-vehicles".'),
    date: isoDay.describe('The day the change was published.'),
    kind: oneOf(['correction', 'update'], 'The kind must be "correction" or "update"').describe(
      '"correction" fixes an error; "update" adds news.',
    ),
    text: text('The text', 600).describe(
      'What changed and why, in one or two sentences, for readers.',
    ),
    record: recordId
      .optional()
      .describe(
        'Optional id of the record the correction changed (an incident, place, timeline event or statistic), e.g. "I34".',
      ),
    was: numberSaying('The old number must be a number, e.g. 3')
      .optional()
      .describe(
        "Optional: the number the record stated before the correction, e.g. 3; the check then warns while the record's own text still says it.",
      ),
    fr: french({ text: { what: 'The text', max: 600 } }),
  })
  .meta({
    title: 'Correction',
    description: 'A published change to the story, shown to readers with its date.',
  });

export const Meta = z
  .strictObject({
    wave: z
      .strictObject({
        firstNight: isoDay.describe('The evening that started the first night of the wave.'),
        lastNight: isoDay.describe('The evening that started the last night of the wave.'),
      })
      .describe(
        'The first and last nights of the April wave; incidents outside it are shown as aftermath.',
      ),
    checked: isoDay.describe('The day the data was last checked against the sources.'),
  })
  .meta({
    title: 'About the file',
    description:
      'Facts about the data as a whole: the nights of the wave and when it was last checked.',
  });

export const Dataset = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .describe("Path to the JSON Schema that lets editors' editors check this file as they type."),
    meta: Meta,
    sources: z
      .array(Source)
      .min(1, 'The file needs at least one source')
      .describe(
        'Every source that a record cites. Each place, incident, timeline event and statistic names the ids of its sources.',
      ),
    places: z
      .array(Place)
      .describe('The sites hit during and after the wave, and others the story names.'),
    incidents: z.array(Incident).describe('Every attack and threat, in night order.'),
    timeline: z.array(TimelineEvent).describe('The policy timeline, in date order.'),
    statistics: z.array(Statistic).describe('The numbers the story prints, each with its caveats.'),
    corrections: z
      .array(Correction)
      .default([])
      .describe('Corrections and updates published since the story went out; empty at first.'),
  })
  .meta({
    title: 'Under fire: the data on the April 2025 attacks on French prisons',
    description:
      'content/data/prison-attacks.json, the one data file behind every number, chart and map in the story. Every record names its sources.',
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
