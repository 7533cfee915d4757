/**
 * A content lint's finding and how it prints: one line naming the file, line:column (MDX) or JSON
 * path (data), the component or field, what is wrong and how to fix it, in the words of
 * src/data/validate.ts. Errors stop `npm run check`; warnings are printed and let it pass.
 */
export interface LintMessage {
  severity: 'error' | 'warning';
  file: string;
  /** 1-based line and column in the file, when the finding has a place in it. */
  line?: number | undefined;
  column?: number | undefined;
  /** The component or field, e.g. `<Num of="wave.incidnts">` or `sources[4] (record "afp-…")`. */
  where: string;
  /** What is wrong and how to fix it, as a sentence. */
  message: string;
}

/** One finding as a line: `  ✗ content/story.mdx:12:5: <Num of="x">: No number is called "x". …` */
export function formatMessage(m: LintMessage): string {
  const at = m.line === undefined ? m.file : `${m.file}:${m.line}:${m.column ?? 1}`;
  const stop = /[.?!]$/.test(m.message) ? '' : '.';
  return `  ${m.severity === 'error' ? '✗' : '⚠'} ${at}: ${m.where}: ${m.message}${stop}`;
}

/** Every finding, errors first, in file order, then one summary line. */
export function formatReport(messages: LintMessage[], files: string[]): string {
  const sorted = [...messages].sort(
    (a, b) =>
      Number(a.severity === 'warning') - Number(b.severity === 'warning') ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
  const errors = messages.filter((m) => m.severity === 'error').length;
  const warnings = messages.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary =
    errors > 0
      ? `✗ content lints: ${plural(errors, 'error')}${warnings ? `, ${plural(warnings, 'warning')}` : ''} in ${files.join(' and ')}.`
      : `✓ content lints: ${files.join(' and ')} ${warnings ? `pass, with ${plural(warnings, 'warning')}` : 'pass'}.`;
  return [...sorted.map(formatMessage), summary].join('\n');
}
