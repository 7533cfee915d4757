/**
 * Each drawing made once: a graphic drawn from the same inputs with the same options is the same
 * markup wherever a page shows it (the story, its embed, the gallery), and on every request of
 * `astro dev` until what it draws changes. An edit of the story's words redraws nothing; a data
 * edit redraws only the drawings whose inputs it changed.
 *
 * Drawings are kept per registry entry (`graphic`): in `astro dev`, a change to a renderer's code
 * loads the entry anew, and with it an empty store. `key` is everything else the drawing depends
 * on (its inputs from the data, its options), as JSON (Maps and Sets as their entries), hashed.
 * The newest `LIMIT` drawings of each graphic are kept.
 */
import { createHash } from 'node:crypto';

const LIMIT = 500;
const drawings = new WeakMap<object, Map<string, string>>();

const asJson = (_key: string, value: unknown) =>
  value instanceof Map || value instanceof Set ? [...value] : value;

export function drawOnce(graphic: object, key: unknown, draw: () => string): string {
  let made = drawings.get(graphic);
  if (!made) drawings.set(graphic, (made = new Map()));
  const hash = createHash('sha256')
    .update(JSON.stringify(key, asJson) ?? '')
    .digest('base64');
  let markup = made.get(hash);
  if (markup === undefined) {
    markup = draw();
    made.set(hash, markup);
    if (made.size > LIMIT) made.delete(made.keys().next().value!);
  }
  return markup;
}
