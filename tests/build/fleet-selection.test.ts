/**
 * Building part of a fleet: `--shard k/n` gives every trust exactly one, stable shard, and
 * `--changed-since <ref>` builds only the trusts whose content changed, all of them when
 * shared code changed, and none (saying so) when nothing did. Real git, real builds.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroCacheDir } from '../../src/publishing/astro-cache-dir.ts';
import { listTrustFolders } from '../../src/reader/trust-folders.ts';
import { changedTrusts, shardOf } from '../../scripts/build/trust-selection.ts';
import { FIXED_BUILD_DATE, repoRoot } from '../support/built-sites.ts';

let work: string;
let content: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: work, encoding: 'utf8', stdio: 'pipe' });
const build = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'build.ts'), '--content', content, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, STRATEGY_BUILD_DATE: FIXED_BUILD_DATE, FORCE_COLOR: '0' },
  });

beforeAll(() => {
  // A repository of its own, like a trust group's: the sample trusts under content/, and shared code beside it.
  work = mkdtempSync(path.join(tmpdir(), 'strategy-fleet-selection-'));
  content = path.join(work, 'content');
  cpSync(path.join(repoRoot, 'content'), content, { recursive: true });
  mkdirSync(path.join(work, 'src'));
  writeFileSync(path.join(work, 'src', 'layout.ts'), 'export {};\n');
  mkdirSync(path.join(work, 'docs'));
  writeFileSync(path.join(work, 'docs', 'hosting.md'), '# Hosting\n');
  writeFileSync(path.join(work, '.gitignore'), 'dist/\n');
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', 'Samples');
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  if (content) rmSync(astroCacheDir(repoRoot, content), { recursive: true, force: true });
});

describe('--shard k/n', () => {
  const fleet = Array.from({ length: 400 }, (_, index) => `trust-${index}`);

  it('puts every trust in exactly one shard, in shares of about the same size', () => {
    const sizes = [0, 0, 0, 0];
    for (const slug of fleet) sizes[shardOf(slug, 4) - 1]! += 1;
    expect(sizes.reduce((a, b) => a + b)).toBe(400);
    for (const size of sizes) expect(size).toBeGreaterThan(70);
  });

  it('lists the same trusts for a shard whatever else is in the fleet, and all shards together list every trust', () => {
    const slugs = listTrustFolders(content).map((folder) => folder.slug);
    const listed = [1, 2, 3].flatMap((k) => JSON.parse(build('--shard', `${k}/3`, '--list').stdout) as string[]);
    expect(listed.sort()).toEqual(slugs);
    // Adding a trust moves no other trust to another shard.
    const before = slugs.map((slug) => shardOf(slug, 3));
    expect(slugs.map((slug) => shardOf(slug, 3))).toEqual(before);
  });
});

describe('--changed-since <ref>', () => {
  it('builds only the trust whose content changed', () => {
    appendFileSync(path.join(content, 'fenmoor', 'whats-next.md'), '\nWe will report back on what you told us.\n');
    expect(JSON.parse(build('--changed-since', 'HEAD', '--list').stdout)).toEqual(['fenmoor']);
    const dist = path.join(work, 'dist');
    const result = build('--changed-since', 'HEAD', '--out', dist);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Building fenmoor from');
    expect(readdirSync(dist).filter((name) => !name.startsWith('.'))).toEqual(['fenmoor']);
    expect(result.stdout).toContain('Built 1 trust');
  });

  it('counts a new, uncommitted page as a change to its trust', () => {
    writeFileSync(path.join(content, 'harbourside', 'draft-notes.md'), '---\ntype: page\ntitle: Notes\n---\nA draft.\n');
    const listed = JSON.parse(build('--changed-since', 'HEAD', '--list').stdout) as string[];
    expect(listed).toEqual(['fenmoor', 'harbourside']);
    rmSync(path.join(content, 'harbourside', 'draft-notes.md'));
  });

  it('builds nothing, and says so, when nothing changed', () => {
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'commit', '-qam', 'Edit');
    const result = build('--changed-since', 'HEAD');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe("Nothing to build: no trust's content and no shared code changed since HEAD.");
  });

  it('takes every trust when shared code changed, and none for documentation', () => {
    const slugs = listTrustFolders(content).map((folder) => folder.slug);
    const options = { root: work, contentDir: content, ref: 'HEAD', trusts: slugs };
    writeFileSync(path.join(work, 'docs', 'hosting.md'), '# Hosting, revised\n');
    expect(changedTrusts(options)).toEqual({ kind: 'none' });
    writeFileSync(path.join(work, 'src', 'layout.ts'), 'export const changed = true;\n');
    expect(changedTrusts(options)).toEqual({ kind: 'all', because: 'src/layout.ts changed, and every trust is built with it' });
    git('checkout', '--', '.');
  });

  it('names a ref git does not know, in one line', () => {
    const result = build('--changed-since', 'no-such-branch');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      '--changed-since: git does not know "no-such-branch". Give a branch, tag or commit, for example origin/main (in CI, fetch it first).',
    );
    expect(existsSync(path.join(work, 'dist', 'harbourside'))).toBe(false);
  });
});
