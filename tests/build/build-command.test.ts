/**
 * The build command's contract with the comms team and the host: one trust can be built
 * alone, an unknown trust or bad content is a plain error with a non-zero exit, and a
 * failed build leaves the published sites exactly as they were.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { astroCacheDir } from '../../src/publishing/astro-cache-dir.ts';
import { hashFolder, repoRoot, runBuild } from '../support/built-sites.ts';

let work: string;
let content: string;
let dist: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-command-'));
  content = path.join(work, 'content');
  dist = path.join(work, 'dist');
  cpSync(path.join(repoRoot, 'content'), content, { recursive: true });
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  if (content) rmSync(astroCacheDir(repoRoot, content), { recursive: true, force: true });
});

describe('npm run build -- --trust <slug>', () => {
  it('builds that trust only', async () => {
    const result = await runBuild(['--trust', 'fenmoor', '--content', content, '--out', dist]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✓ fenmoor');
    expect(result.stdout).toMatch(/Built 1 trust, \d+ pages/);
    expect(readdirSync(dist).filter((name) => !name.startsWith('.'))).toEqual(['fenmoor']);
  });

  it('names the trusts that exist when the slug is unknown', async () => {
    const result = await runBuild(['--trust', 'fenmore', '--content', content, '--out', dist]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('There is no trust called "fenmore" (did you mean "fenmoor"?)');
    expect(result.stderr).toContain('Trusts found: afon-las, ashdown-valley, fenmoor, harbourside, northwold.');
  });
});

describe('two clean builds of the same content', () => {
  it('are byte-for-byte identical', async () => {
    // The first is the tests' shared build of content/ (tests/support/global-setup.ts, made with no cache); the second, of a copy.
    const second = path.join(work, 'clean-2');
    rmSync(astroCacheDir(repoRoot, content), { recursive: true, force: true });
    expect((await runBuild(['--content', content, '--out', second])).code).toBe(0);
    expect(hashFolder(second)).toBe(hashFolder(inject('builtSites')));
  });
});

describe('a build with a content mistake', () => {
  it('stops with the file and field named, and leaves the published site untouched', async () => {
    // The published sites: those the shared build made from the same content.
    const published = path.join(work, 'published');
    cpSync(inject('builtSites'), published, { recursive: true });
    const before = hashFolder(published);

    const mission = path.join(content, 'harbourside', 'mission.md');
    writeFileSync(mission, readFileSync(mission, 'utf8').replace(/^statement: .*$/m, ''));
    const result = await runBuild(['--content', content, '--out', published]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The build stopped. No published site was changed.');
    expect(result.stderr).toContain('content/harbourside/mission.md:2');
    expect(result.stderr).toContain('statement: statement is missing. Add it as text, for example');
    expect(hashFolder(published)).toBe(before);
  });
});
