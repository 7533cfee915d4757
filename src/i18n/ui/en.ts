/**
 * Every word around the story in the English edition: the page's chrome, the buttons, the
 * corrections log, the methodology, the source list, and each graphic's titles, descriptions,
 * tables and keys. The French edition (fr.ts) has the same shape; `ui(lang)` (index.ts) picks one.
 * Numbers and dates arrive formatted (src/i18n/format.ts): these only place them in words.
 */
import type { Formats } from '../format.ts';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const en = {
  lang: 'en',
  /** The edition's name in its own language, for the language switch. */
  name: 'English',
  layout: { skip: 'Skip to the story' },
  langSwitch: { label: 'Lire en français', other: 'fr' },
  header: {
    published: 'Published',
    checked: 'Data checked against the sources',
    allCorrections: 'All corrections and updates',
  },
  correction: {
    correction: 'Correction',
    update: 'Update',
    corrected: 'Corrected',
    updated: 'Updated',
  },
  theme: { legend: 'Colours', auto: 'Automatic', light: 'Light', dark: 'Dark' },
  scrolly: {
    reducedMotion: 'Your device asks for less motion.',
    readAsList: 'Read the story as a list',
    previous: 'Previous step',
    next: 'Next step',
    linear: 'Linear mode',
    steps: (label: string) => `${label}: steps`,
    stepOf: (label: string, n: number, total: number) => `${label}: step ${n} of ${total}`,
    linkToStep: 'Link to this step',
    copyLink: 'Copy link',
    share: 'Share',
    linkCopied: 'Link to this step copied',
    shareFailed: 'Could not share: copy the “Link to this step” address by hand',
    /** The link on a step's share page (/s/<step>/) to that step in the story. */
    readStep: 'Read this moment in the story',
  },
  corrections: {
    title: 'Corrections and updates',
    none: 'This story has not been corrected or updated since it was published.',
    policy:
      'When we correct a fact or add news, the change is listed here with its date, the newest at the top of the story, and the data downloads change with it.',
  },
  sources: {
    skip: (n: number) => `Skip the ${n} sources`,
    undated: ', undated',
    end: 'End of the sources.',
    more: (n: string) => `${n} older sources are not listed here; every source is in`,
  },
  /** The story's account of its sources (SourceSummary.astro); the list itself is on /sources/. */
  sourceSummary: {
    total: (f: Formats, sources: number, outlets: number) =>
      `This story draws on ${f.count(sources, ['published source', 'published sources'])} from ${f.count(outlets, ['outlet', 'outlets'])}, named as the data file names them: a copy, mirror or reprint of a page counts apart from its outlet.`,
    dates: (f: Formats, dated: number, first: string, last: string, undated: number) =>
      `${capitalise(f.count(dated, ['source shows', 'sources show']))} a publication date, from ${first} to ${last}; ${f.count(undated, ['shows', 'show'])} none.`,
    byOutlet: 'Sources by outlet, most cited first:',
    group: (f: Formats, count: number, outlets: number) =>
      `${f.count(count, ['source', 'sources'])}${outlets > 1 ? ' each' : ''}:`,
    moreOutlets: (f: Formats, n: number) =>
      `${f.count(n, ['more outlet, cited less often, is', 'more outlets, cited less often, are'])} not named here; every source, with its outlet, is on the`,
    sourcesPage: 'sources page',
    fullList: 'Every source, with its title, date and link',
    csv: ', or the same list as a spreadsheet:',
  },
  /** /sources/: the full source list (src/layouts/SourcesPage.astro). */
  sourcesPage: {
    title: 'Sources · Under fire',
    description:
      'Every published source behind Under fire, the April 2025 attacks on French prisons: outlet, title, date and link, newest first.',
    heading: 'The sources of',
    intro: (f: Formats, sources: number, checked: string) =>
      `Every number, place and date in the story comes from a data file built from published reporting. Here are its ${f.count(sources, ['source', 'sources'])}, newest first, each with its outlet, title, date and link; the file was last checked against them on ${checked}. A source whose title is in [brackets] had none: the words are ours.`,
    csv: 'The same list as a spreadsheet:',
    data: 'The data file and what each column means',
    back: 'Back to the story',
    other: 'Les sources en français',
  },
  print: { address: 'This story, with its interactive graphics and data downloads:' },
  methodology: {
    summary: (holdings: string, checked: string, corrections: string) =>
      `The data file holds ${holdings}; it was last checked against them on ${checked}.` +
      ' An incident counts as established when investigators tied it to the wave or at least two news outlets reported it; headline figures count only those.' +
      (corrections ? ` It has had ${corrections} since publication (see below).` : '') +
      ' Below is every record that is approximate, with what the sources say.',
    dictionary: 'The data dictionary and downloads',
    explain: 'explain each field.',
    none: 'None.',
    more: (n: string) => `${n} more, each with its note in the data downloads.`,
    groups: {
      'disputed-counts': 'Where the sources give different numbers',
      'uncertain-nights': 'Incidents whose night is not certain',
      'unconfirmed-links':
        'Incidents not confirmed as part of the wave (drawn hollow, counted apart)',
      attributed: 'Incidents investigators tied to the wave',
      'town-only': 'Places located only to their town (dashed ring on the map)',
      unlocated: 'Places with no location in the sources (listed, not drawn)',
    },
    nouns: {
      incident: ['incident', 'incidents'],
      place: ['place', 'places'],
      event: ['timeline event', 'timeline events'],
      statistic: ['statistic', 'statistics'],
      source: ['source', 'sources'],
      correction: ['correction or update', 'corrections or updates'],
    } as Record<string, readonly [string, string]>,
    holdings: (
      incidents: string,
      places: string,
      events: string,
      statistics: string,
      sources: string,
    ) => `${incidents} at ${places}, ${events} and ${statistics}, drawn from ${sources}`,
    incidentLabel: (f: Formats, place: string, night: string) =>
      `${place}, ${f.nightPhrase(night)}`,
    noNight: 'The sources do not say which night.',
    townOnly: 'Drawn at the centre of its town: the sources do not give the site itself.',
    unlocated: 'No source gives a location: listed, not drawn.',
  },
  figure: {
    sources: 'Sources:',
    allSources: 'all sources',
    showData: 'Show the data',
    tableOnItsPage: 'The table, on its own page',
    download: 'Download the data:',
    others: ['other', 'others'] as readonly [string, string],
    firstRows: (shown: string, total: string) =>
      `The first ${shown} of ${total} rows; every row is in the CSV and JSON downloads.`,
  },
  explorer: {
    previous: 'Previous',
    next: 'Next',
    hint: 'Step through each mark, or tap one.',
  },
  embedSnippet: {
    summary: 'Embed this graphic',
    codes: 'The codes to paste are in the embed gallery',
    loader: 'Self-resizing (our loader)',
    iframe: 'Plain iframe (no script; fixed height)',
    copy: 'Copy',
    copied: 'Copied',
    copiedStatus: 'Copied to the clipboard',
    copyFailed: 'Could not copy: select the code and copy it by hand',
    more: 'More options, pym.js and oEmbed:',
    gallery: 'embed gallery',
  },
  labels: {
    types: {
      arson: 'Arson',
      'attempted-arson': 'Attempted or suspected arson',
      gunfire: 'Gunfire',
      fireworks: 'Fireworks',
      vandalism: 'Vandalism',
      threat: 'Threat or assault',
      drone: 'Drone overflight',
    } as Record<string, string>,
    categories: {
      background: 'Background',
      policy: 'Policy',
      law: 'Law',
      attacks: 'Attacks',
      investigation: 'Investigation',
    } as Record<string, string>,
    yes: 'yes',
    no: 'no',
    link: { established: 'established', unconfirmed: 'unconfirmed' } as Record<string, string>,
    precision: { day: 'day', month: 'month', season: 'season', year: 'year' } as Record<
      string,
      string
    >,
    location: { exact: 'exact', town: 'town centre', unlocated: 'not located' } as Record<
      string,
      string
    >,
  },
  unconfirmed: {
    beside: (n: string, what: string) =>
      `, and ${n}${what ? ` ${what}` : ''} whose link to the wave is unconfirmed (drawn hollow)`,
    /** "more" after a count: one, then other (Intl plural categories). */
    more: ['more', 'more'] as [string, string],
  },
  attackWave: {
    label: 'Chart of the attack wave, night by night',
    firstAttack: (town: string) => `First attack: ${town}`,
    shotsFired: (town: string) => `Shots fired: ${town}`,
    axis: (month: string) => `Night starting on… (${month} 2025)`,
    title: (withAttacks: string, nights: string, range: string) =>
      `Attacks on ${withAttacks} of the ${nights} nights from ${range}`,
    description: (
      f: Formats,
      w: {
        incidents: string;
        nights: string;
        first: string;
        last: string;
        beside: string;
        busiest: string;
        onBusiest: string;
        byType: string;
      },
    ) =>
      `${w.incidents} established incidents over ${w.nights} nights, ${f.night(w.first)} to ${f.night(w.last)}${w.beside}; ` +
      `the busiest night was ${f.night(w.busiest)}, with ${w.onBusiest} established. ${w.byType}.`,
    tableCaption: 'Incidents of the April 2025 wave, night by night',
    columns: {
      id: 'Id',
      night: 'Night',
      place: 'Place',
      town: 'Town',
      type: 'Type',
      ddpf: 'DDPF',
      link: 'Link to the wave',
      vehiclesBurned: 'Vehicles burned',
      bulletImpacts: 'Bullet impacts',
      summary: 'What happened',
      sources: 'Sources',
    },
    uncertain: ' (uncertain)',
    legendType: (type: string, firm: number, doubtful: number) =>
      `${type} (${firm}${doubtful ? `, and ${doubtful} unconfirmed` : ''})`,
    hollow: 'Hollow: link to the wave unconfirmed, not in the counts',
  },
  attackMap: {
    label: 'Map of the attacks on French prisons, April 2025',
    title: 'The attacks reached prisons and homes across France',
    established: ['established incident', 'established incidents'] as readonly [string, string],
    noEstablished: 'no established incident',
    nightDescription: (f: Formats, night: string, firm: string, beside: string, located: number) =>
      `Night of ${f.night(night)}: ${firm}${beside}. The map shows all ${located} located places; those hit that night are drawn in full.`,
    place: ['place', 'places'] as readonly [string, string],
    allDescription: (firm: number, beside: string, unlocated: number, mostHit: string) =>
      `${firm} places on the map with established incidents${beside}; ` +
      `${unlocated} more ${unlocated === 1 ? 'has' : 'have'} no sourced location, so ${unlocated === 1 ? 'it is' : 'they are'} listed rather than drawn. ` +
      `The most-hit place: ${mostHit}.`,
    none: 'none',
    tableCaption: 'Places hit during and after the wave, with their incidents',
    columns: {
      place: 'Place',
      town: 'Town',
      departement: 'Département',
      incidents: 'Incidents',
      what: 'What happened',
      location: 'Location',
      lat: 'Latitude',
      lon: 'Longitude',
      sources: 'Sources',
    },
    mostly: (type: string) => `Mostly ${type}`,
    hollow: 'Hollow: link to the wave unconfirmed',
    townOnly: 'Only the town is known',
    bigger: 'Bigger: more incidents',
    grouped: '“Lyon +3”: one mark for close places, Lyon and 3 more, sized by all their incidents',
    notOnMap: (list: string) => `Not on the map, for lack of a sourced location: ${list}.`,
    /** The maps' geography credit in another language; English: src/map/reference.ts. */
    credit: undefined as { line: string; card: string; note: string } | undefined,
    liveLabel:
      'Map of the attacks for this section: it follows the step you are reading, which says what it shows.',
    fullLabel: 'Map of the attacks. Use the list of places below to reach each one.',
    night: 'Night',
    all: 'All',
    nightOf: (f: Formats, night: string) => capitalise(f.nightPhrase(night)),
    play: 'Play',
    pause: 'Pause',
    showingAll: 'Showing all nights',
    showing: 'Showing',
    placesLabel: 'Places on the map: choose one for its incidents and sources.',
    morePlaces: (n: string) =>
      `${n} more places are not listed here; every place is in the data downloads.`,
    placeButton: (town: string, name: string, count: number) =>
      `${town}: ${name}, ${count} incident${count === 1 ? '' : 's'}`,
    detail: (f: Formats, night: string, type: string) => `${f.night(night)}, ${type}.`,
    sources: 'Sources:',
    close: 'Close',
  },
  policyTimeline: {
    label: 'Timeline from the Amra escape to the high-security prisons',
    title: 'A year of escalation, from the Amra escape to the high-security prisons',
    description: (n: number, first: string, last: string, strands: number) =>
      `${n} events from ${first} to ${last}, in ${strands} strands.`,
    tableCaption: 'From the Amra escape to the high-security prisons: the timeline',
    columns: {
      date: 'Date',
      precision: 'Date known to the',
      category: 'Strand',
      title: 'Event',
      summary: 'Details',
      sources: 'Sources',
    },
    note: 'A dot is an event known to the day; a bar spans the month or season when sources give no more.',
  },
  traffickers: {
    label: 'Unit chart: from everyone in prison to the first 17 moved',
    title: (isolate: string, drug: string) =>
      `${isolate} to be isolated, of ${drug} held for drug offences`,
    description: (
      total: string,
      asOf: string,
      drug: string,
      dangerous: string,
      isolate: string,
      first: string,
      moved: string,
    ) =>
      `Of ${total} people in French prisons (${asOf}), ${drug} were held for drug offences, the justice minister said; ` +
      `AFP counted ${dangerous} "most dangerous" traffickers among them, not an official ranking. ` +
      `The government planned to isolate ${isolate} in two high-security prisons, and the first ${first} were moved on ${moved}. ` +
      'Each square is 100 people.',
    tableCaption:
      'From everyone in French prisons to the first transfer: each figure, as of when, and its caveats',
    columns: { label: 'Who', value: 'People', asOf: 'As of', note: 'Caveat', sources: 'Sources' },
    first: (n: string, when: string) => `${n} in the first transfer, ${when}`,
    isolate: (n: string) => `${n} to be isolated in two high-security prisons`,
    dangerous: (n: string) => `${n} “most dangerous” traffickers, in AFP's count`,
    drug: (n: string) => `${n} held for drug offences`,
    rest: (n: string) => `${n} other prisoners`,
    square: 'Each square is 100 people',
    caveat: (text: string) => `Caveat: ${text}`,
  },
  countingAttacks: {
    label: 'Chart of how the counts of the attacks differ',
    ariaLabel: 'Bar chart of the counts of the attacks',
    who: {
      prosecutors: 'Prosecutors',
      ministry: 'Interior ministry',
      vehicles: 'Vehicles, prosecutors',
      ours: "This story's data",
    } as Record<string, string>,
    row: (who: string, day: string) => `${who}, ${day}`,
    oursUnit: 'incidents',
    oursLabel: (link: string) => `incidents in this story's data whose link to the wave is ${link}`,
    oursNote: {
      unconfirmed:
        'Neither tied to the wave by investigators nor reported by two different outlets, or doubted by the sources: counted apart, never in the headline figures.',
      established:
        'Tied to the wave by investigators, or reported by at least two different outlets: the headline figures count these.',
    },
    about: 'about ',
    title: (p17: string, p28: string, ministry: string) =>
      `Prosecutors counted ${p17} to ${p28} acts; the Interior ministry, ${ministry}`,
    description: (
      p17: string,
      d17: string,
      p22: string,
      d22: string,
      p28: string,
      d28: string,
      ministry: string,
      dMinistry: string,
      established: string,
      unconfirmed: string,
      vehicles: string,
    ) =>
      `The anti-terror prosecutors counted ${p17} acts on ${d17}, ${p22} on ${d22} and about ${p28} on ${d28}; ` +
      `the Interior ministry counted ${ministry}, every incident reported, on ${dMinistry}. ` +
      `This story's data holds ${established} established and ${unconfirmed} unconfirmed incidents; the prosecutors also counted ${vehicles} burned vehicles.`,
    tableCaption: 'The counts of the attacks: who counted, when, and what',
    columns: {
      who: 'Count',
      value: 'Number',
      unit: 'Of',
      asOf: 'As of',
      label: 'What it counts',
      note: 'Caveat',
      sources: 'Sources',
    },
    legend: {
      prosecutors: 'Anti-terror prosecutors',
      ministry: 'Interior ministry',
      established: 'This story: established',
      unconfirmed: 'This story: unconfirmed',
      vehicles: 'Vehicles burned',
    },
    note: 'The counts differ by scope: the prosecutors counted only the acts in their case; the ministry, every incident reported.',
  },
  storyMap: { label: 'The attack wave on a map, step by step' },
  gallery: {
    title: 'Embed the graphics · Under fire',
    description: 'Snippets to embed each Under fire graphic in another page.',
    heading: 'Embed the graphics',
    intro1: 'Every graphic can go into another page as an iframe. With',
    intro2:
      'it resizes itself; it also speaks pym.js, AMP, Embedly and Datawrapper-style resize messages, so the scripts most newsrooms already run resize it too. Add',
    or: 'or',
    intro3: "to the address to fix the colour scheme (it follows the reader's by default), or",
    intro4: 'for a version with no JavaScript at all.',
    phoneTitle: (label: string) => `${label} (phone-width preview)`,
    phone: 'Phone, 375 px',
    desktopTitle: (label: string) => `${label} (desktop-width preview, without JavaScript)`,
    desktop: 'Desktop, 720 px, the version without JavaScript',
    scrolly:
      'Scrolly, with our loader (the graphic stays in view and follows the steps as your page scrolls)',
    loader: 'Self-resizing, with our loader',
    iframe: 'Plain iframe, no script (fixed height that fits a phone)',
    pym: 'With pym.js, if your page already loads it',
  },
  embedPage: {
    description: (takeaway: string, story: string) =>
      `${takeaway}. A graphic from the story “${story}”.`,
    withoutJs: (title: string) => `${title} (without JavaScript)`,
    credit: 'Under fire — read the story',
  },
  graphicDataPage: {
    title: (caption: string) => `${caption} · Under fire`,
    description: (title: string) => `The data behind “${title}”, a graphic of Under fire.`,
    intro: (title: string) => `The data behind the graphic “${title}” in the story.`,
    back: 'Back to the graphic in the story',
    allData: 'All the data, with a dictionary of every column',
  },
  dataPage: {
    datasetName: 'Under fire: attacks on French prisons, April 2025',
    title: 'The data · Under fire',
    description:
      'Download the data behind Under fire, the April 2025 attacks on French prisons, with a dictionary of every column.',
    heading: 'The data behind',
    intro: (holdings: string, checked: string) =>
      `compiled by the desk from published reporting: ${holdings}; checked against them on ${checked}.`,
    introStart: 'Every number, place, date and chart in the story comes from one data file,',
    sourcesStart: 'Every record names its sources: the',
    sourcesMiddle: 'column lists the ids of the entries in',
    sourcesEnd:
      'that state it, each with its outlet, title, date and link. Where sources disagree, the record says so in a note.',
    cite: 'How to cite',
    citeText: (checked: string, here: string) =>
      `, data on the April 2025 attacks on French prisons, checked ${checked}, ${here}. Please cite the original sources for any single fact.`,
    downloads: 'Downloads',
    whole:
      ': the whole file, every table and its sources (JSON). Fields that may be left out appear with their defaults.',
    schema: ': the file’s JSON Schema (draft 2020-12), for validating it or editing it with help.',
    perTable: 'One CSV per table',
    perTableText: (sep: string) =>
      `UTF-8, comma-separated, a header row of the column names below, one row per record in file order. Lists are joined with "${sep}"; an empty cell means the file gives no value; a text starting with = + - or @ gets a leading apostrophe, so spreadsheets do not run it.`,
    rows: (f: Formats, n: number) => f.count(n, ['row', 'rows']),
    columns: 'columns',
    perGraphic: 'The data behind each graphic',
    perGraphicText:
      'Exactly what each graphic’s “Show the data” table shows, with readable labels.',
    dictionary: 'Data dictionary',
    dictionaryText:
      'The columns of each table, in the order of the file. Names with a dot (counts.vehiclesBurned) are fields nested in the JSON; fr.… holds the French of the record’s text. “Optional” means a record may leave the field out; the default is what the JSON download then shows.',
    columnsOf: (id: string, title: string) => `Columns of ${id}.csv (${title} records)`,
    meta: 'About the file as a whole; in the JSON only.',
    metaCaption: 'Fields of meta, about the whole file',
    back: 'Back to the story',
    /** The dictionary's words for types and requirements (src/data/dictionary.ts). */
    types: {
      slug: [
        'id (lower-case letters, digits and hyphens)',
        'ids (lower-case letters, digits and hyphens)',
      ],
      recordId: ['id (letters, digits and hyphens)', 'ids (letters, digits and hyphens)'],
      partialDate: [
        'date as YYYY-MM-DD, YYYY-MM, YYYY or YYYY-season',
        'dates as YYYY-MM-DD, YYYY-MM, YYYY or YYYY-season',
      ],
      https: ['web address starting with https://', 'web addresses starting with https://'],
      day: ['date as YYYY-MM-DD', 'dates as YYYY-MM-DD'],
      or: ' or ',
      orNull: ', or null',
      oneOf: (values: string) => `one of: ${values}`,
      atLeast: (n: number) => (n === 1 ? ', at least one' : `, at least ${n}`),
      listOf: (inner: string, least: string, sep: string) =>
        `list of ${inner}${least}; in the CSV, joined with "${sep}"`,
      whole: (min: number | undefined) =>
        min === undefined ? 'whole number' : `whole number, ${min} or more`,
      number: 'number',
      bool: 'true or false',
      text: (max: number | undefined) =>
        max === undefined ? 'text' : `text, up to ${max} characters`,
      required: 'required',
      optional: (fallback: string | undefined) =>
        fallback === undefined ? 'optional' : `optional (default: ${fallback})`,
    } as {
      [K in 'slug' | 'recordId' | 'partialDate' | 'https' | 'day']: readonly [string, string];
    } & {
      or: string;
      orNull: string;
      oneOf: (values: string) => string;
      atLeast: (n: number) => string;
      listOf: (inner: string, least: string, sep: string) => string;
      whole: (min: number | undefined) => string;
      number: string;
      bool: string;
      text: (max: number | undefined) => string;
      required: string;
      optional: (fallback: string | undefined) => string;
    },
    /** Column descriptions in another language, by "table.column"; English: the schema's own. */
    fields: {} as Record<string, string>,
    /** A fr.… column's description: the French of the record's field. */
    frField: (field: string) => `The French of "${field}", for the French edition.`,
    /** Table descriptions in another language; English: the schema's own. */
    tables: {} as Record<string, string>,

    dictColumns: { name: 'Column', type: 'Type', required: 'Required', description: 'What it is' },
  },
};

export type UiStrings = typeof en;
