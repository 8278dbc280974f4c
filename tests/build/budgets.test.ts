/**
 * Page budgets on every page of every sample trust, as published: HTML and CSS together at
 * most 15 KB gzipped; on content pages only the site's own script files (nhsuk-frontend's
 * header menu), at most 10 KB gzipped, never inline; every picture with its width
 * and height (no jumping while it loads) and, on a phone's first screen or below it, loaded
 * lazily when below (checked in Chromium at Lighthouse's phone size, 412 × 823).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveTrustFolder } from '../../scripts/serve/trust-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { languageFolder, pagePaths } from '../support/built-sites.ts';
import { sampleSlugs, sampleTrusts } from '../support/sample-trusts.ts';

const BUDGET_BYTES = 15 * 1024;
const SCRIPT_BUDGET_BYTES = 10 * 1024;
const PHONE = { width: 412, height: 823 };
const dist = inject('builtSites');

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
  const pages = [...pagePaths(siteDir), '404.html'];
  const fileOf = (pagePath: string) => path.join(siteDir, pagePath.endsWith('.html') ? pagePath : `${pagePath}index.html`);
  /** A published link ("/our-strategy/_assets/x.css") as a file in the trust's folder. */
  const linkedFile = (href: string) => path.join(siteDir, href.slice(basePath.length));

  it('every page is at most 15 KB of CSS and at most 15 KB of HTML, gzipped', () => {
    const over: string[] = [];
    for (const pagePath of pages) {
      const html = readFileSync(fileOf(pagePath));
      const stylesheets = parse(html.toString())
        .querySelectorAll('link[rel="stylesheet"]')
        .map((link) => readFileSync(linkedFile(link.getAttribute('href')!)));
      const css = stylesheets.reduce((sum, file) => sum + gzipSync(file).length, 0);
      const page = gzipSync(html).length;
      if (css > BUDGET_BYTES) over.push(`${pagePath || '(home)'}: ${(css / 1024).toFixed(1)} KB of CSS`);
      if (page > BUDGET_BYTES) over.push(`${pagePath || '(home)'}: ${(page / 1024).toFixed(1)} KB of HTML`);
    }
    expect(over).toEqual([]);
  });

  it('content pages run only our own script files, at most 10 KB gzipped, and nothing inline', () => {
    const problems: string[] = [];
    // Search pages (search/, and ur/search/ in a language's folder) load the search script.
    for (const pagePath of pages.filter((candidate) => candidate.slice(languageFolder(siteDir, candidate).length) !== 'search/')) {
      const where = pagePath || '(home)';
      const root = parse(readFileSync(fileOf(pagePath), 'utf8'));
      const scripts = root.querySelectorAll('script').filter((script) => script.getAttribute('type') !== 'application/ld+json');
      const handlers = root.querySelectorAll('*').filter((element) => Object.keys(element.attributes).some((name) => /^on/i.test(name)));
      const links = root.querySelectorAll('a[href^="javascript:"]');
      if (handlers.length + links.length > 0) problems.push(`${where}: an event handler or javascript: link`);
      let bytes = 0;
      for (const script of scripts) {
        const src = script.getAttribute('src');
        if (!src || !src.startsWith(basePath)) problems.push(`${where}: a script that is not a file from the site (${src ?? 'inline'})`);
        else bytes += gzipSync(readFileSync(linkedFile(src))).length;
      }
      if (bytes > SCRIPT_BUDGET_BYTES) problems.push(`${where}: ${(bytes / 1024).toFixed(1)} KB of script`);
    }
    expect(problems).toEqual([]);
    // The budget is not met by having no search: the search page does load its script.
    expect(parse(readFileSync(fileOf('search/'), 'utf8')).querySelectorAll('script').length).toBeGreaterThan(0);
  });

  it('every picture has its width and height, and those below the first screen of a phone load lazily', async () => {
    const server = await serveTrustFolder(siteDir, basePath);
    const page = await browser.newPage({ viewport: PHONE });
    const problems: string[] = [];
    let pictures = 0;
    try {
      for (const pagePath of pages) {
        await page.goto(`${server.url}${pagePath === '404.html' ? 'no-such-page/' : pagePath}`);
        const images = await page.locator('img').evaluateAll((found) =>
          found.map((image) => ({
            src: image.getAttribute('src') ?? '',
            sized: image.hasAttribute('width') && image.hasAttribute('height'),
            lazy: image.getAttribute('loading') === 'lazy',
            top: image.getBoundingClientRect().top + window.scrollY,
          })),
        );
        pictures += images.length;
        for (const image of images) {
          const where = `${pagePath || '(home)'}: ${image.src}`;
          if (!image.sized) problems.push(`${where} has no width and height`);
          if (image.top >= PHONE.height && !image.lazy) problems.push(`${where} is below the first screen but not loading="lazy"`);
          if (image.top < PHONE.height / 2 && image.lazy) problems.push(`${where} is at the top of the page but loads lazily`);
        }
      }
    } finally {
      await page.close();
      await server.close();
    }
    expect(problems).toEqual([]);
    expect(pictures).toBeGreaterThan(0);
  });
});
