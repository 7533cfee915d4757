/**
 * How captions give the incidents whose link to the wave is unconfirmed: beside the established
 * count, never inside it.
 */
import { formats } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { ui } from '../i18n/ui/index.ts';

/** ", and two more whose link to the wave is unconfirmed (drawn hollow)", or nothing when there are none. */
export function besideUnconfirmed(lang: Lang, n: number, noun = '', more = true): string {
  const t = ui(lang).unconfirmed;
  const f = formats(lang);
  const what = [more ? t.more[f.plural(n) === 'one' ? 0 : 1] : '', noun].filter(Boolean).join(' ');
  return n ? t.beside(f.number(n, 'words'), what) : '';
}
