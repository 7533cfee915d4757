/**
 * `npm run check:content`: the content lints (src/lint/) on the story, its French edition and the
 * data file, every finding at once with its file, line:column or JSON path, and the fix: each story
 * against the data, then the two editions against each other (a graphic or step missing from one is
 * an error; a number or date printed in one and not the other, a warning). Exit 0 when there is no
 * error (warnings are printed), 1 otherwise.
 *
 *   node scripts/check-content.ts [--story content/story.mdx] [--translation content/story.fr.mdx] [--data content/data/prison-attacks.json]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DATA_FILE } from '../src/data/load.ts';
import { existsSync } from 'node:fs';
import { formatReport, lintContent, lintTranslation } from '../src/lint/index.ts';

const { values } = parseArgs({
  options: {
    story: { type: 'string', default: 'content/story.mdx' },
    translation: { type: 'string' },
    data: { type: 'string', default: DATA_FILE },
  },
});
const storyFile = values.story;
const dataFile = values.data;

const read = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    console.error(`✗ content lints: ${file} could not be read. Is the path right?`);
    return undefined;
  }
};
const storyText = read(storyFile);
const dataText = read(dataFile);
if (storyText === undefined || dataText === undefined) process.exit(1);

const messages = lintContent({ storyText, storyFile, dataText, dataFile });
const files = [storyFile, dataFile];
// The translation, when there is one (a story linted on its own, e.g. a fixture, has none).
// By default the French edition, beside the real story only (another story, e.g. a fixture, has none).
const translationFile =
  values.translation ?? (storyFile === 'content/story.mdx' ? 'content/story.fr.mdx' : undefined);
const translationText =
  translationFile && existsSync(translationFile) && translationFile !== storyFile
    ? read(translationFile)
    : undefined;
if (translationFile && translationText !== undefined) {
  files.splice(1, 0, translationFile);
  messages.push(
    // Its own lints against the data; the data's findings are already listed once.
    ...lintContent({
      storyText: translationText,
      storyFile: translationFile,
      dataText,
      dataFile,
    }).filter((m) => m.file !== dataFile),
    ...lintTranslation({
      englishText: storyText,
      englishFile: storyFile,
      translationText,
      translationFile,
    }),
  );
}
const report = formatReport(messages, files);
(messages.some((m) => m.severity === 'error') ? console.error : console.log)(report);
process.exit(messages.some((m) => m.severity === 'error') ? 1 : 0);
