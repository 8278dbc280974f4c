/**
 * A previous strategy in the built sample: Harbourside's 2019 to 2024 strategy, archived with
 * npm run archive-strategy, is published under previous/2019-2024/. Every archived page says
 * it was replaced, when and by what, linking the same page of the current strategy (or its
 * home page); its links stay inside it; its pages are left out of the trust's search; and the
 * address only it had sends readers (301) to its archived copy in every host's files.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { pagePaths, readPage, readSearchRecords, textOf } from '../support/built-sites.ts';
import { sampleTrusts } from '../support/sample-trusts.ts';

const dist = inject('builtSites');
const site = path.join(dist, 'harbourside');
const { basePath } = sampleTrusts.harbourside;
const edition = 'previous/2019-2024/';
const archived = () => pagePaths(site).filter((pagePath) => pagePath.startsWith(edition));

describe("Harbourside's previous strategy", () => {
  it('publishes every page of the archived strategy, standard and easy read', () => {
    expect(archived().sort()).toEqual(
      ['', 'ambitions/', 'values/', 'vision/', 'easy-read/', 'easy-read/ambitions/', 'easy-read/values/', 'easy-read/vision/']
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

  it('leaves archived pages out of the search', () => {
    const urls = readSearchRecords(site).map((record) => record.url);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => url.includes('/previous/'))).toEqual([]);
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
