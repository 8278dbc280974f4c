/**
 * The plain English report is the team's: a built site has it only where the trust sets
 * plainEnglish.publishReport (the report itself is tested in tests/checks/reading-age.test.ts;
 * the live preview's copy in tests/browser/dev-preview.test.ts).
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pagePaths, readPage, readSearchRecords, repoRoot, runBuild, textOf, type CommandResult } from '../support/built-sites.ts';
import { sampleSlugs, sampleTrusts } from '../support/sample-trusts.ts';

/** Every link on every page of a built site. */
const everyLink = (site: string, which: (pagePath: string) => boolean = () => true) =>
  pagePaths(site)
    .filter(which)
    .flatMap((pagePath) =>
      readPage(site, pagePath)
        .querySelectorAll('a')
        .map((link) => link.getAttribute('href') ?? ''),
    );

describe('the plain English report', () => {
  it('is not published by a trust that does not ask for it, and nothing links to it', () => {
    for (const slug of sampleSlugs) {
      const site = path.join(inject('builtSites'), slug);
      expect(pagePaths(site), slug).not.toContain('reading-age/');
      expect(existsSync(path.join(site, 'reading-age')), slug).toBe(false);
      expect(
        everyLink(site).filter((href) => href.includes('reading-age')),
        slug,
      ).toEqual([]);
      expect(readFileSync(path.join(site, 'sitemap.xml'), 'utf8')).not.toContain('reading-age');
    }
    expect(inject('buildOutput')).not.toMatch(/each site's reading-age/);
  });

  describe('where a trust asks for it (plainEnglish.publishReport: true)', () => {
    let work: string;
    let site: string;
    let build: CommandResult;

    beforeAll(async () => {
      work = mkdtempSync(path.join(tmpdir(), 'strategy-reading-age-'));
      const content = path.join(work, 'content');
      mkdirSync(content);
      cpSync(path.join(repoRoot, 'content', 'harbourside'), path.join(content, 'harbourside'), { recursive: true });
      appendFileSync(path.join(content, 'harbourside', 'trust.yaml'), '\nplainEnglish:\n  publishReport: true\n');
      build = await runBuild(['--content', content, '--out', path.join(work, 'dist')]);
      site = path.join(work, 'dist', 'harbourside');
    });
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    it('is published for the team, kept out of search, the menu, the contents and the sitemap', () => {
      expect(build.code, build.stdout + build.stderr).toBe(0);
      const page = readPage(site, 'reading-age/');
      expect(textOf(page.querySelector('h1'))).toBe('Plain English report');
      expect(page.querySelectorAll('main tbody tr').length).toBe(9); // Harbourside's eight pages and its progress report
      expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(readFileSync(path.join(site, 'sitemap.xml'), 'utf8')).not.toContain('reading-age');
      expect(readSearchRecords(site).map((record) => record.url)).not.toContain('/reading-age/');
      // No reader's page leads to the report, in any language; the report in each of the trust's
      // languages (Harbourside's "ur/reading-age/") leads to the other in its language navigation.
      const readersPages = (pagePath: string) => !/(^|\/)reading-age\/$/.test(pagePath);
      expect(everyLink(site, readersPages)).not.toContain(`${sampleTrusts.harbourside.basePath}reading-age/`);
      expect(everyLink(site, readersPages).filter((href) => href.includes('reading-age'))).toEqual([]);
    });
  });
});
