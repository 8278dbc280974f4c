/**
 * npm run external-links names each trust in its report as trust.yaml gives the name, read by
 * the one reader: a name with a colon in it is written in quotes in YAML, and the report shows
 * the name, not the quotes around it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/built-sites.ts';

const work = mkdtempSync(path.join(tmpdir(), 'strategy-external-links-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run external-links', () => {
  it('names a trust whose name has a colon in it as trust.yaml gives it', () => {
    const trustDir = path.join(work, 'content', 'harbourside');
    cpSync(path.join(repoRoot, 'content', 'harbourside'), trustDir, { recursive: true });
    const settings = path.join(trustDir, 'trust.yaml');
    const name = 'Harbourside Hospitals: Bay and City NHS Foundation Trust';
    writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^name: .*$/m, `name: "${name}"`));
    // A built site with no links to other websites: nothing is asked of the network.
    mkdirSync(path.join(work, 'dist', 'harbourside'), { recursive: true });
    writeFileSync(path.join(work, 'dist', 'harbourside', 'index.html'), '<!doctype html><title>Home</title><p>Home</p>');

    const reports = path.join(work, 'reports');
    const result = spawnSync(
      process.execPath,
      [
        path.join(repoRoot, 'scripts', 'ci', 'external-links.ts'),
        '--content',
        path.join(work, 'content'),
        '--dist',
        path.join(work, 'dist'),
        '--out',
        reports,
      ],
      { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(path.join(reports, 'harbourside.md'), 'utf8')).toContain(`on ${name}'s strategy site`);
    expect(JSON.parse(readFileSync(path.join(reports, 'summary.json'), 'utf8'))).toEqual([{ slug: 'harbourside', name, broken: 0 }]);
  });
});
