/**
 * In the built story, no number or date that begins a sentence starts with a lower-case letter:
 * every <span class="num"> and <time> is read with the text before it in its paragraph.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';

describe('the built story', () => {
  test('numbers and dates that begin a sentence begin with a capital', () => {
    const { document } = parseHTML(readFileSync('dist/index.html', 'utf8'));
    const offenders: string[] = [];
    let starts = 0;
    for (const block of document.querySelectorAll('.prose p, .prose li, .step-body p, li.step p')) {
      let before = '';
      const read = (node: Node) => {
        if (node.nodeType === 3) before += node.textContent ?? '';
        else if (
          node instanceof document.defaultView!.HTMLElement &&
          (node.matches('span.num') || node.matches('time'))
        ) {
          const text = node.textContent ?? '';
          if (/(?:^|[.!?…]["'”’)\]]*)\s*["'“‘(\[]*$/u.test(before)) {
            starts++;
            if (/^\p{Ll}/u.test(text)) offenders.push(`…${before.slice(-40)}[${text}]`);
          }
          before += text;
        } else node.childNodes.forEach(read);
      };
      block.childNodes.forEach(read);
    }
    expect(starts).toBeGreaterThan(0);
    expect(offenders).toEqual([]);
  });
});
