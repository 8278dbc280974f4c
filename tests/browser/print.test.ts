/**
 * Printing, as a reader's Chromium prints (its own PDF, with each page's CSS page size), for one
 * page of every kind of every sample trust, read back sheet by sheet with PDF.js: no sheet carries
 * only furniture (the header and logo, the title, the status line, the footer) or nothing at all,
 * and the strategy on a page is exactly one A4 landscape sheet, its title on it with all it holds.
 * Urdu pages are read through the text Chromium records for Nastaliq's joined letters, which
 * PDF.js cannot read (tests/support/pdf-actual-text.ts): word by word, as their words come in
 * drawing order.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveTrustFolder, type RunningServer } from '../../scripts/serve/trust-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { pagePaths, readPage } from '../support/built-sites.ts';
import { furnitureOnlySheets, printedParts, printSheets, squeeze, wordsOf } from '../support/print-sheets.ts';
import { sampleSlugs, sampleTrusts } from '../support/sample-trusts.ts';

const dist = inject('builtSites');
/** A4 in PDF points (1/72 inch), within a point. */
const A4 = { short: 595, long: 842 };

/**
 * One page of each kind: the kind search files it under (with its version, standard or easy
 * read), or its own path for pages search leaves out (search, contents, the 404 page's siblings);
 * the strategy on a page always, though search files it beside the home page.
 */
function onePageOfEachKind(siteDir: string): string[] {
  const chosen = new Map<string, string>();
  for (const pagePath of pagePaths(siteDir)) {
    const head = readPage(siteDir, pagePath).querySelector('head');
    const kind = head?.querySelector('meta[name="strategy:kind"]')?.getAttribute('content');
    const version = head?.querySelector('meta[name="strategy:version"]')?.getAttribute('content') ?? 'Standard';
    const key = pagePath === 'strategy-on-a-page/' || !kind ? pagePath : `${version} ${kind}`;
    if (!chosen.has(key)) chosen.set(key, pagePath);
  }
  return [...chosen.values()];
}

async function print(page: Page, url: string) {
  await page.goto(url);
  await page.emulateMedia({ media: 'print' });
  return { parts: await printedParts(page), sheets: await printSheets(page) };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(sampleSlugs)('printing %s', (slug) => {
  const siteDir = path.join(dist, slug);
  let server: RunningServer;
  let page: Page;
  beforeAll(async () => {
    server = await serveTrustFolder(siteDir, sampleTrusts[slug].basePath);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await page?.close();
    await server?.close();
  });

  it('puts some of the page’s own content on every sheet of every kind of page, never furniture alone', async () => {
    const kinds = onePageOfEachKind(siteDir);
    expect(kinds.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const pagePath of kinds) {
      const { parts, sheets } = await print(page, `${server.url}${pagePath}`);
      if (parts.probes.length === 0) problems.push(`${pagePath || 'home'}: no content found to look for`);
      const bare = furnitureOnlySheets(sheets, parts);
      if (bare.length > 0) problems.push(`${pagePath || 'home'}: sheet ${bare.join(', ')} of ${sheets.length} carries only furniture`);
    }
    expect(problems).toEqual([]);
  });

  it('prints the strategy on a page on one A4 landscape sheet, its title and every block on it', async () => {
    if (!pagePaths(siteDir).includes('strategy-on-a-page/')) return;
    const { parts, sheets } = await print(page, `${server.url}strategy-on-a-page/`);
    expect(sheets).toHaveLength(1);
    const [sheet] = sheets;
    expect(Math.abs(sheet!.width - A4.long), `width ${sheet!.width} pt`).toBeLessThan(2);
    expect(Math.abs(sheet!.height - A4.short), `height ${sheet!.height} pt`).toBeLessThan(2);
    const words = squeeze(sheet!.text);
    expect(words).toContain(squeeze('Our strategy on a page'));
    // Every block of the strategy on a page is on that sheet.
    for (const probe of parts.probes) expect(words).toContain(probe);
  });
});

describe("printing Harbourside's Urdu pages", () => {
  let server: RunningServer;
  let page: Page;
  beforeAll(async () => {
    server = await serveTrustFolder(path.join(dist, 'harbourside'), sampleTrusts.harbourside.basePath);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await page?.close();
    await server?.close();
  });

  it('keeps their words: a saved PDF of the vision page holds its Urdu heading and first paragraph, letter for letter', async () => {
    await page.goto(`${server.url}ur/vision/`);
    await page.emulateMedia({ media: 'print' });
    const heading = await page.locator('main h1').innerText();
    const paragraph = await page.locator('main p').first().innerText();
    expect(heading).toMatch(/[\u0600-\u06ff]/);
    expect(paragraph).toMatch(/[\u0600-\u06ff]/);
    const sheets = await printSheets(page);
    expect(sheets.length).toBeGreaterThanOrEqual(1);
    const [first] = sheets;
    expect(Math.abs(first!.width - A4.short), `width ${first!.width} pt`).toBeLessThan(2);
    const printed = new Set(wordsOf(first!.actualText));
    for (const word of [...wordsOf(heading), ...wordsOf(paragraph)]) expect(printed, word).toContain(word);
  });
});
