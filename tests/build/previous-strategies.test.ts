/**
 * A previous strategy in the built sample: Harbourside's 2019 to 2024 strategy, archived with
 * npm run archive-strategy, is published under previous/2019-2024/. Every archived page says
 * it was replaced, when and by what, linking the same page of the current strategy (or its
 * home page); its links stay inside it; its pages are in the trust's search under a filter of their own; and the
 * address only it had sends readers (301) to its archived copy in every host's files.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { pagePaths, readPage, readSearchRecords, textOf } from '../support/built-sites.ts';
import { sampleTrusts } from '../support/sample-trusts.ts';
import { wordsFor } from '../../src/words/index.ts';

const dist = inject('builtSites');
const site = path.join(dist, 'harbourside');
const { basePath } = sampleTrusts.harbourside;
const edition = 'previous/2019-2024/';
const archived = () => pagePaths(site).filter((pagePath) => pagePath.startsWith(edition));

describe("Harbourside's previous strategy", () => {
  it('publishes every page of the archived strategy, standard and easy read', () => {
    expect(archived().sort()).toEqual(
      [
        '',
        'ambitions/',
        'documents/',
        'values/',
        'vision/',
        'easy-read/',
        'easy-read/ambitions/',
        'easy-read/documents/',
        'easy-read/values/',
        'easy-read/vision/',
      ]
        .map((pagePath) => `${edition}${pagePath}`)
        .sort(),
    );
  });

  it('says on every archived page that it was replaced, when and by what, in easy read words on easy read pages', () => {
    for (const pagePath of archived()) {
      const banner = readPage(site, pagePath).querySelector('main .previous-strategy-banner');
      const text = textOf(banner);
      if (pagePath.includes('easy-read/'))
        expect(text, pagePath).toContain(
          'This plan was called Caring for our coast. It was for 2019 to 2024. We stopped using it on 1 April 2025. Our new plan is called Better together.',
        );
      else
        expect(text, pagePath).toContain(
          'This is our previous strategy, Caring for our coast, 2019 to 2024. It was replaced on 1 April 2025 by Better together.',
        );
      // Its frozen status would call it "Our current strategy": the banner takes the status line's place.
      expect(textOf(readPage(site, pagePath).querySelector('main')), pagePath).not.toContain('Our current strategy');
    }
  });

  it('links the same page of the current strategy where it has one, else its home page', () => {
    const link = (pagePath: string) => readPage(site, `${edition}${pagePath}`).querySelector('.previous-strategy-banner a');
    expect(link('vision/')?.getAttribute('href')).toBe(`${basePath}vision/`);
    expect(textOf(link('vision/'))).toBe('Read this page in Better together');
    expect(link('easy-read/values/')?.getAttribute('href')).toBe(`${basePath}easy-read/values/`);
    expect(link('ambitions/')?.getAttribute('href')).toBe(basePath);
    expect(textOf(link('ambitions/'))).toBe('Go to Better together, our current strategy');
    expect(link('easy-read/ambitions/')?.getAttribute('href')).toBe(basePath);
  });

  it('keeps its own links and pictures inside the archived strategy', () => {
    const home = readPage(site, edition);
    const written = home.querySelectorAll('main a').map((a) => a.getAttribute('href') ?? '');
    for (const href of ['vision/', 'ambitions/', 'values/']) expect(written).toContain(href);
    const resolved = (href: string, from: string) => new URL(href, `https://x${basePath}${from}`).pathname;
    expect(resolved('ambitions/', edition)).toBe(`${basePath}${edition}ambitions/`);
    const vision = readPage(site, `${edition}vision/`);
    const toAmbitions = vision.querySelectorAll('main a').find((a) => textOf(a) === 'four ambitions');
    expect(resolved(toAmbitions!.getAttribute('href')!, `${edition}vision/`)).toBe(`${basePath}${edition}ambitions/`);
    const menu = vision.querySelectorAll('header a').map((a) => a.getAttribute('href'));
    expect(menu).toContain(`${basePath}${edition}ambitions/`);
    expect(menu).not.toContain(`${basePath}goals/`);
    for (const picture of readPage(site, `${edition}easy-read/`).querySelectorAll('main img')) {
      const src = picture.getAttribute('src')!;
      expect(src.startsWith(`${basePath}${edition}files/pictures/`), src).toBe(true);
      expect(existsSync(path.join(site, src.slice(basePath.length))), src).toBe(true);
    }
  });

  it("links its documents to its own copies, published with it, never to the current strategy's files", () => {
    const file = `${basePath}${edition}files/caring-for-our-coast-2019-2024.pdf`;
    const documents = readPage(site, `${edition}documents/`);
    const links = documents.querySelectorAll('main a').map((a) => a.getAttribute('href') ?? '');
    expect(links).toContain(file);
    expect(existsSync(path.join(site, file.slice(basePath.length)))).toBe(true);
    // The current strategy has no such file: the link cannot have been kept working by accident.
    expect(existsSync(path.join(site, 'files/caring-for-our-coast-2019-2024.pdf'))).toBe(false);
    // The easy read page's relative link reaches the same copy.
    const from = `${edition}easy-read/documents/`;
    const easyReadLinks = readPage(site, from)
      .querySelectorAll('main a')
      .map((a) => new URL(a.getAttribute('href')!, `https://x${basePath}${from}`).pathname);
    expect(easyReadLinks).toContain(file);
  });

  it("keeps every link in an archived page's content inside the archived strategy, and every one of them answers", () => {
    for (const pagePath of archived()) {
      const main = readPage(site, pagePath).querySelector('main')!;
      // The banner is the one way out, to the current strategy.
      main.querySelector('.previous-strategy-banner')?.remove();
      for (const anchor of main.querySelectorAll('a')) {
        const href = anchor.getAttribute('href')!;
        if (/^(mailto|tel|https?):/.test(href) || href.startsWith('#')) continue;
        const target = new URL(href, `https://x${basePath}${pagePath}`).pathname;
        expect(target.startsWith(`${basePath}${edition}`), `${href} on ${pagePath}`).toBe(true);
        const inSite = target.slice(basePath.length);
        const published = inSite.endsWith('/') || inSite === '' ? path.join(site, inSite, 'index.html') : path.join(site, inSite);
        expect(existsSync(published), `${href} on ${pagePath}`).toBe(true);
      }
    }
  });

  it('indexes archived pages for search under the "Previous strategies" filter, and the current pages under "Current strategy"', () => {
    const records = readSearchRecords(site);
    // Records are addressed from the trust's root ("/previous/2019-2024/vision/"): every archived page, standard and easy read, is there.
    const archivedRecords = records.filter((record) => record.url.startsWith(`/${edition}`));
    expect(archivedRecords.map((record) => record.url.slice(1)).sort()).toEqual(archived().sort());
    for (const record of archivedRecords) expect(record.filters.strategy, record.url).toEqual(['Previous strategies']);
    const current = records.filter((record) => !record.url.includes('/previous/'));
    expect(current.length).toBeGreaterThan(0);
    // Each language's index says it in that language ("/ur/..." in Urdu).
    const currentIn = (url: string) => wordsFor(url.startsWith('/ur/') ? 'ur-PK' : 'en-GB').previousStrategy.currentFilter;
    for (const record of current) expect(record.filters.strategy, record.url).toEqual([currentIn(record.url)]);
    // A trust with no previous strategy has no such filter.
    for (const record of readSearchRecords(path.join(dist, 'fenmoor'))) expect(record.filters.strategy, record.url).toBeUndefined();
  });

  it('sends the addresses only the previous strategy had to its archived copies, in every host file', () => {
    const netlify = readFileSync(path.join(site, '_redirects'), 'utf8');
    expect(netlify).toContain(`${basePath}ambitions/ ${basePath}${edition}ambitions/ 301`);
    expect(netlify).toContain(`${basePath}easy-read/ambitions/ ${basePath}${edition}easy-read/ambitions/ 301`);
    // An address the current strategy still has is its own page, never redirected.
    expect(netlify).not.toContain(`${basePath}vision/ ${basePath}${edition}`);
    const azure = JSON.parse(readFileSync(path.join(site, 'staticwebapp.config.json'), 'utf8')) as {
      routes: Array<{ route: string; redirect?: string; statusCode?: number }>;
    };
    expect(azure.routes).toContainEqual(
      expect.objectContaining({ route: `${basePath}ambitions/`, redirect: `${basePath}${edition}ambitions/` }),
    );
    const s3 = readFileSync(path.join(site, 's3-object-redirects.json'), 'utf8');
    expect(s3).toContain(`${basePath}${edition}ambitions/`);
    // Hosts that cannot redirect get a page at the old address with a link to the archived copy.
    const stand = readPage(site, 'ambitions/');
    expect(stand.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(`${basePath}${edition}ambitions/`);
  });

  it("lists the previous strategy on the current strategy's home page, and only where a trust has one", () => {
    const list = readPage(site, '').querySelector('main .previous-strategies');
    const links = list?.querySelectorAll('a') ?? [];
    expect(links.map((a) => [textOf(a), a.getAttribute('href')])).toEqual([
      ['Caring for our coast, 2019 to 2024', `${basePath}${edition}`],
    ]);
    // The archived home page lists no strategies of its own, and a trust with none shows no list.
    expect(readPage(site, edition).querySelector('.previous-strategies')).toBeNull();
    expect(readPage(path.join(dist, 'fenmoor'), '').querySelector('.previous-strategies')).toBeNull();
  });
});
