/**
 * Urdu is drawn in Noto Nastaliq Urdu, served from the trust's own site under its
 * Content-Security-Policy (`font-src 'self'`), and only where Urdu is written: an English page
 * downloads no font at all. Until a trust publishes pages in Urdu, a sample page is turned into
 * one in the browser (lang="ur", dir="rtl", an Urdu heading), served with the site's own headers.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
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
