/**
 * Each graphic's caption (its registry module in src/graphics/, computed on the current data) checked as a
 * screen-reader user meets it: a title, a description short enough to listen to, and sources that
 * exist. Checked where the story draws the graphic, in each scrolly step's state, and in its full
 * form (the embeds) for graphics the story does not draw. Pure.
 */
import { GRAPHICS, graphicCaption } from '../graphics/index.ts';
import type { Dataset } from '../data/schema.ts';
import type { LintMessage } from './message.ts';
import type { GraphicUse } from './story.ts';

/** A title is read as a heading: one line. */
export const TITLE_MAX = 100;
/** The description is read in one go when the graphic gets focus: at most 3 sentences, 400 characters. */
export const DESCRIPTION_MAX = 400;
export const DESCRIPTION_SENTENCES = 3;

const HOW =
  'Captions are written from the data by the graphic modules in src/graphics/: shorten the data they quote (names, titles), or ask a developer to shorten the wording there';

export function sentenceCount(text: string): number {
  return [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].filter((s) =>
    s.segment.trim(),
  ).length;
}

/**
 * Checks every graphic's caption where it appears. `caption` is graphicCaption; tests pass another
 * to reach limits the real wording cannot (a valid data file keeps today's captions short).
 */
export function lintCaptions(
  uses: GraphicUse[],
  d: Dataset,
  storyFile: string,
  dataFile: string,
  caption: typeof graphicCaption = graphicCaption,
): LintMessage[] {
  const everywhere: GraphicUse[] = [
    ...uses,
    ...GRAPHICS.map((g) => g.id)
      .filter((g) => !uses.some((u) => u.graphic === g && !u.state))
      .map((g) => ({ graphic: g, where: `the ${g} graphic (its embed, /embed/${g}/)` })),
  ];
  const sourceIds = new Set(d.sources.map((s) => s.id));
  const seen = new Set<string>();
  const messages: LintMessage[] = [];
  for (const use of everywhere) {
    const c = caption(use.graphic, d, { state: use.state });
    const say = (message: string) => {
      // The same problem in many steps (a long title) is reported once, at its first place.
      if (seen.has(`${use.graphic}\n${message}`)) return;
      seen.add(`${use.graphic}\n${message}`);
      const at =
        use.line === undefined
          ? { file: dataFile }
          : { file: storyFile, line: use.line, column: use.column };
      messages.push({ severity: 'error', ...at, where: use.where, message });
    };
    if (!c.title.trim()) say(`The graphic has no title. ${HOW}`);
    else if (c.title.length > TITLE_MAX)
      say(
        `The title is ${c.title.length} characters long, over ${TITLE_MAX}: "${c.title}". ${HOW}`,
      );
    if (!c.description.trim()) say(`The graphic has no description (its text alternative). ${HOW}`);
    else {
      const n = sentenceCount(c.description);
      if (c.description.length > DESCRIPTION_MAX || n > DESCRIPTION_SENTENCES)
        say(
          `The description (the text alternative a screen reader reads in one go) is ${c.description.length} characters and ${n} sentence${n === 1 ? '' : 's'}; ` +
            `keep it to ${DESCRIPTION_MAX} characters and ${DESCRIPTION_SENTENCES} sentences at most: "${c.description.slice(0, 80)}…". ${HOW}`,
        );
    }
    const missing = c.sources.filter((s) => !sourceIds.has(s));
    if (!c.sources.length)
      say('The graphic cites no source: the records it draws need source ids in "sources"');
    else if (missing.length)
      say(
        `The graphic cites sources that the data file does not have: ${missing.join(', ')}; add them to "sources"`,
      );
  }
  return messages;
}
