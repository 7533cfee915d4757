/**
 * Where a JSON text first goes wrong, for messages an editor can act on. V8's own message gives
 * no position for some mistakes (a trailing comma reads "Unexpected token ']'"), so this small
 * scanner walks the text the way JSON.parse does and stops at the first character it cannot accept.
 */

const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** Offset of the first syntax error in `text`, or -1 when it is valid JSON. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const take = (pattern: RegExp) => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) throw i;
    i = pattern.lastIndex;
  };
  const list = (close: string, item: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      space();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') throw i;
      i++;
      space();
    }
  };
  const value = (): void => {
    space();
    if (text[i] === '{')
      return list('}', () => {
        space();
        take(STRING);
        space();
        if (text[i] !== ':') throw i;
        i++;
        value();
      });
    if (text[i] === '[') return list(']', value);
    take(text[i] === '"' ? STRING : SCALAR);
  };
  try {
    value();
    space();
    return i < text.length ? i : -1;
  } catch (at) {
    return at as number;
  }
}

/** "line 12, column 5" for an offset (both counted from 1). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** A one-sentence hint for the mistakes editors make most, or "" when none fits. */
export function jsonMistakeHint(text: string, offset: number): string {
  const previous = text.slice(0, offset).trimEnd().at(-1);
  const here = text[offset];
  if (previous === ',' && (here === ']' || here === '}')) return 'a comma before a closing bracket: remove the trailing comma';
  if (here === "'") return 'JSON needs double quotes ("), not single quotes';
  if (here === undefined) return 'the file ends too early: a closing bracket or brace is missing';
  if ((previous === '}' || previous === ']' || previous === '"') && (here === '{' || here === '"'))
    return 'a comma is missing between two items';
  return '';
}
