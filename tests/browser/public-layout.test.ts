/**
 * What a member of the public sees, on a 390 px phone and a 1280 px screen, on every page of
 * every sample trust: the page's own content starts within the first 260 px of a phone (the
 * header and its menu are short), nothing scrolls sideways, no row of cards has a hole, the
 * phone menu folds into "More" and every page is two taps away, the home page says each block
 * of words once, and axe finds nothing at 390 px (every-page.test.ts checks 320 and 1280 px).
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveTrustFolder, type RunningServer } from '../../scripts/serve/trust-server.ts';
import { launchBrowser, runAxe } from '../support/browser.ts';
import { pagePaths } from '../support/built-sites.ts';
import { sampleSlugs, sampleTrusts } from '../support/sample-trusts.ts';

const dist = inject('builtSites');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const CONTENT_STARTS_BY = 260;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Rows of cards in each card group that end short of the group's right edge, other than by a gap. */
function cardRowHoles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const holes: string[] = [];
    for (const group of document.querySelectorAll('.nhsuk-card-group')) {
      const right = group.getBoundingClientRect().right;
      const rows = new Map<number, number>();
      for (const item of group.children) {
        const box = item.getBoundingClientRect();
        const top = Math.round(box.top);
        rows.set(top, Math.max(rows.get(top) ?? 0, box.right));
      }
      for (const [top, rowRight] of rows)
        if (right - rowRight > 2) holes.push(`${group.closest('section')?.querySelector('h2, h3')?.textContent ?? 'group'} row at ${top}`);
    }
    return holes;
  });
}

describe.each(sampleSlugs)('%s', (slug) => {
  const { basePath } = sampleTrusts[slug];
  const siteDir = path.join(dist, slug);
  const pages = pagePaths(siteDir);
  let server: RunningServer;

  beforeAll(async () => {
    server = await serveTrustFolder(siteDir, basePath);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('on a 390 px phone every page starts its content within 260 px, does not scroll sideways, has no hole in a card row and passes axe', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    const problems: string[] = [];
    for (const pagePath of pages) {
      await page.goto(`${server.url}${pagePath}`);
      const where = pagePath || '(home)';
      const top = await page.locator('main h1').evaluate((heading) => heading.getBoundingClientRect().top);
      if (top > CONTENT_STARTS_BY) problems.push(`${where}: the heading starts at ${Math.round(top)} px`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${where}: scrolls sideways by ${overflow} px`);
      problems.push(...(await cardRowHoles(page)).map((hole) => `${where}: hole in ${hole}`));
      for (const violation of await runAxe(page)) problems.push(`${where}: axe ${violation.id}`);
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('at 1280 px no page scrolls sideways or has a hole in a card row, and the menu is one row', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    const problems: string[] = [];
    for (const pagePath of pages) {
      await page.goto(`${server.url}${pagePath}`);
      const where = pagePath || '(home)';
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${where}: scrolls sideways by ${overflow} px`);
      problems.push(...(await cardRowHoles(page)).map((hole) => `${where}: hole in ${hole}`));
      const rows = await page
        .locator('.nhsuk-header__navigation-list > li:not([hidden])')
        .evaluateAll((items) => new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size);
      if (rows !== 1) problems.push(`${where}: the menu takes ${rows} rows`);
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('on a phone every page in the menu is at most two taps away, through "More"', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(server.url);
    const menuPaths = await page
      .locator('.nhsuk-header__navigation-list a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const visible = await page.locator('.nhsuk-header__navigation-list > li:not([hidden]) > a:visible').count();
    let reachable = visible;
    const more = page.locator('.nhsuk-header__menu-toggle');
    if (await more.isVisible()) {
      await more.click();
      reachable += await page.locator('.nhsuk-header__menu-list a:visible').count();
    }
    await page.close();
    expect(reachable).toBe(menuPaths.length);
    expect(menuPaths.length).toBeGreaterThan(1);
  });

  it('the home page says each block of words once', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(server.url);
    const blocks = await page.locator('main').evaluate((main) =>
      [...main.querySelectorAll('p, li, h2, h3, h4, blockquote')]
        .filter((element) => !element.querySelector('p, li, h2, h3, h4'))
        .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
        .filter((text) => text.split(' ').length >= 3),
    );
    await page.close();
    const repeated = blocks.filter((text, index) => blocks.indexOf(text) !== index);
    expect(repeated).toEqual([]);
    expect(blocks.length).toBeGreaterThan(5);
  });
});
