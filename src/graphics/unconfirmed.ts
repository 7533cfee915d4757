/**
 * How captions give the incidents whose link to the wave is unconfirmed: beside the established
 * count, never inside it.
 */
import { formatNumber } from '../data/format.ts';

/** ", and two more whose link to the wave is unconfirmed (drawn hollow)", or nothing when there are none. */
export function besideUnconfirmed(n: number, noun = '', more = true): string {
  const what = [more ? 'more' : '', noun].filter(Boolean).join(' ');
  return n
    ? `, and ${formatNumber(n, 'words')}${what ? ` ${what}` : ''} whose link to the wave is unconfirmed (drawn hollow)`
    : '';
}
