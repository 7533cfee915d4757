/**
 * What an editor sees in VS Code while typing in the data file, through VS Code's own JSON language
 * service: the file's "$schema" line finds the schema beside it, the real file shows no problem,
 * typical mistakes are underlined in our words on the right line, and hovering a field shows its
 * description. Where the schema carries the build's message (patterns, enums, numbers), the editor
 * shows the same words as `npm run check:data`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { getLanguageService, TextDocument, type Diagnostic } from 'vscode-json-languageservice';
import { DATA_FILE } from '../../src/data/load.ts';

const original = readFileSync(DATA_FILE, 'utf8');
const service = getLanguageService({
  schemaRequestService: async (uri) => readFileSync(fileURLToPath(uri), 'utf8'),
  workspaceContext: {
    resolveRelativePath: (relative, resource) => new URL(relative, resource).href,
  },
});
service.configure({ validate: true, allowComments: false });

const open = (text: string) =>
  TextDocument.create(pathToFileURL(resolve(DATA_FILE)).href, 'json', 1, text);

async function problems(text: string): Promise<Diagnostic[]> {
  const doc = open(text);
  return service.doValidation(doc, service.parseJSONDocument(doc), { schemaValidation: 'error' });
}

/** The data file with the first `find` after `after` replaced, and the line (0-based) where it was. */
function withMistake(after: string, find: string, replace: string): { text: string; line: number } {
  const at = original.indexOf(find, original.indexOf(after));
  return {
    text: original.slice(0, at) + replace + original.slice(at + find.length),
    line: original.slice(0, at).split('\n').length - 1,
  };
}

describe('VS Code on content/data/prison-attacks.json', () => {
  test('finds the schema through "$schema" and shows no problem in the real file', async () => {
    const doc = open(original);
    const hover = await service.doHover(
      doc,
      { line: 3, character: 8 },
      service.parseJSONDocument(doc),
    );
    expect(JSON.stringify(hover?.contents)).toContain(
      'The first and last nights of the April wave',
    );
    expect(await problems(original)).toEqual([]);
  });

  test.each([
    ['a misspelt field', '"incidents"', '"summary":', '"sumary":', /sumary/],
    [
      'an unknown incident type',
      '"incidents"',
      '"type": "arson"',
      '"type": "shooting"',
      /^The type must be one of: arson, attempted-arson, gunfire/m,
    ],
    [
      'a count in words',
      '"vehiclesBurned": ',
      '"vehiclesBurned": 7',
      '"vehiclesBurned": "seven"',
      /^A count must be a whole number, e\.g\. 7 \(no words, no quotes\)$/m,
    ],
    [
      'an http link',
      '"sources"',
      '"url": "https://',
      '"url": "http://',
      /The link must start with https:\/\//,
    ],
    [
      'a date in another form',
      '"incidents"',
      '"date": "2025-04-13"',
      '"date": "13/04/2025"',
      /Write the date as YYYY-MM-DD/,
    ],
  ])('underlines %s on its line', async (_, after, find, replace, message) => {
    const { text, line } = withMistake(after, find, replace);
    const found = await problems(text);
    expect(found.map((d) => d.range.start.line)).toContain(line);
    expect(found.map((d) => d.message).join('\n')).toMatch(message);
  });

  test('hovering a field shows its description, caveats included', async () => {
    const doc = open(original);
    const at = original.indexOf('"precision"');
    const before = original.slice(0, at).split('\n');
    const hover = await service.doHover(
      doc,
      { line: before.length - 1, character: before.at(-1)!.length + 2 },
      service.parseJSONDocument(doc),
    );
    expect(JSON.stringify(hover?.contents)).toContain(
      'the place is listed in tables but not drawn on the map',
    );
  });
});
