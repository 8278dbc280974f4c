/**
 * The print document a strategy PDF is printed from (scripts/pdf/print-document.ts), made from
 * pages written here: what reaches the paper, where its links lead, and what the cover says.
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { printDocument, type PrintDocumentInput } from '../../scripts/pdf/print-document.ts';
import { wordsFor } from '../../src/words/index.ts';

function page(pagePath: string, main: string): { pagePath: string; html: string } {
  return {
    pagePath,
    html: `<!doctype html><html lang="en-GB"><head><link rel="stylesheet" href="/our-strategy/_assets/site.css"><script src="/x.js"></script></head><body><a class="nhsuk-skip-link" href="#main-content">Skip to main content</a><header><nav><a href="/our-strategy/">Home</a></nav><form role="search"><input name="q"></form></header><main id="main-content">${main}</main><footer>Footer words</footer></body></html>`,
  };
}

const base: PrintDocumentInput = {
  pages: [
    page(
      '',
      '<h1>Better together</h1><p>Read <a href="/our-strategy/goals/">our goals</a>, <a href="goals/#first">the first goal</a> or <a href="/our-strategy/contents/">the A to Z</a>.</p><p><a href="#intro">Up</a></p><p id="intro">Intro</p>',
    ),
    page(
      'goals/',
      '<h1>Our goals</h1><h2 id="first">First</h2><details><summary>More</summary><p>Hidden on screen</p></details><img src="../files/pictures/goal.svg" alt="A goal" loading="lazy"><script>alert(1)</script><form><input></form><p class="print-hide">Print this page</p><a href="https://www.nhs.uk/">NHS website</a>',
    ),
  ],
  basePath: '/our-strategy/',
  siteUrl: 'https://harbourside.example/our-strategy/',
  homePath: '',
  language: 'en-GB',
  direction: 'ltr',
  words: wordsFor('en-GB'),
  trustName: 'Harbourside <Hospitals>',
  strategyName: 'Better together',
  period: { start: 2025, end: 2030 },
  easyRead: false,
  contentsLevel: 'h1',
};

describe('the print document of a strategy PDF', () => {
  const made = printDocument(base);
  const document = parse(made.html);
  const text = document.querySelector('body')!.text;

  it('takes only each page main content, in order, without site furniture, scripts or forms', () => {
    expect(text).not.toContain('Skip to main content');
    expect(text).not.toContain('Footer words');
    expect(text).not.toContain('Print this page');
    expect(document.querySelectorAll('script, form, header, footer, input')).toHaveLength(0);
    expect(text.indexOf('Better together', text.indexOf('Contents'))).toBeLessThan(
      text.indexOf('Our goals', text.indexOf('Our goals') + 1),
    );
    expect(document.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href'))).toEqual([
      '/our-strategy/_assets/site.css',
    ]);
  });

  it('has a cover with the trust, the strategy and its years, escaped, and a contents list', () => {
    expect(made.html).toContain('Harbourside &lt;Hospitals&gt;');
    expect(document.querySelector('.pdf-cover')!.text).toContain('2025 to 2030');
    expect(document.querySelector('title')!.text).toBe('Better together - Harbourside <Hospitals>');
    expect(document.querySelector('html')!.getAttribute('lang')).toBe('en-GB');
    expect(made.contents.map((entry) => entry.title)).toEqual(['Better together', 'Our goals']);
    const contentsLinks = document.querySelectorAll('.pdf-contents a').map((link) => link.getAttribute('href'));
    for (const href of contentsLinks) expect(document.querySelector(href!)).not.toBeNull();
  });

  it('says nothing of years the trust did not give', () => {
    const without = parse(printDocument({ ...base, period: undefined }).html);
    expect(without.querySelector('.pdf-cover')!.text).not.toMatch(/\d{4} to \d{4}/);
  });

  it('turns links between printed pages into links within the document, and others into the public address', () => {
    const hrefs = document.querySelectorAll('.pdf-part a').map((link) => [link.text, link.getAttribute('href')]);
    expect(hrefs).toEqual([
      ['our goals', '#p2'],
      ['the first goal', '#p2-first'],
      ['the A to Z', 'https://harbourside.example/our-strategy/contents/'],
      ['Up', '#p1-intro'],
      ['NHS website', 'https://www.nhs.uk/'],
    ]);
    for (const [, href] of hrefs) if (href!.startsWith('#')) expect(document.querySelector(href!), href!).not.toBeNull();
  });

  it('opens disclosures and loads pictures at once from the site root', () => {
    expect(document.querySelector('details')!.hasAttribute('open')).toBe(true);
    const picture = document.querySelector('img')!;
    expect(picture.getAttribute('src')).toBe('/our-strategy/files/pictures/goal.svg');
    expect(picture.hasAttribute('loading')).toBe(false);
    expect(picture.getAttribute('alt')).toBe('A goal');
  });

  it('writes the contents page numbers once they are known', () => {
    const numbered = parse(printDocument({ ...base, pageNumbers: new Map([['p2-heading-2', 7]]) }).html);
    const entries = numbered.querySelectorAll('.pdf-contents li').map((item) => item.text);
    expect(entries).toEqual(['Better together', 'Our goals7']);
  });
});
