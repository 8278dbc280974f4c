/**
 * The Content-Security-Policy, enforced (not report-only), in Chromium: every page of every
 * sample trust, served with the headers its host files declare, raises no
 * `securitypolicyviolation`, including while searching and filtering; and the policy does
 * stop what it must (an inline script added to a page does not run, a trust's file cannot run
 * script). The server sends the headers from src/site/security-headers.ts, the same list the
 * host files in each published folder are written from.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveTrustFolder, type RunningServer } from '../../scripts/serve/trust-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { pagePaths } from '../support/built-sites.ts';
import { sampleSlugs, sampleTrusts, type SampleSlug } from '../support/sample-trusts.ts';

const dist = inject('builtSites');
let browser: Browser;
const servers = {} as Record<SampleSlug, RunningServer>;

beforeAll(async () => {
  browser = await launchBrowser();
  for (const slug of sampleSlugs) servers[slug] = await serveTrustFolder(path.join(dist, slug), sampleTrusts[slug].basePath);
});
afterAll(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server?.close();
});

/** A page that records every CSP violation, from the first byte (the listener is added before any page script). */
async function policedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return { page, violations };
}

describe.each(sampleSlugs)('%s', (slug) => {
  it('no page breaks the policy, and every page is served with it enforced', async () => {
    const { page, violations } = await policedPage();
    const pages = pagePaths(path.join(dist, slug));
    for (const pagePath of pages) {
      const response = await page.goto(`${servers[slug].url}${pagePath}`, { waitUntil: 'networkidle' });
      const policy = response?.headers()['content-security-policy'] ?? '';
      expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain('unsafe-inline');
      expect(response?.headers()['content-security-policy-report-only']).toBeUndefined();
      expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    }
    expect(violations, pages.join(', ')).toEqual([]);
    await page.close();
  });

  it('searching and filtering break no policy', async () => {
    const { page, violations } = await policedPage();
    await page.goto(`${servers[slug].url}search/?q=care`);
    await page.locator('.pf-result-link').first().waitFor();
    await page.locator('details[data-filter-name="version"] summary').click();
    await page.getByLabel('Easy read').check();
    await expect.poll(async () => page.locator('.pf-result-link').count()).toBeGreaterThan(0);
    await page.locator('pagefind-input input').fill('our');
    await expect.poll(async () => (await page.locator('pagefind-summary').textContent()) ?? '').toMatch(/our/i);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('the policy stops what it must', () => {
  it('an inline script or style added to a page does not run', async () => {
    const { page, violations } = await policedPage();
    const base = servers.harbourside.url;
    // The page as published, with an injected script and style: served through the same host rules.
    await page.route(`${base}goals/`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</main>', '<script>document.title = "ran"</script><p style="color: red">x</p></main>');
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${base}goals/`);
    expect(await page.title()).not.toBe('ran');
    expect(violations.some((violation) => violation.startsWith('script-src'))).toBe(true);
    expect(violations.some((violation) => violation.startsWith('style-src'))).toBe(true);
    await page.close();
  });

  it("a trust's files are served sandboxed, so a file can never run script on the trust's address", async () => {
    const page = await browser.newPage();
    const logo = readFileSync(path.join(dist, 'harbourside', 'files', 'logo.svg'), 'utf8');
    const base = servers.harbourside.url;
    await page.route(`${base}files/logo.svg`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: logo.replace('</svg>', '<script>document.title = "ran"</script></svg>') });
    });
    const response = await page.goto(`${base}files/logo.svg`);
    expect(response?.headers()['content-security-policy']).toMatch(/(^|; )sandbox($|;)/);
    expect(await page.title()).not.toBe('ran');
    await page.close();
  });
});
