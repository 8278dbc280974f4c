/**
 * Builds the sample trusts with the real build command and checks what readers,
 * search engines and hosts get: content on the pages, self-contained folders served alone
 * at their base paths, and a search index per trust holding only that trust's pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'node-html-parser';
import { serveTrustFolder, type RunningServer } from '../../scripts/serve/trust-server.ts';
import { isOwnPage, pageLanguage, pagePaths, readPage, readSearchRecords, textOf } from '../support/built-sites.ts';
import { wordsFor } from '../../src/words/index.ts';
import { sampleSlugs, sampleTrusts, type SampleSlug } from '../support/sample-trusts.ts';

const trusts = sampleTrusts;
type Slug = SampleSlug;
const slugs = sampleSlugs;
const dist = inject('builtSites');
const site = (slug: Slug) => path.join(dist, slug);

describe('the build command', () => {
  it('prints progress per trust and a summary', () => {
    for (const slug of slugs) expect(inject('buildOutput')).toMatch(new RegExp(`✓ ${slug}: \\d+ pages`));
    expect(inject('buildOutput')).toMatch(/Built 5 trusts, \d+ pages in \d+\.\d+ s/);
  });
});

describe('the launched trust (Harbourside)', () => {
  it('says the years of its strategy once on the home page', () => {
    const home = readPage(site('harbourside'), '');
    const said = textOf(home.querySelector('body')).split('2025 to 2030').length - 1;
    expect(said).toBe(1);
  });

  it('shows its mission sentence and its three goals on the home page', () => {
    const home = readPage(site('harbourside'), '');
    const main = home.querySelector('main');
    expect(textOf(main)).toContain('To give every person who comes to us safe, kind and timely care, close to home where we can.');
    const goalTitles = main!.querySelectorAll('section[aria-labelledby="glance-goals"] li .nhsuk-card__heading').map(textOf);
    expect(goalTitles).toEqual(['Care without long waits', 'Care close to home', 'A great place to work']);
    expect(home.querySelector('section[aria-labelledby="glance-goals"] a')?.getAttribute('href')).toBe('/our-strategy/goals/');
  });

  it("shows each goal with three outcomes under the trust's own heading", () => {
    const goals = readPage(site('harbourside'), 'goals/').querySelectorAll('main ol > li');
    expect(goals).toHaveLength(3);
    for (const goal of goals) {
      expect(goal.querySelectorAll('h3').map(textOf)).toContain('What people will see');
      expect(goal.querySelectorAll('h3 + ul')[0]!.querySelectorAll('li')).toHaveLength(3);
    }
  });

  it('shows three values with three behaviours each', () => {
    const values = readPage(site('harbourside'), 'values/').querySelectorAll('main > ul > li');
    expect(values.map((value) => textOf(value.querySelector('h2')))).toEqual(['Kind', 'Open', 'Together']);
    for (const value of values) expect(value.querySelectorAll('ul li')).toHaveLength(3);
  });

  it('renders its MDX introduction with a component from the documented set', () => {
    const main = readPage(site('harbourside'), '').querySelector('main');
    expect(textOf(main?.querySelector('h2'))).not.toBe('');
    expect(textOf(main)).toContain('How we wrote it');
    expect(textOf(main)).toContain('More than 3,000 patients');
  });

  it('groups priorities under its commitments', () => {
    const groups = readPage(site('harbourside'), 'priorities/').querySelectorAll('main section');
    expect(groups.map((group) => textOf(group.querySelector('h2')))).toEqual([
      'Our commitment to patients',
      'Our commitment to staff',
      'Our commitment to our community',
    ]);
  });

  it('links its latest progress report from the home page, once, with when it was published', () => {
    const main = readPage(site('harbourside'), '').querySelector('main')!;
    const section = main.querySelector('section[aria-labelledby="latest-progress-report"]');
    expect(textOf(section?.querySelector('h2'))).toBe('Our latest progress report');
    expect(textOf(section)).toContain('Published 25 June 2026.');
    const toReport = main.querySelectorAll('a').filter((link) => link.getAttribute('href') === '/our-strategy/progress-2025-26/');
    expect(toReport.map(textOf)).toEqual(['Year one: our progress report for 2025 to 2026']);
  });

  it('says in words on its progress report how each goal is going, and who agreed it', () => {
    const main = readPage(site('harbourside'), 'progress-2025-26/').querySelector('main')!;
    expect(textOf(main.querySelector('h1'))).toBe('Year one: our progress report for 2025 to 2026');
    expect(textOf(main)).toContain('April 2025 to March 2026');
    expect(textOf(main)).toContain('Public board meeting, 25 June 2026, Paper 8');
    const goals = main.querySelectorAll('section[aria-labelledby="progress-goals"] .nhsuk-card');
    expect(goals.map((goal) => [textOf(goal.querySelector('h3')), textOf(goal.querySelector('.nhsuk-tag'))])).toEqual([
      ['Care without long waits', 'On track'],
      ['Care close to home', 'Some delay'],
      ['A great place to work', 'On track'],
    ]);
  });

  it("shows the trust's own logo file rather than a drawn NHS logo", () => {
    const logo = readPage(site('harbourside'), '').querySelector('header img');
    expect(logo?.getAttribute('src')).toBe('/our-strategy/files/logo.svg');
    expect(logo?.getAttribute('alt')).toBe('Harbourside Hospitals NHS Foundation Trust');
  });
});

describe('the trust mid-engagement (Fenmoor)', () => {
  it('shows its emerging themes around the centre statement', () => {
    const main = readPage(site('fenmoor'), 'themes/').querySelector('main');
    expect(textOf(main)).toContain("At the centre: The difference we make to people's lives");
    expect(main!.querySelectorAll('figure > ul > li h2').map(textOf)).toEqual([
      'Good care, every time',
      'Our people',
      'Fair for everyone',
      'Working with partners',
      'Learning and improving',
    ]);
  });

  it('asks its questions and gives the email to write to', () => {
    const main = readPage(site('fenmoor'), 'engagement/').querySelector('main');
    expect(textOf(main)).toContain('Do these five themes feel right to you?');
    expect(main!.querySelector('a[href="mailto:ourfuture@fenmoor.example"]')).not.toBeNull();
    expect(textOf(main)).toContain('over 1,200 people have talked to us');
  });

  it('shows a text lockup of its name when it has no logo file', () => {
    const header = readPage(site('fenmoor'), '').querySelector('header');
    expect(header?.querySelector('img')).toBeNull();
    expect(textOf(header)).toContain('Fenmoor Community and Mental Health NHS Trust');
  });

  it('thanks the groups involved', () => {
    // A list of names, each a list item, not a heading per name.
    const thanks = readPage(site('fenmoor'), 'acknowledgements/').querySelector('main')!;
    expect(thanks.querySelectorAll('ul > li strong').map(textOf)).toContain("Fenmoor Carers' Network");
    expect(thanks.querySelectorAll('ul > li h2, ul > li h3')).toHaveLength(0);
  });
});

describe('the trust refreshing its strategy (Ashdown Valley)', () => {
  const main = () => readPage(site('ashdown-valley'), 'have-your-say/').querySelector('main')!;

  it('lists upcoming events, in person and online, and the past one apart', () => {
    const upcoming = main().querySelector('section[aria-labelledby="upcoming-heading"]')!;
    const past = main().querySelector('section[aria-labelledby="past-heading"]')!;
    expect(upcoming.querySelectorAll('h3').map(textOf)).toEqual([
      'Evening conversation at Millbrook Community Hall',
      'Online session for carers',
      'Spring stall at Ashdown market',
    ]);
    expect(textOf(upcoming)).toContain('Wednesday 20 January 2027');
    expect(textOf(upcoming)).toContain('6:30pm to 8pm');
    expect(textOf(upcoming)).toMatch(/How In person .*How Online/);
    expect(past.querySelectorAll('h3').map(textOf)).toEqual(['Drop-in at Ashdown Library']);
  });

  it('shows the survey with its closing date and an action link, and an FAQ as expanders', () => {
    expect(textOf(main())).toContain('The survey closes on 28 February 2027');
    expect(textOf(main().querySelector('.nhsuk-action-link'))).toBe('Fill in the survey');
    expect(main().querySelectorAll('section[aria-labelledby="faq-heading"] details summary')).toHaveLength(3);
  });

  it('says its values are being refreshed, and when', () => {
    const values = textOf(readPage(site('ashdown-valley'), 'values/').querySelector('main'));
    expect(values).toContain('Our values are being refreshed');
    // When, in the trust's own words: no date is made up.
    expect(values).toContain('We expect to publish the new values with our refreshed strategy in spring 2027.');
  });

  it('offers its full, summary and easy read documents for download', () => {
    const links = readPage(site('ashdown-valley'), 'documents/').querySelectorAll('main a[download]');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/about-us/strategy/files/healthier-valley-full.pdf',
      '/about-us/strategy/files/healthier-valley-summary.pdf',
      '/about-us/strategy/files/healthier-valley-easy-read.pdf',
    ]);
  });
});

describe('the footer of every page', () => {
  it('offers the other formats the trust names, with the contact and response time', () => {
    // The English pages: Harbourside's Urdu pages say it in Urdu.
    const english = pagePaths(site('harbourside')).filter((pagePath) => pageLanguage(site('harbourside'), pagePath) === 'en-GB');
    // Easy read pages, the current strategy's and a previous one's (previous/<years>/easy-read/), say it in easy read words.
    // A documents page (Harbourside's previous strategy has one) makes the offer itself, by its list, not in the footer.
    const offering = english.filter((pagePath) => !/^(previous\/[^/]+\/)?easy-read\//.test(pagePath) && !pagePath.endsWith('documents/'));
    for (const pagePath of offering) {
      expect(textOf(readPage(site('harbourside'), pagePath).querySelector('footer')), pagePath).toContain(
        'If you need this information in large print, easy read, braille or another language, email strategy@harbourside.example or phone 0300 555 0199. We will reply within 5 working days.',
      );
    }
  });

  it('offers no other format where the trust names none', () => {
    for (const pagePath of pagePaths(site('northwold'))) {
      const footer = textOf(readPage(site('northwold'), pagePath).querySelector('footer'));
      expect(footer, pagePath).not.toMatch(/format|large print|braille|audio|another language|You can ask/);
    }
  });

  it('links to the accessibility statement and the cookies page', () => {
    const links = readPage(site('fenmoor'), 'themes/').querySelectorAll('footer a');
    expect(links.map((link) => [textOf(link), link.getAttribute('href')])).toEqual(
      expect.arrayContaining([
        ['Accessibility statement', '/accessibility/'],
        ['Cookies', '/cookies/'],
      ]),
    );
  });
});

describe('easy-read twins', () => {
  it('link both ways, visibly and in the head', () => {
    const standard = readPage(site('harbourside'), 'goals/');
    const twin = readPage(site('harbourside'), 'easy-read/goals/');
    const toTwin = standard.querySelectorAll('a').find((link) => textOf(link) === 'Easy read version');
    expect(toTwin?.getAttribute('href')).toBe('/our-strategy/easy-read/goals/');
    expect(standard.querySelector('link[rel="alternate"]')?.getAttribute('href')).toBe('/our-strategy/easy-read/goals/');
    const back = twin.querySelectorAll('a').find((link) => textOf(link) === 'Standard version');
    expect(back?.getAttribute('href')).toBe('/our-strategy/goals/');
  });

  it('has an easy-read home listing the easy-read pages', () => {
    const links = readPage(site('harbourside'), 'easy-read/').querySelectorAll('main ul a');
    expect(links.map((link) => link.getAttribute('href'))).toContain('/our-strategy/easy-read/goals/');
  });
});

describe.each(slugs)('the published folder of %s', (slug) => {
  const { basePath, url } = trusts[slug];

  it('links only inside its own base path (or to other websites)', () => {
    for (const pagePath of [...pagePaths(site(slug)), '404.html']) {
      const file = pagePath.endsWith('.html') ? pagePath : `${pagePath}index.html`;
      const document = parse(readFileSync(path.join(site(slug), file), 'utf8'));
      const pageUrl = new URL(`${basePath}${pagePath}`, 'http://trust.test');
      // The canonical link is a full address by design; links to other websites are fine.
      for (const element of document.querySelectorAll('a[href], link[href]:not([rel="canonical"]), img[src], script[src]')) {
        const target = element.getAttribute('href') ?? element.getAttribute('src')!;
        if (/^(mailto|tel):/.test(target)) continue;
        const resolved = new URL(target, pageUrl);
        if (resolved.origin !== 'http://trust.test') continue;
        expect(resolved.pathname, `${file} links to ${target}`).toMatch(new RegExp(`^${basePath}`));
      }
    }
  });

  it('when served alone at its base path, every link, picture, stylesheet and script loads', async () => {
    const server: RunningServer = await serveTrustFolder(site(slug), basePath);
    try {
      const origin = new URL(server.url).origin;
      const queue = [server.url];
      const seen = new Set<string>(queue);
      const failures: string[] = [];
      while (queue.length > 0) {
        const pageUrl = queue.shift()!;
        const response = await fetch(pageUrl);
        if (response.status !== 200) {
          failures.push(`${pageUrl} answered ${response.status}`);
          continue;
        }
        if (!(response.headers.get('content-type') ?? '').includes('text/html')) continue;
        const document = parse(await response.text());
        const ids = new Set(document.querySelectorAll('[id]').map((element) => element.id));
        for (const element of document.querySelectorAll('a[href], link[href], img[src], script[src]')) {
          const target = new URL(element.getAttribute('href') ?? element.getAttribute('src')!, pageUrl);
          if (target.origin !== origin) continue;
          if (target.hash && target.pathname === new URL(pageUrl).pathname) {
            if (!ids.has(decodeURIComponent(target.hash.slice(1)))) failures.push(`${pageUrl} links to missing anchor ${target.hash}`);
          }
          target.hash = '';
          target.search = '';
          if (!seen.has(target.href)) {
            seen.add(target.href);
            queue.push(target.href);
          }
        }
      }
      expect(failures).toEqual([]);
      const visitedPages = [...seen].filter((href) => href.endsWith('/')).map((href) => new URL(href).pathname.slice(basePath.length));
      expect(visitedPages.sort()).toEqual(pagePaths(site(slug)).sort());
      const missing = await fetch(`${server.url}no-such-page/`);
      expect(missing.status).toBe(404);
      expect(textOf(parse(await missing.text()).querySelector('h1'))).toBe('Page not found');
    } finally {
      await server.close();
    }
  });

  it('has a sitemap of absolute addresses under its own URL, and robots.txt pointing to it', () => {
    const sitemap = readFileSync(path.join(site(slug), 'sitemap.xml'), 'utf8');
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    // The plain English report is for the trust's team and stays out of the sitemap, as do pages
    // shown in a language they are not yet translated into (their own address is the original's).
    const listed = pagePaths(site(slug)).filter((pagePath) => pagePath !== 'reading-age/' && isOwnPage(site(slug), pagePath, url));
    expect(locations.sort()).toEqual(listed.map((pagePath) => `${url}${pagePath}`).sort());
    expect(readFileSync(path.join(site(slug), 'robots.txt'), 'utf8')).toContain(`Sitemap: ${url}sitemap.xml`);
  });

  it('has a search index of exactly its own searchable pages', () => {
    const records = readSearchRecords(site(slug));
    const searchable = pagePaths(site(slug)).filter((pagePath) =>
      readFileSync(path.join(site(slug), pagePath, 'index.html'), 'utf8').includes('data-pagefind-body'),
    );
    expect(records.map((record) => record.url).sort()).toEqual(searchable.map((pagePath) => `/${pagePath}`).sort());
    expect(searchable).not.toContain('search/');
    expect(searchable).not.toContain('contents/');
  });

  it('records standard and easy read as a search filter, and the kind of page', () => {
    const records = readSearchRecords(site(slug));
    for (const record of records) {
      // In the words of the page's language: a trust's translated pages have their own.
      const words = wordsFor(pageLanguage(site(slug), record.url.slice(1)));
      // A previous strategy's pages (previous/<years>/) are indexed too, with their own easy read pages.
      const easyRead = /^\/(previous\/\d{4}-\d{4}\/)?([a-z]{2,3}\/)?easy-read\//.test(record.url);
      expect(record.filters.version).toEqual([words.layout.versions[easyRead ? 'easy-read' : 'standard']]);
      expect(record.filters.kind).toHaveLength(1);
      // A result's title says it is the easy read version, once.
      if (record.url.startsWith('/easy-read/')) expect(record.meta.title?.match(/easy read/gi), record.url).toHaveLength(1);
    }
    expect(records.find((record) => record.url === '/easy-read/')?.filters.kind).toEqual(['Home']);
  });

  it('tells its search page where its own index is', () => {
    const config = readPage(site(slug), 'search/').querySelector('pagefind-config');
    expect(config?.getAttribute('bundle-path')).toBe(`${basePath}pagefind/`);
    expect(existsSync(path.join(site(slug), 'pagefind', 'pagefind-component-ui.js'))).toBe(true);
  });
});

describe('search indexes stay apart', () => {
  it("finds a word from one trust's page only in that trust's index", () => {
    const holders = slugs.filter((slug) => readSearchRecords(site(slug)).some((record) => record.content.includes('Millbrook')));
    expect(holders).toEqual(['ashdown-valley']);
    const harbour = slugs.filter((slug) => readSearchRecords(site(slug)).some((record) => record.content.includes('virtual wards')));
    expect(harbour).toEqual(['harbourside']);
  });
});
