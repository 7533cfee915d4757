/**
 * The closed lists the data file uses (place kinds, incident types, …), kept apart from the zod
 * schema so browser code can use them without shipping zod.
 */
export const PLACE_KINDS = [
  'prison',
  'school',
  'probation-office',
  'officers-home',
  'residence',
  'business',
  'street',
  'tollbooth',
] as const;

export const PRECISIONS = ['exact', 'town', 'unlocated'] as const;

export const INCIDENT_TYPES = [
  'arson',
  'attempted-arson',
  'gunfire',
  'fireworks',
  'vandalism',
  'threat',
  'drone',
] as const;

export const TIMELINE_CATEGORIES = [
  'background',
  'policy',
  'law',
  'attacks',
  'investigation',
] as const;
