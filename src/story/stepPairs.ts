/**
 * The steps of a translated story paired with the English story's: each <Step id="…" en="…"> of
 * content/story.fr.mdx names the English step it renders. The language switch reads the pairs to
 * keep the reader's place (/#homes ↔ /fr/#domiciles); the content lints check them. Pure: text in.
 */
export interface StepPair {
  /** The step's id in the translated story, e.g. "domiciles". */
  id: string;
  /** The same step's id in the English story, e.g. "homes"; undefined when the step names none. */
  en: string | undefined;
}

const STEP = /<Step\b([^>]*)>/g;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** Every <Step> of a story's MDX text, in order, with its id and its `en` prop. */
export function stepPairs(mdx: string): StepPair[] {
  return [...mdx.matchAll(STEP)].flatMap(([, attrs]) => {
    const id = attr(attrs!, 'id');
    return id ? [{ id, en: attr(attrs!, 'en') }] : [];
  });
}

/** The map from one edition's step ids to the other's: toOther(pairs, 'fr') → { domiciles: "homes" }. */
export function stepMap(pairs: StepPair[], from: 'en' | 'fr'): Record<string, string> {
  return Object.fromEntries(
    pairs.filter((p) => p.en).map((p) => (from === 'fr' ? [p.id, p.en!] : [p.en!, p.id])),
  );
}
