/**
 * Easy read in the built sites: every page of every sample trust has a written twin, twins
 * and standard pages link both ways, the whole easy read strategy is on one page, and the
 * product's own words on every easy read page pass the easy read lint.
 */
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { languageFolder, pageLanguage, pagePaths, readPage, textOf } from '../support/built-sites.ts';
import { wordsFor } from '../../src/words/index.ts';
import { lintShownText } from '../support/easy-read-text-lint.ts';
import { sampleSlugs, sampleTrusts } from '../support/sample-trusts.ts';

const dist = inject('builtSites');

/**
 * Ways to find pages (contents, search) and the team's report, which need no twin; and the
 * pages that gather content whose own easy read twins exist (the strategy on a page repeats
 * the goals and values, How we are doing the delivery page's measures).
 */
const withoutTwins = ['contents/', 'search/', 'reading-age/', 'strategy-on-a-page/', 'how-we-are-doing/'];

describe.each(sampleSlugs)('easy read in %s', (slug) => {
  const site = path.join(dist, slug);
  const { basePath } = sampleTrusts[slug];
  // A previous strategy's pages (previous/<years>/) are its own site: tests/build/previous-strategies.test.ts.
  const all = pagePaths(site).filter((pagePath) => !pagePath.startsWith('previous/'));
  // A page in a language of its own (Harbourside's Urdu, "ur/goals/") has its twin in that language's folder ("ur/easy-read/goals/").
  const inLanguage = (pagePath: string) => languageFolder(site, pagePath);
  const standard = all.filter((pagePath) => {
    const own = pagePath.slice(inLanguage(pagePath).length);
    return !own.startsWith('easy-read/') && !withoutTwins.includes(own);
  });

  it('has an easy read twin of every strategy page, linked both ways', () => {
    for (const pagePath of standard) {
      const page = readPage(site, pagePath);
      const language = inLanguage(pagePath);
      const twinPath = `${language}easy-read/${pagePath.slice(language.length)}`;
      // In the words of the page's language.
      const words = wordsFor(pageLanguage(site, pagePath));
      expect(all, `${pagePath} has a twin`).toContain(twinPath);
      const toTwin = page.querySelectorAll('main a, div > p > a').find((link) => textOf(link) === words.layout.easyReadVersion);
      expect(toTwin?.getAttribute('href'), `${pagePath} links to its twin`).toBe(`${basePath}${twinPath}`);
      expect(page.querySelector('head link[rel="alternate"]')?.getAttribute('href')).toBe(`${basePath}${twinPath}`);
      const twin = readPage(site, twinPath);
      const back = twin
        .querySelectorAll('a')
        .find((link) => textOf(link) === wordsFor(pageLanguage(site, twinPath)).generated.standardVersion);
      expect(back?.getAttribute('href'), `${twinPath} links back`).toBe(`${basePath}${pagePath}`);
      expect(twin.querySelector('head link[rel="alternate"]')?.getAttribute('href')).toBe(`${basePath}${pagePath}`);
    }
  });

  it('lays every twin out as rows of a picture with alt text beside its text', () => {
    for (const twinPath of all.filter((pagePath) => pagePath.startsWith('easy-read/') && pagePath !== 'easy-read/all/')) {
      const rows = readPage(site, twinPath).querySelectorAll('main .er-row');
      expect(rows.length, twinPath).toBeGreaterThanOrEqual(2);
      for (const row of rows) {
        expect(row.querySelector('.er-picture img')?.getAttribute('alt'), twinPath).toBeTruthy();
        expect(textOf(row.querySelector('.er-text')), twinPath).not.toBe('');
      }
    }
  });

  it('lists every easy read page on the easy read home, and joins them all on one page', () => {
    const twins = all.filter((pagePath) => pagePath.startsWith('easy-read/') && pagePath !== 'easy-read/' && pagePath !== 'easy-read/all/');
    const listed = readPage(site, 'easy-read/')
      .querySelectorAll('main ul a')
      .map((link) => link.getAttribute('href'));
    expect(listed.sort()).toEqual(twins.map((pagePath) => `${basePath}${pagePath}`).sort());
    const whole = readPage(site, 'easy-read/all/');
    const sections = whole.querySelectorAll('main section.er-section > h2').map(textOf);
    expect(sections).toHaveLength(twins.length + 1);
    expect(sections[0]).toBe(textOf(readPage(site, 'easy-read/').querySelector('h1')));
  });
});

/**
 * What an easy read page shows beyond the trust's own easy read words (its rows, its title and
 * the titles of its pages, linted by the content check): the header, breadcrumbs, status line,
 * footer and the product's own sentences.
 */
const TRUST_WORDS = 'script, style, main > h1, .easy-read, .er-section > h2, .er-index';

describe.each(sampleSlugs)('the product’s own words on the easy read pages of %s', (slug) => {
  const site = path.join(dist, slug);
  // A previous strategy's easy read pages too: their banner is in easy read words.
  const twins = pagePaths(site).filter((pagePath) => /^(previous\/[^/]+\/)?easy-read\//.test(pagePath));

  it('pass the easy read lint: short sentences, no hard abbreviations, nothing in capitals', () => {
    const problems: string[] = [];
    for (const twin of twins) {
      const body = readPage(site, twin).querySelector('body')!;
      for (const trustWords of body.querySelectorAll(TRUST_WORDS)) trustWords.remove();
      const lines = body.structuredText.split('\n');
      for (const problem of lintShownText(lines).filter((found) => found.severity === 'error')) {
        problems.push(`${twin}: ${problem.rule}: ${problem.message} ("${problem.shown}")`);
      }
    }
    expect(twins.length).toBeGreaterThan(2);
    expect(problems).toEqual([]);
  });
});

describe('hard words', () => {
  it('are listed at the end of the page with the sentence that explains them', () => {
    const list = readPage(path.join(dist, 'ashdown-valley'), 'easy-read/have-your-say/').querySelector('.er-hard-words');
    expect(textOf(list?.querySelector('h2'))).toBe('Hard words');
    expect(textOf(list?.querySelector('dt'))).toBe('survey');
    expect(textOf(list?.querySelector('dd'))).toBe('A survey is a list of questions.');
  });
});
