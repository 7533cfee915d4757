/**
 * The editors' guide (content/README.md) is run as written: every command it names exists, the
 * fast check runs as typed, its git commands undo a change in a scratch repository, its publish
 * command sets the site address the build uses, its image example passes the lints, and every
 * local address it gives is a page of the site. (Its JSON examples are built in
 * tests/build/data-drives-prose.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lintContent } from '../../src/lint/index.ts';

const GUIDE = readFileSync('content/README.md', 'utf8');
const scripts = Object.keys(
  JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>,
);

/** The fenced blocks of one guide section (from its heading to the next heading of any level). */
function blocks(heading: string, lang: string): string[] {
  const start = GUIDE.indexOf(`\n${heading}\n`);
  if (start < 0) expect.fail(`content/README.md has no "${heading}" section`);
  const rest = GUIDE.slice(start + heading.length + 2);
  const section = rest.slice(0, rest.search(/\n#{2,4} /) + 1 || undefined);
  return [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) =>
    m[1]!.replace(/^ {3}/gm, ''),
  );
}

describe("the editors' guide, run as written", () => {
  test("every npm command it names is one of the project's scripts", () => {
    const named = [...GUIDE.matchAll(/`npm (?:run )?([a-z:]+)/g)]
      .map((m) => m[1]!)
      .filter((n) => n !== 'install');
    expect(named.length).toBeGreaterThan(5);
    for (const name of new Set(named)) expect(scripts, `npm run ${name}`).toContain(name);
  });

  test('the fast check, `npm run check -- --no-types`, runs as typed and passes on the real content', () => {
    expect(GUIDE).toContain('`npm run check -- --no-types`');
    const r = spawnSync('npm', ['run', 'check', '--', '--no-types'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('– astro check (types): skipped (--no-types).');
  }, 60_000);

  test('"Undo a change": its git commands, in order, restore an edit and revert a commit', () => {
    const [commands] = blocks('### Undo a change', 'sh');
    const lines = commands!.trim().split('\n');
    expect(lines).toEqual([
      'git status',
      'git diff content/data/prison-attacks.json',
      'git restore content/data/prison-attacks.json',
      'git revert --no-edit HEAD',
    ]);
    const repo = mkdtempSync(join(tmpdir(), 'under-fire-guide-git-'));
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 'Editor',
      GIT_AUTHOR_EMAIL: 'e@example.org',
      GIT_COMMITTER_NAME: 'Editor',
      GIT_COMMITTER_EMAIL: 'e@example.org',
    };
    const sh = (command: string) => {
      const r = spawnSync('sh', ['-c', command], { cwd: repo, env, encoding: 'utf8' });
      expect(r.status, `${command}\n${r.stderr}`).toBe(0);
      return r.stdout;
    };
    const file = join(repo, 'content/data/prison-attacks.json');
    mkdirSync(join(repo, 'content/data'), { recursive: true });
    sh('git init -q');
    writeFileSync(file, '{ "version": 1 }\n');
    sh('git add -A && git commit -qm published');
    writeFileSync(file, '{ "version": 2 }\n');
    sh('git commit -qam "a change to undo"');
    writeFileSync(file, '{ "version": 3, "unsaved": true }\n');
    expect(sh(lines[0]!)).toContain('content/data/prison-attacks.json');
    expect(sh(lines[1]!)).toContain('+{ "version": 3, "unsaved": true }');
    sh(lines[2]!);
    expect(readFileSync(file, 'utf8')).toBe('{ "version": 2 }\n');
    sh(lines[3]!);
    expect(readFileSync(file, 'utf8')).toBe('{ "version": 1 }\n');
  });

  test('"Publish": the command sets the address the build uses', () => {
    const [command] = blocks('### Publish', 'sh');
    const m = /^UNDER_FIRE_SITE=(\S+) npm run build$/.exec(command!.trim());
    expect(m, command).not.toBeNull();
    const r = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        'const { SITE } = await import("./astro.config.mjs"); console.log(SITE)',
      ],
      {
        env: { ...process.env, UNDER_FIRE_SITE: m![1]! },
        encoding: 'utf8',
      },
    );
    expect(r.stdout.trim(), r.stderr).toBe(m![1]);
    expect(GUIDE).toMatch(/Copy the whole `dist\/` folder/);
  }, 30_000);

  test('"Images": the example passes the lints and points into public/images/', () => {
    const [example] = blocks('### Images', 'mdx');
    const src = /\]\((\/images\/[^)]+)\)/.exec(example!)?.[1];
    expect(src).toBeDefined();
    expect(GUIDE).toContain(`public${src}`);
    const dataFile = 'content/data/prison-attacks.json';
    const findings = lintContent({
      storyText: example!,
      storyFile: 'story.mdx',
      dataText: readFileSync(dataFile, 'utf8'),
      dataFile,
    });
    expect(findings.filter((f) => f.file === 'story.mdx')).toEqual([]);
  });

  test('every local address it gives is a page of the site', () => {
    const paths = [
      ...new Set([...GUIDE.matchAll(/http:\/\/127\.0\.0\.1:4321(\/[\w/-]*)/g)].map((m) => m[1]!)),
    ];
    expect(paths).toEqual(expect.arrayContaining(['/components/', '/data/', '/embed/']));
    for (const path of paths) {
      const page = path === '/' ? 'src/pages/index.astro' : `src/pages${path}index.astro`;
      expect(existsSync(page), `${path} (${page})`).toBe(true);
    }
  });
});
