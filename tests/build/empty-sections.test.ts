/** No page of any sample trust has a heading with nothing under it. */
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { pagePaths, readPage } from '../support/built-sites.ts';
import { emptyHeadings } from '../support/page-structure.ts';
import { sampleSlugs } from '../support/sample-trusts.ts';

describe('headings', () => {
  it('finds an empty heading when there is one (the finder itself works)', () => {
    expect(emptyHeadings(parse('<main><h2>Glance</h2><h2>All pages</h2><p>Text</p></main>'))).toEqual(['h2 "Glance"']);
    expect(emptyHeadings(parse('<main><h2>Goals</h2><h3>One</h3><p>Text</p></main>'))).toEqual([]);
    expect(emptyHeadings(parse('<main><h2>Goals</h2><h3>One</h3></main>'))).toEqual(['h2 "Goals"', 'h3 "One"']);
  });

  it.each(sampleSlugs)('every page of %s has something under each heading', (slug) => {
    const site = path.join(inject('builtSites'), slug);
    const found = pagePaths(site).flatMap((pagePath) =>
      emptyHeadings(readPage(site, pagePath).querySelector('body')!).map((heading) => `${pagePath || 'home'}: ${heading}`),
    );
    expect(found).toEqual([]);
  });
});
