/**
 * npm run new-trust: a new trust folder with the page types chosen, refused by the check until
 * every fact only the trust knows is given, and that builds once its guidance is replaced.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroCacheDir } from '../../src/publishing/astro-cache-dir.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import { typeName } from '../../src/page-types/define.ts';
import { pageTypeDefinitions, pageTypes } from '../../src/page-types/registry.ts';
import { kindOf } from '../../src/site/page-kinds.ts';
import { defaultLanguage, wordsFor } from '../../src/words/index.ts';
import { parse } from 'yaml';
import { hashFolder, readPage, repoRoot, runBuild, textOf } from '../support/built-sites.ts';

/** The page types in the order the command lists them, each with the file it writes: the registry's (src/page-types/registry.ts). */
const pageTypesByFile = Object.fromEntries(pageTypeDefinitions.map((definition) => [typeName(definition), definition.scaffoldFile]));

let work: string;
let content: string;

function newTrust(args: string[]): { code: number; output: string } {
  try {
    // stdin is a pipe, as in CI: the command must not wait for an answer (the timeout would fail the test).
    const output = execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'new-trust.ts'), ...args, '--content', content], {
      encoding: 'utf8',
      stdio: 'pipe',
      timeout: 120_000,
    });
    return { code: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, output: failed.stdout + failed.stderr };
  }
}

/** The facts only a trust knows, as its comms officer would give them in trust.yaml. */
const trustFacts: Record<string, string> = {
  'url:': 'url: https://www.riverside.example/strategy/',
  'name:': 'name: Caring for Riverside',
  'start:': 'start: 2026',
  'end:': 'end: 2031',
  'status:': 'status: engagement',
};

/** What a comms officer does with the scaffold: gives the trust's facts and writes their own words over every "Replace this". */
function replaceGuidance(dir: string): void {
  const settings = path.join(dir, 'trust.yaml');
  writeFileSync(
    settings,
    readFileSync(settings, 'utf8').replace(
      /^(\s*)(url:|name:|start:|end:|status:) .*(Replace this|example\.nhs\.uk).*$/gm,
      (_line, indent: string, key: string) => `${indent}${trustFacts[key]}`,
    ),
  );
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(md|yaml)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/Replace this( with| to)?:?/g, 'Our own words on')
        .replace(/example\.nhs\.uk/g, 'riverside.example'),
    );
  }
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-new-trust-'));
  content = path.join(work, 'content');
  mkdirSync(content);
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  if (content) rmSync(astroCacheDir(repoRoot, content), { recursive: true, force: true });
});

describe('npm run new-trust', () => {
  it('creates a small default set of pages with their easy read twins, without asking when no one can answer', () => {
    const result = newTrust(['brookside', '--name', 'Brookside NHS Trust']);
    expect(result.code).toBe(0);
    expect(result.output).toContain('Created content/brookside/ for Brookside NHS Trust, with these pages and their easy read versions:');
    const pages = readdirSync(path.join(content, 'brookside')).filter((file) => file.endsWith('.md'));
    expect(pages.sort()).toEqual(['goals.md', 'index.md', 'mission.md', 'values.md']);
    expect(readdirSync(path.join(content, 'brookside', 'easy-read')).sort()).toEqual(pages.sort());
    rmSync(path.join(content, 'brookside'), { recursive: true });
  });

  it('takes the page types with --pages, and refuses a type that does not exist in one plain line', () => {
    const chosen = newTrust(['brookside', '--name', 'Brookside NHS Trust', '--pages', 'engagement,themes']);
    expect(chosen.code).toBe(0);
    expect(
      readdirSync(path.join(content, 'brookside'))
        .filter((file) => file.endsWith('.md'))
        .sort(),
    ).toEqual(['engagement.md', 'themes.md']);
    rmSync(path.join(content, 'brookside'), { recursive: true });
    const wrong = newTrust(['brookside', '--name', 'Brookside NHS Trust', '--pages', 'goals,valeus']);
    expect(wrong.code).toBe(1);
    expect(wrong.output.trim()).toBe(
      `"valeus" is not a page type. Did you mean "values"? The types are: ${Object.keys(pageTypesByFile).join(', ')} (or all).`,
    );
  });

  it('invents no fact: contact details, reply time and accessibility results are left out, and untested is said', () => {
    const result = newTrust(['riverside', '--name', 'Riverside Community NHS Trust', '--pages', 'all']);
    expect(result.code).toBe(0);
    const settings = parse(readFileSync(path.join(content, 'riverside', 'trust.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;
    expect(settings.contact).toBeUndefined();
    expect(settings.accessibility).toEqual({ compliance: 'not-assessed', knownIssues: [] });
    const pages = readdirSync(path.join(content, 'riverside')).filter((file) => file.endsWith('.md'));
    expect(pages).toHaveLength(pageTypes.length);
    expect(readdirSync(path.join(content, 'riverside', 'easy-read')).sort()).toEqual(pages.sort());
  });

  it('writes no fact it was not given: the kind of organisation only from the name or --descriptor, no years or status, the address only from --url', () => {
    const settingsOf = (slug: string) =>
      parse(readFileSync(path.join(content, slug, 'trust.yaml'), 'utf8')) as Record<string, unknown> & {
        strategy: Record<string, unknown>;
      };
    const cases = [
      ['blackpool', 'Blackpool Teaching Hospitals NHS Foundation Trust', [], 'NHS Foundation Trust', 'Blackpool Teaching Hospitals'],
      ['barts', 'Barts Health NHS Trust', [], 'NHS Trust', 'Barts Health'],
      ['aneurin', 'Aneurin Bevan University Health Board', [], 'University Health Board', 'Aneurin Bevan'],
      ['guys', "Guy's and St Thomas'", [], undefined, "Guy's and St Thomas'"],
      [
        'leeds',
        'Leeds Teaching Hospitals',
        ['--descriptor', 'NHS Trust', '--url', 'https://www.leeds.example/strategy/'],
        'NHS Trust',
        'Leeds Teaching Hospitals',
      ],
    ] as const;
    for (const [slug, name, options, descriptor, shortName] of cases) {
      const result = newTrust([slug, '--name', name, '--pages', 'overview', ...options]);
      expect(result.code, result.output).toBe(0);
      const settings = settingsOf(slug);
      expect(settings.descriptor, name).toBe(descriptor);
      expect(settings.shortName, name).toBe(shortName);
      expect(settings.strategy.period, name).toBeUndefined();
      expect(settings.strategy.status, name).toBeUndefined();
      // An address not given is left as guidance the check refuses, never published.
      expect(settings.url, name).toBe(
        options.length ? 'https://www.leeds.example/strategy/' : `https://www.example.nhs.uk/${slug}/strategy/`,
      );
      rmSync(path.join(content, slug), { recursive: true });
    }
  });

  it('is refused while untouched, with every fact the template cannot know named, and only guidance wrong', async () => {
    const problems = await checkContent({ contentDir: content, displayRoot: work });
    const placeholders = problems.filter((problem) => problem.rule === 'placeholder');
    const facts = placeholders.filter((problem) => problem.file.endsWith('trust.yaml')).map((problem) => problem.field);
    expect(facts).toEqual(['url', 'strategy.name']);
    // A fact left as guidance may also be the wrong kind of value (a year): but on that line only.
    const guidanceLines = new Set(placeholders.map((problem) => `${problem.file}:${problem.line}`));
    expect(problems.filter((problem) => !guidanceLines.has(`${problem.file}:${problem.line}`))).toEqual([]);
    expect(problems.every((problem) => problem.severity === 'error')).toBe(true);
  });

  it('is not published while the guidance text is still in it, and npm run check fails too', async () => {
    const check = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'check.ts'), '--content', content], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/content\/riverside\/goals\.md:\d+:\d+\n\s+error \(placeholder\)/);
    expect(check.stdout).toMatch(/content\/riverside\/trust\.yaml:\d+:\d+\n\s+error \(placeholder\) strategy → name: /);
    const build = await runBuild(['--content', content, '--out', path.join(work, 'refused')]);
    expect(build.code).toBe(1);
    expect(build.stderr).toMatch(/content\/riverside\/goals\.md:\d+:\d+\n\s+error \(placeholder\)/);
    expect(build.stderr).not.toMatch(/fault in the site builder/);
  });

  it('builds, with a page of every type, once the guidance is replaced', async () => {
    replaceGuidance(path.join(content, 'riverside'));
    expect((await checkContent({ contentDir: content, displayRoot: work })).filter((problem) => problem.severity === 'error')).toEqual([]);
    const dist = path.join(work, 'dist');
    const build = await runBuild(['--content', content, '--out', dist]);
    expect(build.code, build.stderr).toBe(0);
    const site = path.join(dist, 'riverside');
    const kinds = new Set<string>();
    for (const link of readPage(site, 'contents/').querySelectorAll('main a')) {
      const pagePath = link.getAttribute('href')!.replace('/strategy/', '');
      if (!pagePath || pagePath.startsWith('easy-read/')) continue;
      const meta = readPage(site, pagePath).querySelector('meta[name="strategy:kind"]');
      if (meta) kinds.add(meta.getAttribute('content')!);
    }
    // Every type has a page of its kind (the overview is the home page's introduction).
    const expected = pageTypes.filter((type) => type !== 'overview').map((type) => kindOf(type, wordsFor(defaultLanguage)));
    expect([...kinds]).toEqual(expect.arrayContaining(expected));
    expect(textOf(readPage(site, '').querySelector('header'))).toContain('Riverside Community');
  });

  it('refuses a slug that already exists and changes nothing', () => {
    const before = hashFolder(path.join(content, 'riverside'));
    const result = newTrust(['riverside', '--name', 'Another Trust']);
    expect(result.code).toBe(1);
    expect(result.output).toContain('content/riverside/ already exists, so nothing was changed.');
    expect(hashFolder(path.join(content, 'riverside'))).toBe(before);
  });

  it('refuses a slug that cannot be a web address', () => {
    const result = newTrust(['River Side', '--name', 'River Side NHS Trust']);
    expect(result.code).toBe(1);
    expect(result.output).toContain('lower case letters, numbers and single dashes only');
  });
});
