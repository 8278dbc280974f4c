/**
 * Generated pages in the built sample sites: the contents page lists each generated page its
 * declaration (src/routes/generated-pages.ts) puts there exactly when the site was built with it,
 * under its declared title; every link in the menus leads to a built page. And the easy read
 * all-in-one page: a relative link written on the easy read home (easy-read/, one folder deep)
 * still leads to the same page where it is shown on easy-read/all/ (two folders deep).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { generatedPageList, type TitledPath } from '../../src/routes/generated-pages.ts';
import { defaultLanguage, wordsFor } from '../../src/words/index.ts';
import { pagePaths, readPage, textOf } from '../support/built-sites.ts';
import { sampleSlugs, sampleTrusts } from '../support/sample-trusts.ts';

const dist = inject('builtSites');

/** How the contents page lists a generated page, in the samples' language (src/words/). */
function contentsTitleOf(path: string): string {
  const words = wordsFor(defaultLanguage).generatedPages[path as TitledPath];
  return words.contentsTitle ?? words.title;
}

/** The built file a link leads to, from the page it is on, or undefined if it leaves the site. */
function builtFileOf(site: string, basePath: string, pagePath: string, href: string): string | undefined {
  const origin = 'https://reader.example';
  const url = new URL(href, `${origin}${basePath}${pagePath}`);
  if (url.origin !== origin || !url.pathname.startsWith(basePath)) return undefined;
  const inSite = decodeURIComponent(url.pathname.slice(basePath.length));
  return path.join(site, inSite, inSite === '' || inSite.endsWith('/') ? 'index.html' : '');
}

/** Where each link leads from its page, for links inside the site. */
function linksOf(element: HTMLElement | null, site: string, basePath: string, pagePath: string) {
  return (element?.querySelectorAll('a[href]') ?? []).flatMap((link) => {
    const href = link.getAttribute('href')!;
    if (/^(mailto|tel):/.test(href)) return [];
    const file = builtFileOf(site, basePath, pagePath, href);
    return file === undefined ? [] : [{ text: textOf(link), href, file }];
  });
}

describe.each(sampleSlugs)('generated pages offered in %s', (slug) => {
  const site = path.join(dist, slug);
  const { basePath } = sampleTrusts[slug];

  it('lists in the contents page each declared page exactly when the site has it, under its declared title', () => {
    const links = readPage(site, 'contents/')
      .querySelectorAll('main li a')
      .map((link) => ({ text: textOf(link), href: link.getAttribute('href') }));
    for (const page of generatedPageList.filter((candidate) => candidate.contents)) {
      const built = existsSync(path.join(site, page.path, 'index.html'));
      const listed = links.find((link) => link.href === `${basePath}${page.path}`);
      expect(Boolean(listed), `contents lists "${page.path}" (built: ${built})`).toBe(built);
      if (listed) expect(listed.text).toBe(contentsTitleOf(page.path));
    }
  });

  it('sends the menus and the footer only to pages that were built', () => {
    for (const pagePath of ['', 'contact/', 'easy-read/', 'easy-read/all/']) {
      const page = readPage(site, pagePath);
      for (const region of [page.querySelector('header nav'), page.querySelector('footer')]) {
        for (const link of linksOf(region, site, basePath, pagePath)) {
          expect(existsSync(link.file), `"${link.text}" on ${pagePath || 'home'} → ${link.href}`).toBe(true);
        }
      }
    }
  });

  it('keeps every link and picture of the joined easy read pages leading where it did', () => {
    const whole = readPage(site, 'easy-read/all/');
    for (const link of linksOf(whole.querySelector('main'), site, basePath, 'easy-read/all/')) {
      expect(existsSync(link.file), `"${link.text}" (${link.href}) on easy-read/all/`).toBe(true);
    }
    for (const picture of whole.querySelectorAll('main img')) {
      const file = builtFileOf(site, basePath, 'easy-read/all/', picture.getAttribute('src')!);
      expect(file && existsSync(file), picture.getAttribute('src')).toBe(true);
    }
  });
});

describe('a relative link on the easy read home, shown on easy-read/all/', () => {
  const site = path.join(dist, 'harbourside');
  const { basePath } = sampleTrusts.harbourside;
  // content/harbourside/easy-read/index.md: "You can [contact us](contact/) to tell us what you think."
  const contactFrom = (pagePath: string, region: HTMLElement | null) =>
    linksOf(region, site, basePath, pagePath).find((link) => link.text === 'contact us');

  it('leads to the easy read contact page, as it does on the easy read home', () => {
    expect(pagePaths(site)).toContain('easy-read/contact/');
    const onHome = contactFrom('easy-read/', readPage(site, 'easy-read/').querySelector('main'));
    expect(onHome?.href, 'the sample writes the link relative to easy-read/').toBe('contact/');
    expect(onHome?.file).toBe(path.join(site, 'easy-read', 'contact', 'index.html'));

    // The easy read home is the first part of the all-in-one page.
    const firstPart = readPage(site, 'easy-read/all/').querySelector('main section.er-section');
    const onAll = contactFrom('easy-read/all/', firstPart);
    expect(onAll, 'the link is shown on easy-read/all/').toBeDefined();
    expect(onAll!.file).toBe(onHome!.file);
    expect(existsSync(onAll!.file)).toBe(true);
  });
});
