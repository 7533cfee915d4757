/**
 * Reads a `_headers` file (Cloudflare Pages / Netlify syntax) and answers which headers a path gets:
 * every rule whose pattern matches applies, top to bottom; the same header from two rules is joined
 * with ", "; a "! Name" line drops what earlier rules set for that name. `*` matches any run of
 * characters, `:name` one path segment.
 */
export interface HeaderRule {
  pattern: string;
  set: [name: string, value: string][];
  detach: string[];
}

/** Parses the text of a _headers file into rules, in file order. Comments (#) and blank lines are skipped. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: a header comes before any path: "${line.trim()}"`);
    const body = line.trim();
    if (body.startsWith('!')) {
      rule.detach.push(body.slice(1).trim().toLowerCase());
      continue;
    }
    const colon = body.indexOf(':');
    if (colon < 1) throw new Error(`_headers: expected "Name: value", found "${body}"`);
    rule.set.push([body.slice(0, colon).trim().toLowerCase(), body.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) =>
      part === '*'
        ? '.*'
        : part.startsWith(':')
          ? '[^/]+'
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers (lower-case names) that `path` receives under `rules`. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const name of rule.detach) delete headers[name];
    for (const [name, value] of rule.set)
      headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}
