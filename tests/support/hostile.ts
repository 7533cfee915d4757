/**
 * Hostile text for the XSS tests: strings a careless or malicious data edit could bring in. Every
 * free-text field of a dataset is rewritten to carry one of them (the ids stay, so the story's
 * references still resolve), and one field in each kind carries very long text within its limit.
 */
export const PAYLOADS = [
  '<img src=x onerror=window.__pwned=1>',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  '\'><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '</title><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
] as const;

/** Longest text each free-text field accepts (see src/data/schema.ts); the XSS test validates the result. */
const LIMITS: Record<string, number> = {
  outlet: 120,
  title: 90,
  summary: 500,
  name: 120,
  town: 80,
  departement: 60,
  label: 200,
  unit: 40,
  note: 400,
  countNote: 400,
  timeNote: 300,
  locationNote: 300,
  text: 600,
};

const LONG_WORDS =
  'Prison officers said the attackers returned after midnight, set fire to several cars in the staff car park and wrote the same three letters on the gate before leaving on scooters. ';

/** A deep copy of `dataset` whose free-text fields carry the payloads; the n-th field of each name gets the long text. */
export function hostileCopy<T>(dataset: T): T {
  const copy = structuredClone(dataset);
  let n = 0;
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      const limit = LIMITS[key];
      if (typeof value === 'string' && limit) {
        const payload = PAYLOADS[n++ % PAYLOADS.length]!;
        const long = !seen.has(key);
        seen.add(key);
        const text = long ? `${payload} ${LONG_WORDS.repeat(8)}` : `${payload} ${value}`;
        record[key] = text.slice(0, limit).trim();
      } else visit(value);
    }
  };
  visit(copy);
  // A link whose address tries to break out of its attribute; still a valid https URL.
  const sources = (copy as { sources?: { url: string }[] }).sources;
  if (sources?.[0])
    sources[0].url = 'https://example.org/a?q="><img src=x onerror=window.__pwned=1>';
  return copy;
}
