/**
 * Urdu is drawn in Noto Nastaliq Urdu, served from the trust's own site under its
 * Content-Security-Policy (`font-src 'self'`), and only where Urdu is written: an English page
 * downloads no font at all. A sample English page is turned into an Urdu one in the browser
 * (lang="ur", dir="rtl", an Urdu heading), served with the site's own headers. Harbourside's own
 * Urdu pages show that the parts above the content are as short as on English pages, with every
 * Urdu word in them drawn whole, inside its part.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveTrustFolder, type RunningServer } from '../../scripts/serve/trust-server.ts';
import { launchBrowser, watchedPage } from '../support/browser.ts';
import { sampleTrusts } from '../support/sample-trusts.ts';

const dist = inject('builtSites');
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveTrustFolder(path.join(dist, 'harbourside'), sampleTrusts.harbourside.basePath);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page, turned into Urdu first when asked, and lists the fonts it downloaded and what it drew its heading in. */
async function openPage(pagePath: string, urdu: boolean) {
  const context = await browser.newContext();
  const watched = await watchedPage(context);
  const { page } = watched;
  const fonts: { url: string; status: number }[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'font') fonts.push({ url: response.url(), status: response.status() });
  });
  const address = `${server.url}${pagePath}`;
  if (urdu) {
    await page.route(address, async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace(/<html lang="[^"]*"/, '<html lang="ur" dir="rtl"')
        .replace(/(<h1[^>]*>)[\s\S]*?(<\/h1>)/, '$1ہمارے مقاصد$2');
      await route.fulfill({ response, body: html });
    });
  }
  await page.goto(address);
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() =>
    [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family.replace(/"/g, '')} ${face.weight}`),
  );
  await context.close();
  return { fonts, loaded, watched };
}

describe('the Urdu font', () => {
  it('an Urdu page gets Noto Nastaliq Urdu from its own site, with no policy violation', async () => {
    const { fonts, loaded, watched } = await openPage('goals/', true);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(new URL(font.url).origin).toBe(new URL(server.url).origin);
      expect(font.url).toMatch(/noto-nastaliq-urdu-arabic-\d+-normal\.[\w-]+\.woff2$/);
      expect(font.status).toBe(200);
    }
    // The heading is bold: the bold face is the one drawn.
    expect(loaded).toContain('Noto Nastaliq Urdu 700');
    expect(watched.policyViolations).toEqual([]);
    expect(watched.failedRequests).toEqual([]);
    expect(watched.leftLoopback).toEqual([]);
  });

  it('an English page downloads no font', async () => {
    const { fonts, loaded, watched } = await openPage('goals/', false);
    expect(fonts).toEqual([]);
    expect(loaded).toEqual([]);
    expect(watched.policyViolations).toEqual([]);
  });
});

/** Where the page's content starts (its heading, or the notice above a page not yet translated), below the language navigation. */
const contentTop = (page: Page) =>
  page.evaluate(() => {
    const start = document.querySelector('main .language-fallback') ?? document.querySelector('main h1')!;
    return start.getBoundingClientRect().top - (document.querySelector('nav.language-navigation')?.getBoundingClientRect().bottom ?? 0);
  });

/**
 * Each Urdu word above the content (language navigation, menu, breadcrumb, other version): where
 * its letters are drawn (its baseline, found with an empty box set on it, less and plus the
 * height of the letters above and below it, measured in the font it is drawn in) and the part of
 * the page it belongs to.
 */
const urduFurnitureInk = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    const parts = ['.language-navigation', '.nhsuk-header__navigation', '.nhsuk-header__container', '.page-links'];
    const words =
      '.language-navigation__current, .nhsuk-header__navigation-list > li:not([hidden]) > .nhsuk-header__navigation-link, .nhsuk-breadcrumb a, .site-alternate a';
    const found = [];
    for (const element of document.querySelectorAll<HTMLElement>(words)) {
      if (element.getClientRects().length === 0 || element.closest('[hidden]')) continue;
      const text = [...element.childNodes]
        .filter((node) => !(node instanceof Element && node.classList.contains('nhsuk-u-visually-hidden')))
        .map((node) => node.textContent)
        .join('')
        .trim();
      if (!/[\u0600-\u06ff]/.test(text)) continue;
      const style = getComputedStyle(element);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const letters = canvas.measureText(text);
      const probe = document.createElement('span');
      probe.style.display = 'inline-block';
      probe.style.width = '0';
      probe.style.height = '0';
      element.append(probe);
      const baseline = probe.getBoundingClientRect().bottom;
      probe.remove();
      const part = parts.map((selector) => element.closest(selector)).find(Boolean)!;
      const box = part.getBoundingClientRect();
      found.push({
        text,
        inkTop: baseline - letters.actualBoundingBoxAscent,
        inkBottom: baseline + letters.actualBoundingBoxDescent,
        // Inside its part's border (the line above the menu), give or take the pixel the letters are measured in.
        partTop: box.top + part.clientTop - 1,
        partBottom: box.bottom + 1,
      });
    }
    return found;
  });

describe("Harbourside's Urdu pages above their content", () => {
  for (const width of [320, 1280]) {
    it(`at ${width} px, start their content as high as the English pages and draw each Urdu word of the header and breadcrumb whole, inside its part`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      for (const pagePath of ['vision/', 'easy-read/vision/', 'delivery/']) {
        await page.goto(`${server.url}${pagePath}`);
        const english = await contentTop(page);
        await page.goto(`${server.url}ur/${pagePath}`);
        await page.evaluate(() => document.fonts.ready);
        expect(await page.evaluate(() => document.fonts.check('16px "Noto Nastaliq Urdu"', 'اردو'))).toBe(true);
        // The menu, breadcrumb and link to the other version take no more height in Urdu.
        expect(await contentTop(page), `ur/${pagePath}`).toBeLessThanOrEqual(english + 1);
        const words = await urduFurnitureInk(page);
        // The current language's name, the menu's Urdu links, the back link and the other version's link.
        expect(words.length, `Urdu words above the content of ur/${pagePath}`).toBeGreaterThanOrEqual(3);
        for (const word of words) {
          expect(word.inkTop, `${word.text} on ur/${pagePath}: its letters climb out of the top of its part`).toBeGreaterThanOrEqual(
            word.partTop,
          );
          expect(word.inkBottom, `${word.text} on ur/${pagePath}: its letters fall out of the bottom of its part`).toBeLessThanOrEqual(
            word.partBottom,
          );
        }
      }
      await context.close();
    });
  }
});
