/**
 * The content lints `npm run check` runs: the MDX story against the data (components, props,
 * numbers, dates, scrolly steps), image alt text, each graphic's caption, and the data file's
 * sources. Pure: the two files' text in, every finding out, so an editor learns of a typo without
 * building. scripts/check-content.ts prints them.
 *
 *   lintContent({ storyText, storyFile: 'content/story.mdx', dataText, dataFile: 'content/data/prison-attacks.json' })
 *   → [{ severity: 'error', file: 'content/story.mdx', line: 11, column: 185, where: '<Num of="wave.incidnts">', message: 'No number is called …' }]
 */
import { validateDatasetText } from '../data/validate.ts';
import { lintCaptions } from './captions.ts';
import { lintCorrections } from './corrections.ts';
import { lintEditions } from './editions.ts';
import { lintSources } from './data.ts';
import { lintImages } from './images.ts';
import { dataLocator } from './locate.ts';
import type { LintMessage } from './message.ts';
import { parseMdx } from './mdx.ts';
import { lintSentenceStarts } from './sentenceStart.ts';
import { lintStory } from './story.ts';
import { lintWave } from './wave.ts';

export type { LintMessage } from './message.ts';
export { formatMessage, formatReport } from './message.ts';

/** The English story and a translation, each as text with its file. */
export interface EditionsInput {
  englishText: string;
  englishFile: string;
  translationText: string;
  translationFile: string;
}

/**
 * The translation against the English story (src/lint/editions.ts): a graphic or step missing from
 * one edition is an error, a number or date printed in one edition and not the other a warning.
 * Nothing when either does not parse (its own lints say why).
 */
export function lintTranslation(input: EditionsInput): LintMessage[] {
  const english = parseMdx(input.englishText, input.englishFile);
  const translation = parseMdx(input.translationText, input.translationFile);
  if ('error' in english || 'error' in translation) return [];
  return lintEditions(
    { tree: english.tree, file: input.englishFile },
    { tree: translation.tree, file: input.translationFile },
  );
}

export interface ContentInput {
  storyText: string;
  storyFile: string;
  dataText: string;
  dataFile: string;
}

export function lintContent({
  storyText,
  storyFile,
  dataText,
  dataFile,
}: ContentInput): LintMessage[] {
  const validation = validateDatasetText(dataText);
  const d = validation.ok ? validation.data : undefined;
  const messages: LintMessage[] = [];
  if (!d)
    messages.push({
      severity: 'error',
      file: dataFile,
      where: 'the data file',
      message: `It has ${validation.ok ? 0 : validation.problems.length} problem(s) (run npm run check:data to see them), so the checks of numbers, dates, steps and captions against the data were skipped`,
    });
  const locate = dataLocator(dataText);
  const dataLints = d
    ? [
        ...lintSources(d, dataFile, locate),
        ...lintWave(d, dataFile, locate),
        ...lintCorrections(d, dataFile, locate),
      ]
    : [];
  const parsed = parseMdx(storyText, storyFile);
  if ('error' in parsed) return [...messages, parsed.error, ...dataLints];
  const story = lintStory(parsed.tree, storyFile, d);
  messages.push(...story.messages, ...lintImages(parsed.tree, storyFile));
  if (d)
    messages.push(
      ...lintCaptions(story.uses, d, storyFile, dataFile),
      ...lintSentenceStarts(parsed.tree, storyFile, d),
      ...dataLints,
    );
  return messages;
}
