/**
 * Source lints of the data file beyond the schema: every record that states a fact cites at least
 * one source (the schema also insists; this names the record), and a source that no record cites
 * is reported as a warning (it is listed in the story's sources, but backs nothing). Pure.
 */
import type { Dataset } from '../data/schema.ts';
import type { Locate } from './locate.ts';
import type { LintMessage } from './message.ts';

const CITING = ['places', 'incidents', 'timeline', 'statistics'] as const;

/** `locate` places each record in the file (the validated data is sorted; the file is not). */
export function lintSources(d: Dataset, file: string, locate: Locate): LintMessage[] {
  const messages: LintMessage[] = [];
  const cited = new Set<string>();
  for (const table of CITING) {
    d[table].forEach((record) => {
      record.sources.forEach((s) => cited.add(s));
      if (!record.sources.length)
        messages.push({
          severity: 'error',
          file,
          ...locate(table, record.id, 'sources'),
          message: 'Every record needs at least one source id in "sources"',
        });
    });
  }
  d.sources.forEach((s) => {
    if (!cited.has(s.id))
      messages.push({
        severity: 'warning',
        file,
        ...locate('sources', s.id),
        message: `No place, incident, timeline event or statistic cites this source; add "${s.id}" to the "sources" of the records it backs, or remove it`,
      });
  });
  return messages;
}
