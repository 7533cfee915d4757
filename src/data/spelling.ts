/** Spelling hints for editors' typos in ids and names: how far two words are, and the likely one meant. Pure. */

/** Levenshtein distance between two short strings (the number of one-letter edits from one to the other). */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        row[j]! + 1,
        next[j - 1]! + 1,
        row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length]!;
}

/** The closest of `known` to `typo` within two edits (case aside), as a sentence: ` Did you mean "wave.incidents"?`; '' when none is that close. */
export function didYouMean(typo: string, known: readonly string[]): string {
  const [best] = known
    .map((k) => ({ k, d: editDistance(k.toLowerCase(), typo.toLowerCase()) }))
    .sort((a, b) => a.d - b.d);
  return best && best.d > 0 && best.d <= 2 ? ` Did you mean "${best.k}"?` : '';
}
