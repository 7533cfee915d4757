/**
 * How readers see the data's fixed words and source lists: "Attempted arson", "Investigation",
 * "AFP; BFMTV". The one place these labels are written; tables, charts, keys and captions read them.
 */
import type { Dataset } from './schema.ts';
import { sourceIndex } from './views.ts';

const TYPE_LABEL: Record<string, string> = {
  arson: 'Arson',
  'attempted-arson': 'Attempted or suspected arson',
  gunfire: 'Gunfire',
  fireworks: 'Fireworks',
  vandalism: 'Vandalism',
  threat: 'Threat or assault',
  drone: 'Drone overflight',
};

/** How readers see an incident type, e.g. "Attempted arson". */
export function typeLabel(type: string): string {
  return TYPE_LABEL[type] ?? type;
}

const CATEGORY_LABEL: Record<string, string> = {
  background: 'Background',
  policy: 'Policy',
  law: 'Law',
  attacks: 'Attacks',
  investigation: 'Investigation',
};

/** How readers see a timeline strand, e.g. "Investigation". */
export const categoryLabel = (c: string): string => CATEGORY_LABEL[c] ?? c;

/** The outlets behind these source ids, each once, joined for a table cell: "AFP; BFMTV". */
export function outletList(d: Dataset, ids: string[]): string {
  const byId = sourceIndex(d);
  return [...new Set(ids.map((id) => byId.get(id)!.outlet))].join('; ');
}
