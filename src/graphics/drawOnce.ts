/**
 * Each drawing made once per dataset: a graphic drawn from the same dataset with the same options
 * is the same markup wherever a page shows it (the story, its embed, the gallery), and on every
 * request of `astro dev` until the data file changes, which gives a new dataset object
 * (src/data/load.ts): an edit of the story's words no longer redraws every chart and step.
 * `options` is everything the drawing depends on besides the dataset, as JSON.
 */
const drawings = new WeakMap<object, Map<string, string>>();

export function drawOnce(dataset: object, options: unknown, draw: () => string): string {
  let made = drawings.get(dataset);
  if (!made) drawings.set(dataset, (made = new Map()));
  const key = JSON.stringify(options);
  let markup = made.get(key);
  if (markup === undefined) made.set(key, (markup = draw()));
  return markup;
}
