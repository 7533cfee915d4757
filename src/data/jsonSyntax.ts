/**
 * Where a JSON text first goes wrong, for messages an editor can act on. V8's own message gives
 * no position for some mistakes (a trailing comma reads "Unexpected token ']'"), so this small
 * scanner walks the text the way JSON.parse does and stops at the first character it cannot accept.
 */

const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** Offset of the first syntax error in `text`, or -1 when it is valid JSON. */
export function jsonErrorOffset(text: string): number {
  return scanJson(text).errorAt;
}

/**
 * Where each value of a valid JSON text starts, by JSON path ("incidents[3].counts"): the offset of
 * its key for an object member (`"sumary": …` is where an editor looks), of the value for an array
 * item. The whole file is "". Lets messages about a record or a field give its line and column.
 */
export function jsonPathOffsets(text: string): Map<string, number> {
  return scanJson(text).offsets;
}

/** Walks `text` as JSON.parse does, noting where each value starts, and stops at the first character it cannot accept. */
function scanJson(text: string): { errorAt: number; offsets: Map<string, number> } {
  const offsets = new Map<string, number>();
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const take = (pattern: RegExp) => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) throw i;
    i = pattern.lastIndex;
  };
  const list = (close: string, item: (index: number) => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (let index = 0; ; index++) {
      item(index);
      space();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') throw i;
      i++;
      space();
    }
  };
  const value = (path: string): void => {
    space();
    if (!offsets.has(path)) offsets.set(path, i);
    if (text[i] === '{')
      return list('}', () => {
        space();
        const keyAt = i;
        take(STRING);
        const key = JSON.parse(text.slice(keyAt, i)) as string;
        const member = path ? `${path}.${key}` : key;
        offsets.set(member, keyAt);
        space();
        if (text[i] !== ':') throw i;
        i++;
        value(member);
      });
    if (text[i] === '[') return list(']', (index) => value(`${path}[${index}]`));
    take(text[i] === '"' ? STRING : SCALAR);
  };
  try {
    value('');
    space();
    return { errorAt: i < text.length ? i : -1, offsets };
  } catch (at) {
    return { errorAt: at as number, offsets };
  }
}

/** "line 12, column 5" for an offset (both counted from 1). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** A one-sentence hint for the mistakes editors make most, or "" when none fits. */
export function jsonMistakeHint(text: string, offset: number): string {
  return jsonMistake(text, offset).hint;
}

/**
 * The mistake at a syntax error, in plain words, and where the editor should look: for a trailing
 * comma, the comma itself (the parser only notices it at the bracket, often a line later); for a
 * missing comma, the end of the item before; for an unclosed text, its opening quote.
 */
export function jsonMistake(text: string, offset: number): { offset: number; hint: string } {
  const before = text.slice(0, offset).trimEnd();
  const previous = before.at(-1);
  const here = text[offset];
  if (previous === ',' && (here === ']' || here === '}'))
    return {
      offset: before.length - 1,
      hint: 'a comma after the last item of a list or record: remove this trailing comma',
    };
  if (here === "'") return { offset, hint: 'JSON needs double quotes ("), not single quotes' };
  if (here === undefined)
    return { offset, hint: 'the file ends too early: a closing bracket ] or brace } is missing' };
  if (here === '"') {
    const line = text.slice(offset + 1).split('\n')[0]!;
    if (!/(^|[^\\])(\\\\)*"/.test(line))
      return { offset, hint: 'this text has no closing quote: add " at its end, before the comma' };
  }
  if (
    previous !== undefined &&
    /["}\]\w]/.test(previous) &&
    (here === '{' || here === '"' || here === '[')
  )
    return { offset: before.length, hint: 'a comma is missing between two items: add one here' };
  if (previous === '"' && /[\p{L}\d]/u.test(here))
    return {
      offset,
      hint: 'a double quote inside a text ends it early: write \\" for a quote inside a text (or use “ ”)',
    };
  if (/[\p{L}]/u.test(here) && previous !== undefined && ':[,'.includes(previous))
    return {
      offset,
      hint: 'a text must be written between double quotes, e.g. "arson"; numbers, true, false and null take none',
    };
  return { offset, hint: '' };
}
