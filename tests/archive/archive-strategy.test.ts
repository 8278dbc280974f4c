/**
 * npm run archive-strategy: the current strategy is copied whole, byte for byte, into
 * previous/<start>-<end>/ with a frozen copy of its settings; a second run is refused and
 * changes nothing; a trust with no strategy.period is refused in plain words. The archived
 * sample is then read as a previous edition, never as the current strategy's pages.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContent } from '../../src/reader/read-content.ts';
import { checkContent } from '../../src/checks/check-content.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

function run(args: string[]) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'archive-strategy.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder with its bytes, for comparing two folders. */
function snapshot(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [key, value] of snapshot(dir, relative)) files.set(key, value);
    else files.set(relative, readFileSync(path.join(dir, relative)).toString('base64'));
  }
  return files;
}

let work: string;
let trust: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-archive-'));
  trust = path.join(work, 'content', 'fenmoor');
  cpSync(path.join(repoRoot, 'content', 'fenmoor'), trust, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const periodOf = (text: string) => /period:\s*\n\s*start:\s*(\d{4})\s*\n\s*end:\s*(\d{4})/.exec(text);

describe('npm run archive-strategy', () => {
  it('copies every page, easy read page and the files they name byte for byte, and freezes the settings with the day it was replaced', () => {
    const settings = readFileSync(path.join(trust, 'trust.yaml'), 'utf8');
    const [, start, end] = periodOf(settings)!;
    const result = run(['fenmoor', '--content', path.join(work, 'content'), '--replaced', '2026-04-01']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const archive = path.join(trust, 'previous', `${start}-${end}`);
    expect(result.stdout).toContain(`previous/${start}-${end}/`);
    const copied = snapshot(archive);
    const original = snapshot(trust);
    const pages = [...original.keys()].filter((file) => /\.mdx?$/.test(file) && !file.startsWith('previous/'));
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) expect(copied.get(page), page).toBe(original.get(page));
    for (const [file, bytes] of copied) if (file !== 'trust.yaml') expect(bytes, file).toBe(original.get(file));
    // A picture an easy read page shows is copied with it, so the archived page still shows it.
    const pictures = [...copied.keys()].filter((file) => file.startsWith('files/'));
    expect(pictures.length).toBeGreaterThan(0);
    const frozen = readFileSync(path.join(archive, 'trust.yaml'), 'utf8');
    expect(frozen.startsWith(settings)).toBe(true);
    expect(frozen).toMatch(/\nreplaced: 2026-04-01\n$/);
  });

  it('refuses a second run for the same years, with exit 1 and nothing changed', () => {
    expect(run(['fenmoor', '--content', path.join(work, 'content')]).code).toBe(0);
    const before = snapshot(trust);
    const times = statSync(path.join(trust, 'previous')).mtimeMs;
    const again = run(['fenmoor', '--content', path.join(work, 'content')]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already has an archived strategy for \d{4} to \d{4}.*nothing was changed/);
    expect(again.stdout).toBe('');
    expect(snapshot(trust)).toEqual(before);
    expect(statSync(path.join(trust, 'previous')).mtimeMs).toBe(times);
  });

  it('refuses a trust with no strategy.period, saying to add it first', () => {
    const settings = readFileSync(path.join(trust, 'trust.yaml'), 'utf8');
    writeFileSync(path.join(trust, 'trust.yaml'), settings.replace(/\n {2}period:\s*\n\s*start:\s*\d{4}\s*\n\s*end:\s*\d{4}/, ''));
    const result = run(['fenmoor', '--content', path.join(work, 'content')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('has no strategy.period');
    expect(result.stderr).toContain('Add the years the strategy covers first');
    expect(readdirSync(trust)).not.toContain('previous');
  });

  it('an archived strategy is read as a previous edition, and the check does not judge it as current pages', async () => {
    expect(run(['fenmoor', '--content', path.join(work, 'content')]).code).toBe(0);
    const model = readContent({ contentDir: path.join(work, 'content'), displayRoot: work });
    const fenmoor = model.trusts.find((source) => source.slug === 'fenmoor')!;
    expect(fenmoor.pages.some((page) => page.relativePath.startsWith('previous/'))).toBe(false);
    expect(fenmoor.previous).toHaveLength(1);
    expect(fenmoor.previous[0]!.pages.length).toBe(fenmoor.pages.length);
    expect(model.problems).toEqual([]);
    const checked = await checkContent({ contentDir: path.join(work, 'content'), displayRoot: work });
    expect(checked.filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});

describe('the sample previous strategy', () => {
  it("Harbourside's 2019 to 2024 strategy is read as a previous edition with its own settings", () => {
    const model = readContent({ contentDir: path.join(repoRoot, 'content'), displayRoot: repoRoot, trusts: ['harbourside'] });
    const harbourside = model.trusts[0]!;
    const edition = harbourside.previous.find((previous) => previous.period === '2019-2024')!;
    expect(edition.settings?.data['replaced']).toBeDefined();
    expect((edition.settings?.data['strategy'] as { name: string }).name).toBe('Caring for our coast');
    expect(edition.pages.map((page) => page.pagePath)).toContain('ambitions/');
    expect(harbourside.pages.map((page) => page.pagePath)).not.toContain('ambitions/');
    expect(model.problems).toEqual([]);
  });
});
