/**
 * The broken data files: each is the small valid fixture (tests/fixtures/small.json) with a few
 * text edits from tests/fixtures/broken/patches.json, written out once per test run as
 * <name>.json in a temporary folder, so a mistake is a few lines, not a full copy of the file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMALL } from './fixtures.ts';

export const PATCHES = 'tests/fixtures/broken/patches.json';

interface BrokenCase {
  edits: { find: string; replace: string }[];
  /** Fragments the data check's message must contain. */
  expect: string[];
}

/** Every broken case by name, with its edits and expected message fragments. */
export function brokenCases(): Record<string, BrokenCase> {
  const { $comment: _, ...cases } = JSON.parse(readFileSync(PATCHES, 'utf8')) as Record<
    string,
    BrokenCase
  > & { $comment?: string };
  return cases;
}

/** The small fixture's text with a case's edits applied; throws when a `find` is missing or ambiguous. */
export function brokenText(name: string, base: string = readFileSync(SMALL, 'utf8')): string {
  const found = brokenCases()[name];
  if (!found) throw new Error(`${PATCHES} has no case "${name}".`);
  return found.edits.reduce((text, { find, replace }) => {
    const at = text.indexOf(find);
    if (at < 0 || text.indexOf(find, at + 1) >= 0)
      throw new Error(
        `${PATCHES}, case "${name}": the text to find occurs ${at < 0 ? 'nowhere' : 'more than once'} in ${SMALL}: ${JSON.stringify(find.slice(0, 60))}`,
      );
    return text.slice(0, at) + replace + text.slice(at + find.length);
  }, base);
}

let written: string | undefined;

/** The folder holding every broken file as <name>.json (written on first use). */
export function brokenDir(): string {
  if (written) return written;
  const dir = mkdtempSync(join(tmpdir(), 'under-fire-broken-'));
  for (const name of Object.keys(brokenCases()))
    writeFileSync(join(dir, `${name}.json`), brokenText(name));
  return (written = dir);
}

/** The path of one broken file, e.g. brokenFile('missing-source') → /tmp/…/missing-source.json. */
export const brokenFile = (name: string): string => join(brokenDir(), `${name}.json`);
