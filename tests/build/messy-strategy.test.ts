/**
 * A strategy written the way real strategy pages are (tests/fixtures/messy-strategy/): sentences
 * instead of names, no dates, no contact block, no accessibility facts, no measures with
 * figures, no years or status for the strategy, and no way to ask for a document on request. It passes the check and builds, and no published page
 * says anything the trust did not give: every phrase the product can write for an absent
 * field (tests/fixtures/absent-field-phrases.ts) is searched for in every page.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroCacheDir } from '../../src/publishing/astro-cache-dir.ts';
import { schemaDefaults, writtenForAbsentFields } from '../fixtures/absent-field-phrases.ts';
import { listFiles, pagePaths, readPage, repoRoot, runBuild, textOf, type CommandResult } from '../support/built-sites.ts';
import { readFileSync } from 'node:fs';

const content = path.join(repoRoot, 'tests', 'fixtures', 'messy-strategy');
const slug = 'kestrel-vale';
let work: string;
let site: string;
let build: CommandResult;
let check: CommandResult;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'messy-strategy-'));
  site = path.join(work, slug);
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [path.join(repoRoot, 'scripts', 'check.ts'), '--content', content],
      {
        cwd: repoRoot,
        env: { ...process.env, FORCE_COLOR: '0' },
      },
    );
    check = { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    check = { code: Number(failed.code ?? 1), stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
  build = await runBuild(['--content', content, '--out', work]);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  rmSync(astroCacheDir(repoRoot, content), { recursive: true, force: true });
});

const page = (pagePath: string) => readPage(site, pagePath).querySelector('main')!;

describe('a strategy written the way real strategy pages are', () => {
  it('passes the check and builds', () => {
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout + check.stderr).not.toMatch(/error \(/);
    expect(build.code, build.stdout + build.stderr).toBe(0);
  });

  it('lists the phrases to look for: the schema defaults and the words written for absent fields', () => {
    // Guards the search below against an empty list (a walk of the schemas that found nothing).
    expect(schemaDefaults).toEqual(expect.arrayContaining(['What this will mean', 'How we will know', 'Our values are being refreshed']));
    expect(writtenForAbsentFields.length).toBeGreaterThan(20);
  });

  it('publishes no phrase the trust did not give, on any page or file of text', () => {
    const files = listFiles(site).filter(
      (file) => /\.(html|ics|json|xml|txt|webmanifest|svg)$/.test(file) && !file.startsWith('pagefind/'),
    );
    expect(files.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(path.join(site, file), 'utf8');
      for (const phrase of schemaDefaults) if (text.includes(phrase)) found.push(`${file}: "${phrase}" (a schema default)`);
      for (const { phrase, when } of writtenForAbsentFields) {
        if (typeof phrase === 'string' ? text.includes(phrase) : phrase.test(text)) found.push(`${file}: ${String(phrase)} (${when})`);
      }
    }
    expect(found).toEqual([]);
  });

  it('names the strategy without years or status where the trust states none', () => {
    const home = readPage(site, '');
    // The introduction's own title is the home page's heading: no field is written and never shown.
    expect(textOf(home.querySelector('h1'))).toBe('Writing our next strategy together');
    expect(textOf(home.querySelector('main'))).toContain("Kestrel Vale Partnership NHS Foundation Trust's strategy.");
  });

  it('offers no other format when the trust named none', () => {
    expect(readPage(site, '').querySelector('footer .other-formats')).toBeNull();
    expect(textOf(readPage(site, '').querySelector('footer'))).not.toMatch(/format|large print|braille|another language/);
  });

  it('says the site has not been assessed, and claims nothing about it', () => {
    const statement = textOf(page('accessibility/'));
    expect(statement).toContain(
      'This website has not yet been assessed against the Web Content Accessibility Guidelines version 2.2 AA standard',
    );
    expect(statement).toContain('This website has not yet been tested for accessibility.');
  });

  it("reads focus areas by the trust's own word, and keeps sentences out of other groups' headings", () => {
    expect(page('focus-areas/').querySelectorAll('h2').map(textOf)).toEqual([
      'Focus area 1: Better outcomes from care',
      'Focus area 2: A better experience for everyone',
      'Focus area 4: Fairness and inclusion',
    ]);
    const priorities = page('priorities/');
    // Each group begins with a heading of its own: its name, else its sentence, else its priorities.
    expect(priorities.querySelectorAll('h2').map(textOf)).toEqual([
      'For the people we support',
      'We will make it easier for staff to do their best work.',
      'Meeting in community venues as well as our own buildings',
    ]);
  });

  it('shows reasons, plans, measures and reporting written as sentences', () => {
    const why = textOf(page('case-for-change/'));
    expect(why).toContain('More people are asking for help with their mental health than five years ago.');
    const delivery = page('delivery/');
    expect(textOf(delivery)).toContain('Each of our services will write a yearly plan that shows its part in the strategy.');
    expect(textOf(delivery)).toContain('We will agree our measures with service users and carers once the strategy is final.');
    expect(textOf(delivery)).toContain('Our board will hear about progress at its meetings in public.');
    expect(pagePaths(site)).not.toContain('how-we-are-doing/');
  });
});
