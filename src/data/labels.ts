/**
 * How readers see the data's fixed words and source lists: "Attempted arson", "Investigation",
 * "AFP; BFMTV". Their words are the edition's (src/i18n/ui); tables, charts, keys and captions read them here.
 */
import type { Dataset } from './schema.ts';
import { sourceIndex } from './views.ts';
import type { Lang } from '../i18n/lang.ts';
import { ui } from '../i18n/ui/index.ts';

/** How readers see an incident type, e.g. "Attempted arson" ("Incendie" in French). */
export function typeLabel(type: string, lang: Lang = 'en'): string {
  return ui(lang).labels.types[type] ?? type;
}

/** How readers see a timeline strand, e.g. "Investigation" ("Enquête" in French). */
export const categoryLabel = (c: string, lang: Lang = 'en'): string =>
  ui(lang).labels.categories[c] ?? c;

/** The outlets behind these source ids, each once, joined for a table cell: "AFP; BFMTV". */
export function outletList(d: Dataset, ids: string[]): string {
  const byId = sourceIndex(d);
  return [...new Set(ids.map((id) => byId.get(id)!.outlet))].join('; ');
}
