/**
 * The two editions of the story side by side (content/story.mdx and content/story.fr.mdx): the
 * same graphics, the same scrolly steps and the same numbers and dates from the data. A graphic or
 * a step in one edition and not the other is an error (a reader of that edition would miss it); a
 * <Num> or <DateOf> that one edition prints and the other does not, or prints a different number of
 * times, is a warning (the prose may differ on purpose; look at it). Pure: two trees in.
 */
import { GRAPHIC_COMPONENTS } from '../story/componentProps.ts';
import type { LintMessage } from './message.ts';
import { isElement, prop, walk, type MdxNode } from './mdx.ts';

export interface Edition {
  tree: MdxNode;
  file: string;
}

interface Use {
  key: string;
  line: number | undefined;
  column: number | undefined;
}

const text = (v: ReturnType<typeof prop>) => (typeof v === 'string' ? v : undefined);

/** What an edition shows: its graphics (in order), its steps, and the numbers and dates it prints. */
function inventory(tree: MdxNode) {
  const graphics: Use[] = [];
  const steps: (Use & { id: string; en: string | undefined })[] = [];
  const values: Use[] = [];
  walk(tree, (node) => {
    if (!isElement(node) || !node.name) return;
    const at = { line: node.position?.start.line, column: node.position?.start.column };
    const name = node.name;
    if (name in GRAPHIC_COMPONENTS) graphics.push({ key: `<${name} />`, ...at });
    if (name === 'Scrolly')
      graphics.push({ key: `<Scrolly graphic="${text(prop(node, 'graphic')) ?? '?'}">`, ...at });
    if (name === 'Step') {
      const id = text(prop(node, 'id')) ?? '';
      steps.push({ key: id, id, en: text(prop(node, 'en')), ...at });
    }
    if (name === 'Num') {
      const format = text(prop(node, 'format'));
      const key = `<Num of="${text(prop(node, 'of')) ?? '?'}"${format ? ` format="${format}"` : ''}>`;
      values.push({ key, ...at });
    }
    if (name === 'DateOf')
      values.push({ key: `<DateOf event="${text(prop(node, 'event')) ?? '?'}">`, ...at });
  });
  return { graphics, steps, values };
}

const counts = (uses: Use[]) => {
  const m = new Map<string, Use[]>();
  for (const u of uses) m.set(u.key, [...(m.get(u.key) ?? []), u]);
  return m;
};

/** Every difference between the English story and a translation that a reader would notice. */
export function lintEditions(english: Edition, translation: Edition): LintMessage[] {
  const en = inventory(english.tree);
  const tr = inventory(translation.tree);
  const messages: LintMessage[] = [];
  const say = (
    severity: LintMessage['severity'],
    edition: Edition,
    use: Use | undefined,
    where: string,
    message: string,
  ) =>
    messages.push({
      severity,
      file: edition.file,
      line: use?.line,
      column: use?.column,
      where,
      message,
    });

  // Graphics: the same ones, as many times.
  const [enG, trG] = [counts(en.graphics), counts(tr.graphics)];
  for (const [key, uses] of enG)
    if ((trG.get(key)?.length ?? 0) < uses.length)
      say(
        'error',
        translation,
        undefined,
        key,
        `${english.file} shows this graphic ${uses.length === 1 ? 'once' : `${uses.length} times`} and ${translation.file} ${trG.has(key) ? 'fewer times' : 'never'}: add it where the English has it`,
      );
  for (const [key, uses] of trG)
    if ((enG.get(key)?.length ?? 0) < uses.length)
      say(
        'error',
        english,
        undefined,
        key,
        `${translation.file} shows this graphic and ${english.file} ${enG.has(key) ? 'fewer times' : 'does not'}: add it to the English or remove it from the translation`,
      );

  // Steps: every translated step names its English step (en="…"), each English step once.
  const enIds = new Set(en.steps.map((s) => s.id));
  const matched = new Set<string>();
  for (const s of tr.steps) {
    if (!s.en)
      say(
        'error',
        translation,
        s,
        `<Step id="${s.id}">`,
        `A translated step names the English step it renders: add en="…" with the id of its step in ${english.file} (the language switch maps one to the other)`,
      );
    else if (!enIds.has(s.en))
      say(
        'error',
        translation,
        s,
        `<Step id="${s.id}" en="${s.en}">`,
        `${english.file} has no step "${s.en}"; its steps are ${[...enIds].join(', ')}`,
      );
    else if (matched.has(s.en))
      say(
        'error',
        translation,
        s,
        `<Step id="${s.id}" en="${s.en}">`,
        `Two steps render the English step "${s.en}"; each English step has one translation`,
      );
    else matched.add(s.en);
  }
  for (const s of en.steps)
    if (!matched.has(s.id))
      say(
        'error',
        english,
        s,
        `<Step id="${s.id}">`,
        `${translation.file} has no step for it: add <Step id="…" en="${s.id}"> in the same section`,
      );

  // Numbers and dates: a warning, as the prose may differ on purpose.
  const [enV, trV] = [counts(en.values), counts(tr.values)];
  for (const key of new Set([...enV.keys(), ...trV.keys()])) {
    const [a, b] = [enV.get(key) ?? [], trV.get(key) ?? []];
    if (a.length === b.length) continue;
    const [more, fewer, edition] = a.length > b.length ? [a, b, translation] : [b, a, english];
    say(
      'warning',
      edition,
      fewer[0] ?? undefined,
      key,
      `${english.file} prints it ${a.length} time${a.length === 1 ? '' : 's'} and ${translation.file} ${b.length}: check that the ${edition === translation ? 'translation' : 'English'} says everything the other edition does (${more.length - fewer.length} missing)`,
    );
  }
  return messages;
}
