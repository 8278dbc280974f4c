/**
 * Test support for the host recipes (tests/hosting/): what a reader and a host must see from
 * a sample trust published at its base path, whatever serves it (nginx, Azure's emulator...).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { expect, inject } from 'vitest';
import { securityHeadersFor } from '../../src/hosting/security-headers.ts';
import { watchedPage } from './browser.ts';

export { freePort } from '../../scripts/cli/free-port.ts';

/** The home page, a content page and an easy read page answer 200 with the trust's words. */
export async function expectPagesServed(origin: string, basePath: string): Promise<void> {
  for (const pagePath of ['', 'goals/', 'easy-read/']) {
    const response = await fetch(`${origin}${basePath}${pagePath}`);
    expect(response.status, pagePath).toBe(200);
    expect(await response.text()).toContain('Harbourside');
  }
}

/** "/goals" is sent on to "/goals/", where the page is. */
export async function expectTrailingSlashRedirect(origin: string, basePath: string): Promise<void> {
  const response = await fetch(`${origin}${basePath}goals`, { redirect: 'manual' });
  expect(response.status).toBe(301);
  expect(response.headers.get('location')).toBe(`${basePath}goals/`);
}

/** An unknown address answers 404 with the trust's own 404 page, exactly as built. */
export async function expectOwnNotFoundPage(origin: string, basePath: string, slug: string): Promise<void> {
  const response = await fetch(`${origin}${basePath}no-such-page/`);
  expect(response.status).toBe(404);
  const html = await response.text();
  expect(html).toBe(readFileSync(path.join(inject('builtSites'), slug, '404.html'), 'utf8'));
  expect(html).toContain(`href="${basePath}"`);
}

/** The address of the shared stylesheet a page links to, under the trust's `_assets/`. */
export function stylesheetOf(html: string): string | undefined {
  return /href="([^"]+\/_assets\/[^"]+\.css)"/.exec(html)?.[1];
}

/**
 * Each address is served with the headers src/hosting/security-headers.ts declares for it; files are sandboxed,
 * the current strategy's and each previous strategy's (`periods`, for example "2019-2024") alike.
 */
export async function expectSecurityHeaders(origin: string, basePath: string, addresses: string[], periods: string[] = []): Promise<void> {
  for (const address of addresses) {
    const response = await fetch(`${origin}${basePath}${address}`);
    const expected = securityHeadersFor(`${basePath}${address}`, basePath, periods);
    for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name), `${address} ${name}`).toBe(value);
  }
  for (const file of ['files/logo.svg', ...periods.map((period) => `previous/${period}/files/logo.svg`)]) {
    const response = await fetch(`${origin}${basePath}${file}`);
    expect(response.status, file).toBe(200);
    expect(response.headers.get('content-security-policy'), file).toContain('sandbox');
  }
}

/** In Chromium, the search page finds pages, links them under the base path, and nothing fails to load. */
export async function expectSearchFindsPages(browser: Browser, origin: string, basePath: string): Promise<void> {
  const context = await browser.newContext();
  const watched = await watchedPage(context);
  const page = watched.page;
  await page.goto(`${origin}${basePath}search/`);
  await page.locator('pagefind-input input').focus();
  await page.keyboard.type('waits');
  await expect.poll(() => page.locator('.pf-result-link').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  const links = await page.locator('.pf-result-link').evaluateAll((found) => found.map((link) => link.getAttribute('href')));
  expect(links.every((href) => href?.startsWith(basePath))).toBe(true);
  expect(watched.failedRequests).toEqual([]);
  expect(watched.errors).toEqual([]);
  await context.close();
}
