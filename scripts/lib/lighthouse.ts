/**
 * Lighthouse on one shared Chrome: the default (mobile) config, simulated throttling, N runs per
 * page, and the median of each figure taken separately. Pages that ask not to be indexed (embeds:
 * `<meta name="robots" content="noindex">`) are scored without the "is-crawlable" audit, which
 * fails them by design.
 */
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseFigures {
  scores: Record<Category, number>;
  /** Largest Contentful Paint and Total Blocking Time in milliseconds; Cumulative Layout Shift unitless. */
  lcp: number;
  tbt: number;
  cls: number;
  runs: number;
  /** Audits left out (and why), e.g. "is-crawlable (noindex page)". */
  skipped: string[];
  /** Titles of the audits that failed in the median-performance run, for a breach message. */
  failing: string[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs Lighthouse `runs` times on `url` through the Chrome listening on `port`. */
export async function lighthouseFigures(
  url: string,
  port: number,
  runs: number,
  noindex: boolean,
): Promise<LighthouseFigures> {
  const skipAudits = noindex ? ['is-crawlable'] : [];
  const results: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      skipAudits,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const lhr = result.lhr;
    if (lhr.runtimeError)
      throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
    results.push(lhr);
  }
  const score = (c: Category) =>
    median(results.map((r) => Math.round((r.categories[c]?.score ?? 0) * 100)));
  const metric = (id: string) =>
    median(results.map((r) => r.audits[id]?.numericValue ?? Number.NaN));
  const perf = score('performance');
  const typical =
    results.find((r) => Math.round((r.categories.performance?.score ?? 0) * 100) === perf) ??
    results[0]!;
  const failing = Object.values(typical.audits)
    .filter(
      (a) =>
        a.score !== null &&
        a.score < 0.9 &&
        a.scoreDisplayMode !== 'informative' &&
        a.scoreDisplayMode !== 'manual' &&
        a.scoreDisplayMode !== 'notApplicable',
    )
    .map((a) => a.id);
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as Record<Category, number>,
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    runs,
    skipped: noindex ? ['is-crawlable (noindex page)'] : [],
    failing,
  };
}
