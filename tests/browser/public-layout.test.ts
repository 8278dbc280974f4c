/**
 * What a member of the public sees beyond each page's own layout (every-page.test.ts measures
 * that on every page at 320 and 1280 px): on a 390 px phone the menu folds into "More" and every
 * page is two taps away, the home page says each block of words once, nothing moves while a page
 * loads, the home page's card groups are laid out without holes for 1 to 8 items, and pages
 * print on A4 without the header's menu and search, easy read pictures beside their sentences.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveTrustFolder, type RunningServer } from '../../scripts/serve/trust-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { cardRowHoles } from '../support/layout-checks.ts';
import { sampleSlugs, sampleTrusts } from '../support/sample-trusts.ts';
import { cardColumns, cardRowClass } from '../../src/site/card-columns.ts';

const dist = inject('builtSites');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(sampleSlugs)('%s', (slug) => {
  const { basePath } = sampleTrusts[slug];
  const siteDir = path.join(dist, slug);
  let server: RunningServer;

  beforeAll(async () => {
    server = await serveTrustFolder(siteDir, basePath);
  });
  afterAll(async () => {
    await server?.close();
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

  it('nothing moves while a page loads: the header menu, the search box and search results arrive without shifting the page', async () => {
    const moved: string[] = [];
    for (const viewport of [PHONE, DESKTOP])
      for (const pagePath of ['', 'search/', `search/?q=care`]) {
        const page = await browser.newPage({ viewport });
        await page.addInitScript(() => {
          const record = window as unknown as { shift: number };
          record.shift = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
              if (!entry.hadRecentInput) record.shift += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`${server.url}${pagePath}`);
        // Until what the page's scripts draw is there: the header's menu folded, search results listed.
        await page.locator('body.nhsuk-frontend-supported').waitFor({ state: 'attached' });
        if (pagePath.includes('?q=')) await page.locator('.pf-result-link').first().waitFor();
        // Layout shifts are reported a frame after they happen.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
        // 0.1 is a "good" cumulative layout shift; these pages are drawn to move not at all, so half of it is already a fault.
        if (shift > 0.05) moved.push(`${pagePath || '(home)'} at ${viewport.width} px: layout shift ${shift.toFixed(3)}`);
        await page.close();
      }
    expect(moved).toEqual([]);
  });
});

describe('layouts beyond the sample trusts', () => {
  const { basePath } = sampleTrusts.harbourside;
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveTrustFolder(path.join(dist, 'harbourside'), basePath);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('at 1280 px the home page lays out a card group of any size from 1 to 8 in even rows, with no hole', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(server.url);
    const problems: string[] = [];
    for (let count = 1; count <= 8; count += 1) {
      // The goals group as the home page renders it, with `count` cards and the class the component gives that many.
      const layout = await page
        .locator('section:has(#glance-goals) .nhsuk-card-group')
        .first()
        .evaluate(
          (group, { count, className }) => {
            const first = group.children[0]!;
            group.replaceChildren(...Array.from({ length: count }, () => first.cloneNode(true)));
            group.setAttribute('class', className);
            const width = group.getBoundingClientRect().width;
            return [...group.children].map((item) => {
              const box = item.getBoundingClientRect();
              return { top: Math.round(box.top), width: box.width, share: box.width / width };
            });
          },
          { count, className: cardRowClass(count) },
        );
      problems.push(...(await cardRowHoles(page)).map((hole) => `${count} cards: hole in ${hole}`));
      const rows = new Map<number, number>();
      for (const item of layout) rows.set(item.top, (rows.get(item.top) ?? 0) + 1);
      const expectedRows = Math.ceil(count / cardColumns(count));
      if (rows.size !== expectedRows) problems.push(`${count} cards: ${rows.size} rows, expected ${expectedRows}`);
      if (count === 1 && layout[0]!.share < 0.99) problems.push('1 card: narrower than its group');
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it('prints a strategy page and an easy read page on A4 without menu or search, easy read large, each picture beside its sentence', async () => {
    // The width of A4 inside its 15 mm margins (180 mm at 96 px to the inch).
    const page = await browser.newPage({ viewport: { width: 680, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    for (const pagePath of ['goals/', 'easy-read/goals/']) {
      await page.goto(`${server.url}${pagePath}`);
      for (const hidden of [
        'nav[aria-label="Strategy pages"]',
        'header search',
        'nav[aria-label="Breadcrumb"]',
        '.nhsuk-footer__list',
        '.site-alternate',
      ])
        expect(await page.locator(hidden).first().isVisible(), `${pagePath} ${hidden}`).toBe(false);
      expect(await page.locator('header').evaluate((header) => getComputedStyle(header).backgroundColor), pagePath).toBe(
        'rgb(255, 255, 255)',
      );
      expect(await page.locator('main h1').isVisible(), pagePath).toBe(true);
    }
    // On the easy read page: every row's picture on the left, level with the start of its sentence, and the words large.
    const rows = await page.locator('.er-row').evaluateAll((elements) =>
      elements.map((row) => {
        const picture = row.querySelector('.er-picture img')!.getBoundingClientRect();
        const text = row.querySelector('.er-text')!;
        const box = text.getBoundingClientRect();
        return {
          picture: { left: picture.left, right: picture.right, top: picture.top, bottom: picture.bottom },
          text: { left: box.left, top: box.top },
          fontSize: parseFloat(getComputedStyle(text.querySelector('p, li') ?? text).fontSize),
          breakInside: getComputedStyle(row).breakInside,
        };
      }),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.picture.right).toBeLessThanOrEqual(row.text.left);
      expect(row.text.top).toBeGreaterThanOrEqual(row.picture.top - 1);
      expect(row.text.top).toBeLessThan(row.picture.bottom);
      expect(row.fontSize).toBeGreaterThanOrEqual(19);
      expect(row.breakInside).toBe('avoid');
    }
    await page.close();
  });
});
