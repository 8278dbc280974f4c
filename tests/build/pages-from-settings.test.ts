/**
 * Pages every trust gets from its settings: the accessibility statement in the GOV.UK
 * model's sections with the trust's own facts and dates, the cookies page, and the
 * "other formats" line in every footer and beside every download.
 */
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { languageFolder, pageLanguage, pagePaths, readPage, textOf } from '../support/built-sites.ts';
import { wordsFor } from '../../src/words/index.ts';
import { sampleSlugs } from '../support/sample-trusts.ts';

const site = (slug: string) => path.join(inject('builtSites'), slug);

const requiredSections = [
  'How accessible this website is',
  'Feedback and contact information',
  'Reporting accessibility problems with this website',
  'Enforcement procedure',
  "Technical information about this website's accessibility",
  'Compliance status',
  'Non-accessible content',
  'Non-compliance with the accessibility regulations',
  'Disproportionate burden',
  'Content that is not within the scope of the accessibility regulations',
  "What we're doing to improve accessibility",
  'Preparation of this accessibility statement',
];

const facts = {
  'ashdown-valley': {
    url: 'https://www.ashdown-valley.example/about-us/strategy/',
    compliance: 'partially compliant',
    prepared: '1 February 2024',
    reviewed: '20 August 2026',
    tested: '1 August 2026',
    issue: 'The summary PDF has no tags for headings.',
  },
  fenmoor: {
    url: 'https://fenmoor.example/',
    compliance: 'fully compliant',
    prepared: '1 May 2026',
    reviewed: '1 October 2026',
    tested: '15 September 2026',
    issue: undefined,
  },
  harbourside: {
    url: 'https://harbourside.example/our-strategy/',
    compliance: 'partially compliant',
    prepared: '20 March 2025',
    reviewed: '30 September 2026',
    tested: '12 September 2026',
    issue: 'The full strategy PDF is not fully accessible to screen readers.',
  },
  northwold: {
    url: 'https://www.northwold-community.example/strategy/',
    compliance: 'fully compliant',
    prepared: '20 April 2026',
    reviewed: '1 October 2026',
    tested: '15 September 2026',
    issue: undefined,
  },
} as const;

describe.each(sampleSlugs)('the accessibility statement of %s', (slug) => {
  const statement = () => readPage(site(slug), 'accessibility/');
  const expected = facts[slug];

  it('has every section of the GOV.UK model, in order', () => {
    const headings = statement().querySelectorAll('main h2, main h3').map(textOf);
    expect(headings.filter((heading) => requiredSections.includes(heading))).toEqual(requiredSections);
  });

  it('says what it applies to, its compliance status, known issues and its dates', () => {
    const text = textOf(statement().querySelector('main'));
    expect(text).toContain(`This accessibility statement applies to the`);
    expect(text).toContain(expected.url);
    expect(text).toContain(`This website is ${expected.compliance} with the Web Content Accessibility Guidelines version 2.2 AA standard`);
    expect(text).toContain(`This statement was prepared on ${expected.prepared}. It was last reviewed on ${expected.reviewed}.`);
    expect(text).toContain(`This website was last tested on ${expected.tested}.`);
    expect(text).toContain('Equality Advisory and Support Service (EASS)');
    if (expected.issue) expect(text).toContain(expected.issue);
    else expect(text).toContain('We know of no content that fails the accessibility regulations.');
  });

  it('is linked from the footer of every page', () => {
    for (const pagePath of pagePaths(site(slug))) {
      const links = readPage(site(slug), pagePath).querySelectorAll('footer a').map(textOf);
      // In the words of the page's language (Harbourside's Urdu pages have their own).
      const words = wordsFor(pageLanguage(site(slug), pagePath));
      expect(links, pagePath).toContain(words.generatedPages['accessibility/'].title);
      expect(links, pagePath).toContain(words.generatedPages['cookies/'].title);
    }
  });
});

describe('the cookies page', () => {
  it('says the site sets no cookies', () => {
    expect(textOf(readPage(site('fenmoor'), 'cookies/').querySelector('main'))).toContain('This website does not set any cookies.');
  });
});

describe('other formats', () => {
  it('are offered once on the documents page, after the downloads, with the contact and response time', () => {
    const main = readPage(site('ashdown-valley'), 'documents/').querySelector('main')!;
    expect(main.querySelectorAll('li.attachment')).toHaveLength(3);
    const text = textOf(main);
    const request = 'If you need any of these documents in large print, easy read, audio, braille or another language';
    expect(text.split(request)).toHaveLength(2);
    expect(text).toMatch(
      /If you need any of these documents in large print, easy read, audio, braille or another language.*haveyoursay@ashdown-valley\.example.*0300 555 0177.*We will reply within 10 working days\./,
    );
  });
});

describe('the reply time', () => {
  it("is in the page's language where the language's trust.yaml gives it: Urdu words in the Urdu sentence", () => {
    const urdu = textOf(readPage(site('harbourside'), 'ur/contact/').querySelector('main'));
    expect(urdu).toContain(wordsFor('ur-PK').generated.weReply('5 کام کے دنوں کے اندر'));
    expect(urdu).not.toContain('working days');
    expect(textOf(readPage(site('harbourside'), 'contact/').querySelector('main'))).toContain('We reply within 5 working days.');
  });
});

describe('the contents page (A to Z)', () => {
  // The team's plain English report is for the comms team, not readers; contents is the page itself.
  const notListed = new Set(['contents/', 'reading-age/']);

  it.each(sampleSlugs)('links to every other page of %s, in its language', (slug) => {
    // Each language has its own contents page, listing that language's pages ("ur/contents/" the "ur/" pages).
    // A previous strategy's pages are listed on the current home page, not in the current strategy's contents (tests/build/previous-strategies.test.ts).
    const pages = pagePaths(site(slug)).filter((pagePath) => !pagePath.startsWith('previous/'));
    const folders = new Set(pages.map((pagePath) => languageFolder(site(slug), pagePath)));
    for (const folder of folders) {
      const contents = readPage(site(slug), `${folder}contents/`);
      const base = new URL(contents.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname.replace(/contents\/$/, '');
      const linked = new Set(contents.querySelectorAll('main a').map((link) => link.getAttribute('href')!.slice(base.length)));
      const missing = pages
        .filter((pagePath) => languageFolder(site(slug), pagePath) === folder)
        .map((pagePath) => pagePath.slice(folder.length))
        .filter((pagePath) => !notListed.has(pagePath) && !linked.has(pagePath));
      expect(missing, `${folder}contents/`).toEqual([]);
    }
  });
});
