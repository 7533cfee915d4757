/**
 * The story's frontmatter (content/story.mdx), checked like the data file, and the dates readers
 * and platforms see: published, and modified (the latest correction or update, if any).
 * Pure: frontmatter and corrections in, values out.
 */
import type { Lang } from '../i18n/lang.ts';
import { ui } from '../i18n/ui/index.ts';
import { z } from 'zod';
import type { Correction } from './schema.ts';
import { isoDay } from './schema.ts';

const line = (what: string, max: number) =>
  z
    .string({ error: `Add a ${what} to the frontmatter` })
    .trim()
    .min(1, `The ${what} must not be empty`)
    .max(max, `The ${what} is too long: keep it under ${max} characters`);

export const StoryFrontmatter = z.object({
  /** The headline, as it appears on the page, in search results and when shared. */
  title: line('title', 110),
  /** The one- or two-sentence summary under the headline. */
  standfirst: line('standfirst', 300),
  /** The text search engines show (defaults to the standfirst). */
  description: line('description', 200).optional(),
  /** Who wrote it, as printed: "By …". */
  byline: line('byline', 120),
  /** The day the story was first published, YYYY-MM-DD. */
  published: isoDay,
});

export type StoryFrontmatter = z.infer<typeof StoryFrontmatter>;

/** Validates the frontmatter; throws one error naming content/story.mdx and every bad field. */
export function storyFrontmatter(input: unknown, file = 'content/story.mdx'): StoryFrontmatter {
  const parsed = StoryFrontmatter.safeParse(input);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map(
    (i) => `  ✗ frontmatter.${i.path.join('.')}: ${i.message}.`,
  );
  throw new Error(
    `${file}: ${lines.length} problem${lines.length === 1 ? '' : 's'} in the frontmatter:\n${lines.join('\n')}`,
  );
}

/** How a correction or update is named: "Correction" / "Update", and in the dateline "Corrected" / "Updated". */
export function correctionLabel(
  kind: Correction['kind'],
  form: 'noun' | 'past' = 'noun',
  lang: Lang = 'en',
): string {
  const t = ui(lang).correction;
  if (form === 'past') return kind === 'correction' ? t.corrected : t.updated;
  return kind === 'correction' ? t.correction : t.update;
}

export interface StoryDates {
  published: string;
  /** The latest correction or update day, or the publication day when there is none. */
  modified: string;
  /** The newest correction or update, shown at the top of the story. */
  latest?: Correction | undefined;
}

/** Publication and modification days; a correction dated before publication is a mistake worth naming. */
export function storyDates(published: string, corrections: Correction[]): StoryDates {
  const early = corrections.find((c) => c.date < published);
  if (early)
    throw new Error(
      `content/data/prison-attacks.json: corrections "${early.id}" is dated ${early.date}, before the story was published (${published}).`,
    );
  const latest = corrections.at(-1);
  return { published, modified: latest?.date ?? published, latest };
}
