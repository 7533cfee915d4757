/**
 * The content lints pair the two editions (src/lint/editions.ts): a graphic or a step in one and
 * not the other is an error, a number or date printed in one and not the other a warning; the
 * build's lint plugin stops on the errors of the file it compiles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { lintTranslation } from '../../src/lint/index.ts';
import { editionErrors } from '../../src/lint/storyLintPlugin.ts';

const EN = 'content/story.mdx';
const FR = 'content/story.fr.mdx';
const englishText = readFileSync(EN, 'utf8');
const frenchText = readFileSync(FR, 'utf8');
const lint = (translationText: string, english = englishText) =>
  lintTranslation({ englishText: english, englishFile: EN, translationText, translationFile: FR });
const short = (m: { severity: string; file: string; where: string }) =>
  `${m.severity} ${m.file} ${m.where}`;

/** The French story without the <Step> whose id is given. */
const withoutStep = (text: string, id: string) =>
  text.replace(new RegExp(`\\n\\s*<Step id="${id}"[\\s\\S]*?</Step>`), '');

describe('lintTranslation(english, translation)', () => {
  test('finds nothing between the real editions', () => expect(lint(frenchText)).toEqual([]));

  test('a step missing from the translation is an error on the English step', () => {
    const messages = lint(withoutStep(frenchText, 'domiciles'));
    expect(messages.map(short)).toEqual([`error ${EN} <Step id="homes">`]);
    expect(messages[0]!.message).toMatch(/add <Step id="…" en="homes">/);
    expect(messages[0]!.line).toBeGreaterThan(1);
  });

  test('a translated step must name an English step that exists', () => {
    const messages = lint(frenchText.replace('en="toulon"', 'en="toulouse"'));
    expect(messages.map(short)).toEqual([
      `error ${FR} <Step id="toulon" en="toulouse">`,
      `error ${EN} <Step id="toulon">`,
    ]);
    expect(lint(frenchText.replace(' en="caen"', '')).map(short)).toEqual([
      `error ${FR} <Step id="caen">`,
      `error ${EN} <Step id="caen">`,
    ]);
  });

  test('a graphic missing from one edition is an error', () => {
    expect(lint(frenchText.replace('<CountingAttacks />', '')).map(short)).toEqual([
      `error ${FR} <CountingAttacks />`,
    ]);
    expect(lint(frenchText, englishText.replace('<UnitChart700 />', '')).map(short)).toEqual([
      `error ${EN} <UnitChart700 />`,
    ]);
  });

  test('a number printed in one edition and not the other is a warning', () => {
    const messages = lint(
      frenchText.replace('<Num of="investigators" /> enquêteurs', 'des enquêteurs'),
    );
    expect(messages.map(short)).toEqual([`warning ${FR} <Num of="investigators">`]);
    expect(messages[0]!.message).toMatch(/prints it 1 time and content\/story\.fr\.mdx 0/);
  });
});

describe('the build stops on an edition error in the file it compiles', () => {
  test('editionErrors(text, file): the translation, and the English story against it', () => {
    const broken = frenchText.replace(' en="caen"', '');
    expect(editionErrors(broken, FR).map(short)).toEqual([`error ${FR} <Step id="caen">`]);
    expect(editionErrors(frenchText, FR)).toEqual([]);
    expect(editionErrors(englishText, EN)).toEqual([]);
    expect(editionErrors(englishText.replace('<AttackMap />', ''), EN).map(short)).toEqual([
      `error ${EN} <AttackMap />`,
    ]);
    expect(editionErrors(englishText, 'tests/fixtures/mdx/broken.mdx')).toEqual([]);
  });
});
