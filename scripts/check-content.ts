/**
 * `npm run check:content`: the content lints (src/lint/) on the story and the data file, every
 * finding at once with its file, line:column or JSON path, and the fix. Exit 0 when there is no
 * error (warnings are printed), 1 otherwise.
 *
 *   node scripts/check-content.ts [--story content/story.mdx] [--data content/data/prison-attacks.json]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DATA_FILE } from '../src/data/load.ts';
import { formatReport, lintContent } from '../src/lint/index.ts';

const { values } = parseArgs({
  options: {
    story: { type: 'string', default: 'content/story.mdx' },
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
const report = formatReport(messages, [storyFile, dataFile]);
(messages.some((m) => m.severity === 'error') ? console.error : console.log)(report);
process.exit(messages.some((m) => m.severity === 'error') ? 1 : 0);
