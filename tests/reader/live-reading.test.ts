/**
 * The live preview's reading: after a save, the entries are the files as they now are, and
 * only the trust the dev server's watcher named is read again.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiveReading } from '../../src/reader/live-reading.ts';

const samples = path.resolve(import.meta.dirname, '..', '..', 'content');
let contentDir: string;

beforeEach(() => {
  contentDir = path.join(mkdtempSync(path.join(tmpdir(), 'live-reading-')), 'content');
  for (const slug of ['harbourside', 'fenmoor']) cpSync(path.join(samples, slug), path.join(contentDir, slug), { recursive: true });
});
afterEach(() => {
  rmSync(path.dirname(contentDir), { recursive: true, force: true });
});

const bodyOf = (reading: LiveReading, id: string) => reading.entries().find((entry) => entry.id === id)?.body ?? '';
const trustsOf = (reading: LiveReading) => [...new Set(reading.entries().map((entry) => entry.id.split('/')[0]))];

describe('LiveReading', () => {
  it('shows a saved page once the watcher names it', () => {
    const reading = new LiveReading(contentDir, []);
    expect(bodyOf(reading, 'harbourside/goals')).not.toContain('A sentence saved in the preview.');
    const file = path.join(contentDir, 'harbourside', 'goals.md');
    appendFileSync(file, '\nA sentence saved in the preview.\n');
    expect(reading.changed(file)).toBe(true);
    expect(bodyOf(reading, 'harbourside/goals')).toContain('A sentence saved in the preview.');
  });

  it('reads again only the trust the watcher named', () => {
    const reading = new LiveReading(contentDir, []);
    reading.entries();
    appendFileSync(path.join(contentDir, 'fenmoor', 'themes.md'), '\nSaved in fenmoor.\n');
    const harbourside = path.join(contentDir, 'harbourside', 'goals.md');
    appendFileSync(harbourside, '\nSaved in harbourside.\n');
    reading.changed(harbourside);
    expect(bodyOf(reading, 'harbourside/goals')).toContain('Saved in harbourside.');
    // fenmoor's save was not reported, so its folder was not read.
    expect(bodyOf(reading, 'fenmoor/themes')).not.toContain('Saved in fenmoor.');
    reading.forget();
    expect(bodyOf(reading, 'fenmoor/themes')).toContain('Saved in fenmoor.');
  });

  it('adds a trust folder created in the preview and drops one deleted, keeping the order of folder names', () => {
    const reading = new LiveReading(contentDir, []);
    expect(trustsOf(reading)).toEqual(['fenmoor', 'harbourside']);
    cpSync(path.join(samples, 'ashdown-valley'), path.join(contentDir, 'ashdown-valley'), { recursive: true });
    reading.changed(path.join(contentDir, 'ashdown-valley', 'trust.yaml'));
    expect(trustsOf(reading)).toEqual(['ashdown-valley', 'fenmoor', 'harbourside']);
    rmSync(path.join(contentDir, 'fenmoor'), { recursive: true });
    reading.changed(path.join(contentDir, 'fenmoor'));
    expect(trustsOf(reading)).toEqual(['ashdown-valley', 'harbourside']);
  });

  it('reads every trust again for a file saved in the content folder itself', () => {
    const reading = new LiveReading(contentDir, []);
    reading.entries();
    appendFileSync(path.join(contentDir, 'fenmoor', 'themes.md'), '\nSaved in fenmoor.\n');
    const loose = path.join(contentDir, 'notes.txt');
    writeFileSync(loose, 'a note');
    expect(reading.changed(loose)).toBe(true);
    expect(bodyOf(reading, 'fenmoor/themes')).toContain('Saved in fenmoor.');
  });

  it('ignores files outside the content folder and trusts outside the selection', () => {
    const reading = new LiveReading(contentDir, ['harbourside']);
    expect(trustsOf(reading)).toEqual(['harbourside']);
    expect(reading.changed(path.join(path.dirname(contentDir), 'astro.config.mjs'))).toBe(false);
    expect(reading.changed(path.join(contentDir, 'fenmoor', 'goals.md'))).toBe(false);
    expect(trustsOf(reading)).toEqual(['harbourside']);
  });
});
