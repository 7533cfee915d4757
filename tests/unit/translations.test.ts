/**
 * Text in the data per language: every English text field has its French in the record's `fr`
 * object; `npm run check:data` lists each one missing or empty by file, line, path and record id,
 * and fails. The French edition reads the data through localised().
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localised, translationProblems, TRANSLATED_FIELDS } from '../../src/data/translations.ts';
import { SMALL, smallDataset } from '../support/fixtures.ts';

const raw = () => JSON.parse(readFileSync(SMALL, 'utf8'));

describe('translationProblems(input)', () => {
  test('finds none in a fully translated file (the fixture and the real data)', () => {
    expect(translationProblems(raw())).toEqual([]);
    expect(
      translationProblems(JSON.parse(readFileSync('content/data/prison-attacks.json', 'utf8'))),
    ).toEqual([]);
  });

  test('names each missing or empty translation by its path in the file', () => {
    const d = raw();
    delete d.incidents[1].fr.summary;
    d.timeline[0].fr.title = '  ';
    delete d.statistics[0].fr;
    const problems = translationProblems(d);
    expect(problems.map((p) => p.path.join('.'))).toEqual([
      'incidents.1.fr.summary',
      'timeline.0.fr.title',
      'statistics.0.fr.unit',
      'statistics.0.fr.label',
    ]);
    expect(problems[1]!.message).toMatch(/empty/);
    expect(problems[0]!.message).toMatch(/missing/);
  });

  test('asks for French only where the record has the English field', () => {
    const d = raw();
    const withoutNote = d.sources.findIndex((s: { note?: string }) => !s.note);
    expect(withoutNote).toBeGreaterThanOrEqual(0);
    delete d.sources[withoutNote].fr;
    expect(translationProblems(d)).toEqual([]);
  });

  test('covers every text field readers see', () =>
    expect(TRANSLATED_FIELDS).toEqual({
      sources: ['note', 'title', 'outlet'],
      places: ['name', 'locationNote', 'town'],
      incidents: ['summary', 'attribution', 'timeNote', 'countNote'],
      timeline: ['title', 'summary'],
      statistics: ['unit', 'label', 'note'],
      corrections: ['text'],
    }));
});

describe('npm run check:data on a file with translations missing', () => {
  test('lists each one with file, line, path and record id, and exits 1', () => {
    const d = raw();
    delete d.incidents[1].fr.summary;
    d.timeline[1].fr.summary = '';
    const dir = mkdtempSync(join(tmpdir(), 'under-fire-tr-'));
    const file = join(dir, 'data.json');
    writeFileSync(file, JSON.stringify(d, null, 2));
    const r = spawnSync(process.execPath, ['scripts/check-data.ts', file], { encoding: 'utf8' });
    const out = `${r.stdout}${r.stderr}`;
    expect(r.status).toBe(1);
    expect(out).toContain(`${file}: 2 translations missing or empty:`);
    expect(out).toMatch(
      new RegExp(
        `✗ ${file}:\\d+:\\d+: incidents\\[1\\]\\.fr\\.summary \\(record "${d.incidents[1].id}"\\): The French translation of "summary" is missing`,
      ),
    );
    expect(out).toMatch(
      /timeline\[1\]\.fr\.summary \(record "[^"]+"\): The French translation of "summary" is empty/,
    );
  });
});

describe('localised(d, lang)', () => {
  test('shows each record in French, English where a translation is missing', () => {
    const d = smallDataset();
    delete d.incidents[0]!.fr!.summary;
    const fr = localised(d, 'fr');
    expect(fr.incidents[1]!.summary).toBe(d.incidents[1]!.fr!.summary);
    expect(fr.incidents[0]!.summary).toBe(d.incidents[0]!.summary);
    expect(fr.places[0]!.name).toBe(d.places[0]!.fr!.name);
    expect(localised(d, 'en')).toBe(d);
  });
});
