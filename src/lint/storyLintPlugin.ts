/**
 * The content lints inside `astro build` and `astro dev`: a Vite plugin that, before the MDX story
 * is compiled, runs the same lints as `npm run check` (src/lint/index.ts) on the story's text and
 * the data file. An error stops the compile with our message, naming the file, line and column,
 * what is wrong and how to fix it, so the framework's own message ("Expected component Nun to be
 * defined…", with no file or line) never comes first. Warnings are left to `npm run check`.
 * (Astro 7 compiles MDX with satteri, which runs no remark plugins: hence a Vite transform.)
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { DATA_FILE } from '../data/load.ts';
import { lintContent, lintTranslation } from './index.ts';
import { formatMessage, type LintMessage } from './message.ts';

/** The story's errors, as one message: a heading naming the file and the count, then one line each. */
export function storyErrorMessage(file: string, errors: LintMessage[]): string {
  const n = errors.length;
  return [
    `${file}: ${n} problem${n === 1 ? '' : 's'} in the story:`,
    ...errors.map(formatMessage),
  ].join('\n');
}

/** The story's lint errors, or [] (data problems are the data loader's to report, with their own lines). */
export function storyErrors(
  storyText: string,
  storyFile: string,
  dataText: string,
  dataFile: string,
): LintMessage[] {
  return lintContent({ storyText, storyFile, dataText, dataFile }).filter(
    (m) => m.severity === 'error' && m.file === storyFile,
  );
}

/** The story's editions: the English story and its translations, which the content lints pair. */
export const EDITIONS = { english: 'content/story.mdx', translations: ['content/story.fr.mdx'] };

/**
 * A story's errors against its other edition (a graphic or step missing from one of them), for
 * this file only: the English story is checked against each translation, a translation against the
 * English story. None for a story that is not one of the editions, or when the other file is absent.
 */
export function editionErrors(storyText: string, storyFile: string): LintMessage[] {
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  };
  const pairs =
    storyFile === EDITIONS.english
      ? EDITIONS.translations.map((t) => [storyText, t, read(t)] as const)
      : EDITIONS.translations.includes(storyFile)
        ? [[read(EDITIONS.english), storyFile, storyText] as const]
        : [];
  return pairs.flatMap(([englishText, translationFile, translationText]) =>
    englishText === undefined || translationText === undefined
      ? []
      : lintTranslation({
          englishText,
          englishFile: EDITIONS.english,
          translationText,
          translationFile,
        }).filter((m) => m.severity === 'error' && m.file === storyFile),
  );
}

/** An error without a stack: Astro and Vite print an error's stack under its message; an editor needs only the message. */
export class StoryError extends Error {
  override name = 'StoryError';
  readonly id: string;
  readonly loc: { file: string; line: number; column: number } | undefined;
  constructor(message: string, file: string, first: LintMessage | undefined) {
    super(message);
    this.stack = '';
    this.id = file;
    this.loc =
      first?.line === undefined ? undefined : { file, line: first.line, column: first.column ?? 1 };
  }
}

/** `vite: { plugins: [storyLintPlugin()] }` in astro.config.mjs. */
export function storyLintPlugin() {
  return {
    name: 'under-fire:story-lint',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!/\.mdx(\?|$)/.test(id) || id.includes('?')) return null;
      let dataText: string;
      try {
        dataText = readFileSync(DATA_FILE, 'utf8');
      } catch {
        return null; // the data loader reports an unreadable data file
      }
      const storyFile = relative(process.cwd(), id);
      const errors = [
        ...storyErrors(code, storyFile, dataText, DATA_FILE),
        ...editionErrors(code, storyFile),
      ];
      if (errors.length) throw new StoryError(storyErrorMessage(storyFile, errors), id, errors[0]);
      return null;
    },
  };
}
