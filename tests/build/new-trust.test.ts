/** npm run new-trust: a new trust folder that passes the check and builds straight away. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroCacheDir } from '../../src/publishing/astro-cache-dir.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import { pageTypes } from '../../src/schemas/pages/index.ts';
import { pageKindLabels } from '../../src/site/page-kinds.ts';
import { hashFolder, readPage, repoRoot, runBuild, textOf } from '../support/built-sites.ts';

let work: string;
let content: string;

function newTrust(args: string[]): { code: number; output: string } {
  try {
    const output = execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'new-trust.ts'), ...args, '--content', content], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, output: failed.stdout + failed.stderr };
  }
}

/** What a comms officer does with the scaffold: writes their own words over every "Replace this". */
function replaceGuidance(dir: string): void {
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
  it('creates a trust with every page type and its easy read twin, and says what to do next', async () => {
    const result = newTrust(['riverside', '--name', 'Riverside Community NHS Trust']);
    expect(result.code).toBe(0);
    expect(result.output).toContain('Created content/riverside/ for Riverside Community NHS Trust.');
    expect(result.output).toContain('npm run check -- --trust riverside');
    const pages = readdirSync(path.join(content, 'riverside')).filter((file) => file.endsWith('.md'));
    const twins = readdirSync(path.join(content, 'riverside', 'easy-read'));
    expect(twins.sort()).toEqual(pages.sort());
    // Only the template's guidance text is wrong, and the check refuses it as the build does.
    const problems = await checkContent({ contentDir: content, displayRoot: work });
    expect(problems.filter((problem) => problem.rule !== 'placeholder')).toEqual([]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.severity === 'error')).toBe(true);
  });

  it('is not published while the guidance text is still in it, and npm run check fails too', async () => {
    const check = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'check.ts'), '--content', content], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/content\/riverside\/goals\.md:\d+:\d+\n\s+error \(placeholder\)/);
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
      const pagePath = link.getAttribute('href')!.replace('/riverside/strategy/', '');
      if (!pagePath || pagePath.startsWith('easy-read/')) continue;
      const meta = readPage(site, pagePath).querySelector('meta[name="strategy:kind"]');
      if (meta) kinds.add(meta.getAttribute('content')!);
    }
    // Every type has a page of its kind (the overview is the home page's introduction).
    const expected = pageTypes.filter((type) => type !== 'overview').map((type) => pageKindLabels[type]);
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
