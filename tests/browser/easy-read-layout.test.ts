/**
 * Easy read pages in Chromium, for every sample trust: headings over groups of rows, the status
 * line and footer in easy read type, and a print layout with no navigation and rows kept whole. Each row's picture beside its text at
 * 1280 px and above it at 320 px, in large, well-spaced type, is measured on every easy read
 * page in the every-page walk (every-page.test.ts, tests/support/layout-checks.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveTrustFolder, type RunningServer } from '../../scripts/serve/trust-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { pagePaths } from '../support/built-sites.ts';
import { rowBoxes } from '../support/layout-checks.ts';
import { sampleSlugs, sampleTrusts } from '../support/sample-trusts.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

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

  it('show the status line and the footer in easy read type, at least 19 px with a line height of at least 1.5, at 390 and 1280 px', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const problems: string[] = [];
    let measured = 0;
    for (const twin of twins) {
      await page.goto(`${server.url}${twin}`);
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        const texts = await page.$$eval('main .status-banner, footer p, footer li, footer a', (elements) =>
          elements
            .filter((element) => element.checkVisibility() && element.textContent?.trim())
            .map((element) => {
              const style = getComputedStyle(element);
              const fontSize = parseFloat(style.fontSize);
              return { text: element.textContent!.trim().slice(0, 40), fontSize, lineHeight: parseFloat(style.lineHeight) / fontSize };
            }),
        );
        measured += texts.length;
        for (const { text, fontSize, lineHeight } of texts) {
          if (fontSize < 19 || !(lineHeight >= 1.5))
            problems.push(`${twin} at ${width} px: "${text}" is ${fontSize} px, line height ${lineHeight.toFixed(2)}`);
        }
      }
    }
    await page.close();
    expect(measured).toBeGreaterThan(twins.length * 2);
    expect(problems).toEqual([]);
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
