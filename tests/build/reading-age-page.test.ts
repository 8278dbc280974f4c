/** The plain English report as the build publishes it for each trust (the report itself is tested in tests/checks/reading-age.test.ts). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { pagePaths, readPage, readSearchRecords, textOf } from '../support/built-sites.ts';

describe('the plain English report', () => {
  it('is published as a page for the team, kept out of search, the menu, the contents and the sitemap', () => {
    const site = path.join(inject('builtSites'), 'harbourside');
    const page = readPage(site, 'reading-age/');
    expect(textOf(page.querySelector('h1'))).toBe('Plain English report');
    expect(page.querySelectorAll('main tbody tr').length).toBe(8);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(readFileSync(path.join(site, 'sitemap.xml'), 'utf8')).not.toContain('reading-age');
    expect(readSearchRecords(site).map((record) => record.url)).not.toContain('/reading-age/');
    for (const pagePath of pagePaths(site).filter((other) => other !== 'reading-age/')) {
      expect(
        readPage(site, pagePath)
          .querySelectorAll('a')
          .map((link) => link.getAttribute('href')),
      ).not.toContain('/our-strategy/reading-age/');
    }
  });
});
