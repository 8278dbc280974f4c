/**
 * Easy read pages in Chromium, for every sample trust: picture left of its text at
 * 1280 px and above it at 320 px with no sideways scrolling, large text with generous line
 * height, and a print layout with no navigation and rows kept whole.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveTrustFolder, type RunningServer } from '../../scripts/serve/trust-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { pagePaths } from '../support/built-sites.ts';
import { sampleSlugs, sampleTrusts } from '../support/sample-trusts.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface RowBox {
  picture: { left: number; right: number; top: number; bottom: number; width: number };
  text: { left: number; top: number };
}

const rowBoxes = (page: Page) =>
  page.locator('.er-row').evaluateAll((rows) =>
    rows.map((row) => {
      const picture = row.querySelector('.er-picture img')!.getBoundingClientRect();
      const text = row.querySelector('.er-text')!.getBoundingClientRect();
      return {
        picture: { left: picture.left, right: picture.right, top: picture.top, bottom: picture.bottom, width: picture.width },
        text: { left: text.left, top: text.top },
      };
    }),
  );

describe.each(sampleSlugs)('easy read pages of %s', (slug) => {
  const site = path.join(inject('builtSites'), slug);
  const twins = pagePaths(site).filter((pagePath) => pagePath.startsWith('easy-read/'));
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveTrustFolder(site, sampleTrusts[slug].basePath);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('at 1280 px put each picture (at least 100 px wide) to the left of its text, in large, well-spaced type', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const twin of twins) {
      await page.goto(`${server.url}${twin}`);
      const rows: RowBox[] = await rowBoxes(page);
      expect(rows.length, twin).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.picture.width, twin).toBeGreaterThanOrEqual(100);
        expect(row.picture.right, `${twin}: picture left of text`).toBeLessThanOrEqual(row.text.left);
      }
      const type = await page
        .locator('.er-text p')
        .first()
        .evaluate((element) => {
          const style = getComputedStyle(element);
          return {
            size: parseFloat(style.fontSize),
            lineHeight: parseFloat(style.lineHeight),
            italic: style.fontStyle,
            align: style.textAlign,
          };
        });
      expect(type.size, twin).toBeGreaterThanOrEqual(19);
      expect(type.lineHeight / type.size, twin).toBeGreaterThanOrEqual(1.5);
      expect(type.italic).toBe('normal');
      expect(['left', 'start']).toContain(type.align);
    }
    await page.close();
  });

  it('at 320 px stack each picture above its text, with no sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    for (const twin of twins) {
      await page.goto(`${server.url}${twin}`);
      for (const row of await rowBoxes(page)) expect(row.picture.bottom, twin).toBeLessThanOrEqual(row.text.top);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), twin).toBe(0);
    }
    await page.close();
  });

  it('show a heading over a group of rows above its first row, kept with it when printed', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    let groups = 0;
    // Only the pages that have groups: the other layout tests cover every page.
    for (const twin of twins.filter((pagePath) => readFileSync(path.join(site, pagePath, 'index.html'), 'utf8').includes('er-group'))) {
      await page.goto(`${server.url}${twin}`);
      for (const media of ['screen', 'print'] as const) {
        await page.emulateMedia({ media });
        const found = await page.$$eval('.er-group', (elements) =>
          elements.map((group) => {
            const heading = group.querySelector(':scope > h2, :scope > h3')!;
            const row = group.querySelector('.er-row');
            return {
              headingBottom: heading.getBoundingClientRect().bottom,
              rowTop: row?.getBoundingClientRect().top ?? -1,
              breakAfter: getComputedStyle(heading).breakAfter,
            };
          }),
        );
        for (const group of found) {
          expect(group.rowTop, `${twin} (${media})`).toBeGreaterThanOrEqual(group.headingBottom);
          if (media === 'print') expect(group.breakAfter, twin).toBe('avoid');
        }
        groups += found.length;
      }
    }
    await page.close();
    if (slug === 'harbourside') expect(groups).toBeGreaterThan(0);
  });

  it('print without navigation, with the picture column on the left and rows never split', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${server.url}easy-read/all/`);
    expect(await page.locator('nav[aria-label="Strategy pages"]').isVisible()).toBe(false);
    expect(await page.locator('header form').isVisible()).toBe(false);
    expect(await page.locator('nav[aria-label="Breadcrumb"]').isVisible()).toBe(false);
    const row = await page
      .locator('.er-row')
      .first()
      .evaluate((element) => ({ breakInside: getComputedStyle(element).breakInside }));
    expect(row.breakInside).toBe('avoid');
    for (const box of await rowBoxes(page)) expect(box.picture.right).toBeLessThanOrEqual(box.text.left);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    await page.close();
  });
});
