/**
 * After a correction to a number, the record's own words must follow: a correction that names its
 * record and the old number (`record`, `was`) warns while that record's text fields (summary,
 * notes, title, label) still state the old number, in digits or in words. Pure.
 */
import type { Dataset } from '../data/schema.ts';
import type { Locate } from './locate.ts';
import type { LintMessage } from './message.ts';

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
// Not countNote: it is where the numbers other sources give belong ("the union says three").
const TEXT_FIELDS = ['summary', 'timeNote', 'note', 'title', 'label', 'locationNote'] as const;
const TABLES = ['incidents', 'places', 'timeline', 'statistics'] as const;

/** Whether `text` states `n` as a number of its own (not inside another: 3 is not in 13 or 3.5), in digits (17000, 17,000, 17 000) or words. */
export function statesNumber(text: string, n: number): boolean {
  const digits = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '[,\\s\u202f\u00a0]?');
  if (new RegExp(`(?<![\\d.,])${digits}(?![\\d]|[.,]\\d)`).test(text)) return true;
  const word = WORDS[n];
  return word !== undefined && new RegExp(`\\b${word}\\b`, 'i').test(text);
}

export function lintCorrections(d: Dataset, file: string, locate: Locate): LintMessage[] {
  return d.corrections.flatMap((c): LintMessage[] => {
    if (c.record === undefined || c.was === undefined) return [];
    for (const table of TABLES) {
      const record = (d[table] as { id: string }[]).find((r) => r.id === c.record) as
        Record<string, unknown> | undefined;
      if (!record) continue;
      return TEXT_FIELDS.flatMap((field): LintMessage[] => {
        const value = record[field];
        if (typeof value !== 'string' || !statesNumber(value, c.was!)) return [];
        return [
          {
            severity: 'warning',
            file,
            ...locate(table, c.record!, field),
            message: `The correction "${c.id}" says this record used to state ${c.was}, but its ${field} still does: "${value.slice(0, 120)}". Fix the text too (the correction explains the change; it does not make it)`,
          },
        ];
      });
    }
    return [];
  });
}
