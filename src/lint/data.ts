/**
 * Source lints of the data file beyond the schema: every record that states a fact cites at least
 * one source (the schema also insists; this names the record), and a source that no record cites
 * is reported as a warning (it is listed in the story's sources, but backs nothing). Pure.
 */
import type { Dataset } from '../data/schema.ts';
import type { LintMessage } from './message.ts';

const CITING = ['places', 'incidents', 'timeline', 'statistics'] as const;

export function lintSources(d: Dataset, file: string): LintMessage[] {
  const messages: LintMessage[] = [];
  const cited = new Set<string>();
  for (const table of CITING) {
    d[table].forEach((record, i) => {
      record.sources.forEach((s) => cited.add(s));
      if (!record.sources.length)
        messages.push({ severity: 'error', file, where: `${table}[${i}].sources (record "${record.id}")`, message: 'Every record needs at least one source id in "sources"' });
    });
  }
  d.sources.forEach((s, i) => {
    if (!cited.has(s.id))
      messages.push({
        severity: 'warning',
        file,
        where: `sources[${i}] (record "${s.id}")`,
        message: `No place, incident, timeline event or statistic cites this source; add "${s.id}" to the "sources" of the records it backs, or remove it`,
      });
  });
  return messages;
}
