/**
 * A strategy's life, end to end, from one table: engagement, draft, launched, refreshing and
 * replaced, each with the banner a reader sees on its pages and its effect on the site's search,
 * its updates feed and its sitemap. The four statuses of a current strategy are four copies of
 * Northwold built here, each with its status; "replaced" is Harbourside's previous strategy in
 * the shared build of the samples (archived with npm run archive-strategy).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { astroCacheDir } from '../../src/publishing/astro-cache-dir.ts';
import { strategyStatuses } from '../../src/schemas/trust.ts';
import { wordsFor } from '../../src/words/index.ts';
import { pagePaths, readPage, readSearchRecords, repoRoot, runBuild, textOf } from '../support/built-sites.ts';

const words = wordsFor('en-GB');
type Status = (typeof strategyStatuses)[number] | 'replaced';

interface Row {
  status: Status;
  /** What the banner under each page's heading says. */
  banner: string;
  /** In the search a reader gets by default (not only through the "previous strategies" choice). */
  defaultSearch: boolean;
  /** Its pages are entries of the trust's updates feed when they have changes to tell. */
  feed: boolean;
  /** Its pages are in the sitemap: every address there answers. */
  sitemap: boolean;
}

const table: Row[] = [
  { status: 'engagement', banner: words.status.engagement, defaultSearch: true, feed: true, sitemap: true },
  { status: 'draft', banner: words.status.draft, defaultSearch: true, feed: true, sitemap: true },
  { status: 'launched', banner: words.status.launched, defaultSearch: true, feed: true, sitemap: true },
  { status: 'refreshing', banner: words.status.refreshing, defaultSearch: true, feed: true, sitemap: true },
  // Kept and found (GOV.UK's history mode): its banner says it was replaced; searched only when the reader asks; its addresses stay in the sitemap; its old changes are not news.
  { status: 'replaced', banner: words.previousStrategy.heading, defaultSearch: false, feed: false, sitemap: true },
];

const content = mkdtempSync(path.join(tmpdir(), 'strategy-status-content-'));
const out = mkdtempSync(path.join(tmpdir(), 'strategy-status-out-'));
const slugOf = (status: Status) => `northwold-${status}`;

beforeAll(async () => {
  for (const status of strategyStatuses) {
    const dir = path.join(content, slugOf(status));
    cpSync(path.join(repoRoot, 'content', 'northwold'), dir, { recursive: true });
    const settings = readFileSync(path.join(dir, 'trust.yaml'), 'utf8')
      .replace(/^slug: .*$/m, `slug: ${slugOf(status)}`)
      .replace(/^url: https:\/\/([^/]+)\//m, `url: https://${status}.northwold-community.example/`)
      .replace(/^ {2}status: .*$/m, `  status: ${status}`)
      // Launched only once it is agreed.
      .replace(/^ {2}launched: .*\n/m, status === 'launched' || status === 'refreshing' ? '$&' : '');
    writeFileSync(path.join(dir, 'trust.yaml'), settings);
    // A page with a history, so the feed has something to say.
    const page = path.join(dir, 'focus-areas.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/^---\n/, '---\nhistory:\n  published: 2026-05-01\n'));
  }
  const built = await runBuild(['--content', content, '--out', out]);
  expect(built.code, built.stdout + built.stderr).toBe(0);
}, 900_000);

afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  rmSync(astroCacheDir(repoRoot, content), { recursive: true, force: true });
});

/** Where each row's pages are: its trust's published folder and the path of its strategy in it. */
function subject(status: Status) {
  if (status === 'replaced') {
    const site = path.join(inject('builtSites'), 'harbourside');
    return { site, edition: 'previous/2019-2024/', origin: 'https://harbourside.example/our-strategy/' };
  }
  return { site: path.join(out, slugOf(status)), edition: '', origin: `https://${status}.northwold-community.example/strategy/` };
}

describe("a strategy's status, end to end", () => {
  it('covers every status a strategy can have, and replaced', () => {
    expect(table.map((row) => row.status)).toEqual([...strategyStatuses, 'replaced']);
  });

  describe.each(table)('$status', ({ status, banner, defaultSearch, feed, sitemap }) => {
    const pages = () => {
      const { site, edition } = subject(status);
      return pagePaths(site).filter((pagePath) =>
        edition ? pagePath.startsWith(edition) : !pagePath.startsWith('previous/') && !/^(404|search|reading-age)\//.test(pagePath),
      );
    };

    it(`says "${banner}" on every page of the strategy`, () => {
      const { site } = subject(status);
      expect(pages().length).toBeGreaterThan(3);
      for (const pagePath of pages().filter((each) => !each.includes('easy-read'))) {
        const main = readPage(site, pagePath).querySelector('main');
        expect(textOf(main), pagePath).toContain(banner);
        // Never both: a replaced strategy does not also say it is current.
        if (status === 'replaced') expect(main?.querySelector('.status-banner'), pagePath).toBeNull();
      }
    });

    it(defaultSearch ? 'is found by the default search' : 'is found only when the reader includes previous strategies', () => {
      const { site } = subject(status);
      // The index's addresses are from the trust's site root.
      const records = readSearchRecords(site).filter((record) => pages().some((pagePath) => record.url === `/${pagePath}`));
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) {
        const filter = record.filters['strategy'];
        if (defaultSearch)
          expect(filter ?? [words.previousStrategy.currentFilter], record.url).toEqual([words.previousStrategy.currentFilter]);
        else expect(filter, record.url).toEqual([words.previousStrategy.searchFilter]);
      }
    });

    it(feed ? "has its changes in the trust's updates feed" : "has nothing in the trust's updates feed", () => {
      const { site, edition, origin } = subject(status);
      const atom = readFileSync(path.join(site, 'updates.xml'), 'utf8');
      expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
      const links = [...atom.matchAll(/<entry>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]+)"/g)].map((match) => match[1]!);
      if (feed) {
        expect(links).toContain(`${origin}focus-areas/`);
        expect(links.every((link) => !link.includes('/previous/'))).toBe(true);
      } else expect(links.filter((link) => link.startsWith(`${origin}${edition}`))).toEqual([]);
    });

    it(sitemap ? 'lists its pages in the sitemap' : 'leaves its pages out of the sitemap', () => {
      const { site, edition, origin } = subject(status);
      const sitemapFile = path.join(site, 'sitemap.xml');
      expect(existsSync(sitemapFile)).toBe(true);
      const listed = readFileSync(sitemapFile, 'utf8');
      const home = `<loc>${origin}${edition}</loc>`;
      expect(listed.includes(home)).toBe(sitemap);
    });
  });
});
