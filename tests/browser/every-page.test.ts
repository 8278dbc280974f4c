/**
 * Every page of every sample trust, in every language it publishes, in Chromium, served alone at its base path with the
 * headers its host files declare, at a phone width (320 px) and a desktop width (1280 px): no
 * WCAG 2.2 AA violation found by axe, valid HTML, nothing broken or loaded from off the machine,
 * no console error, no sideways scrolling, no cookies, and the Content-Security-Policy sent
 * enforced (never report-only) with no page breaking it. The layout a reader sees is measured
 * in the same walk (tests/support/layout-checks.ts): no hole in a row of cards; on the phone the
 * page's own content starts within 260 px and each easy read picture is above its text; on the
 * desktop the menu is one row and each easy read picture is left of its text, in large type.
 * One walk checks all of these, so each page is loaded once per width.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveTrustFolder, type RunningServer } from '../../scripts/serve/trust-server.ts';
import { launchBrowser, runAxe, watchedPage } from '../support/browser.ts';
import { pagePaths } from '../support/built-sites.ts';
import { cardRowHoles, contentStartsLate, easyReadRowProblems, menuWraps } from '../support/layout-checks.ts';
import { everySampleSite, everySampleSlug } from '../support/sample-trusts.ts';

const dist = inject('builtSites');
const widths = [320, 1280];
const isWide = (width: number) => width >= 1000;

/**
 * html-validate's recommended rules, less those that fight how the product must work.
 * Each rule left out says why.
 */
const htmlValidate = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes <!DOCTYPE html> in capitals; both are valid HTML.
    'doctype-style': 'off',
    // The Pagefind search UI's own custom elements are defined by its script at run time.
    'no-unknown-elements': 'off',
    // nhsuk-frontend's header and footer carry role="banner" and role="contentinfo"; its markup is
    // kept as the design system writes it, so its own accessibility fixes arrive with updates.
    'no-redundant-role': 'off',
  },
});

/** What is wrong with a page's security headers: the policy must be enforced, allow no inline code, and forbid framing. */
function policyProblems(headers: Record<string, string>): string[] {
  const policy = headers['content-security-policy'] ?? '';
  return [
    ...(policy.includes("script-src 'self' 'wasm-unsafe-eval'")
      ? []
      : [`policy without script-src 'self' 'wasm-unsafe-eval': "${policy}"`]),
    ...(policy.includes("frame-ancestors 'none'") ? [] : [`policy without frame-ancestors 'none': "${policy}"`]),
    ...(policy.includes('unsafe-inline') ? [`policy allows inline code: "${policy}"`] : []),
    ...(headers['content-security-policy-report-only'] === undefined ? [] : ['a report-only policy, which stops nothing']),
    ...(headers['x-content-type-options'] === 'nosniff' ? [] : ['no X-Content-Type-Options: nosniff']),
  ];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const checked = { pages: 0, pageWidths: 0 };
afterAll(() => {
  console.log(`Checked ${checked.pages} pages at ${widths.length} widths: ${checked.pageWidths} page views.`);
});

describe.each(everySampleSlug)('%s', (slug) => {
  const { basePath } = everySampleSite[slug];
  const siteDir = path.join(dist, slug);
  const pages = [...pagePaths(siteDir), '404.html'];
  // The walk loads every page once per width: its time limit grows with the trust's pages (Harbourside, with its
  // Urdu pages and their easy read twins, has 60; on a loaded two-core machine a page takes up to 3 s), so it
  // catches a walk that never ends, not a site with many pages.
  const walkTimeLimit = Math.max(180_000, pages.length * 5_000);
  let server: RunningServer;

  beforeAll(async () => {
    server = await serveTrustFolder(siteDir, basePath);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("walks the pages of the trust's previous strategies too", () => {
    // Harbourside keeps its 2019 to 2024 strategy under previous/2019-2024/: its pages are readers' pages like any other.
    const previous = pages.filter((pagePath) => pagePath.startsWith('previous/'));
    if (slug === 'harbourside')
      expect(previous).toEqual(expect.arrayContaining(['previous/2019-2024/', 'previous/2019-2024/easy-read/vision/']));
  });

  it('every page is valid HTML', async () => {
    const problems: string[] = [];
    for (const pagePath of pages) {
      const file = pagePath.endsWith('.html') ? pagePath : `${pagePath}index.html`;
      const report = await htmlValidate.validateString(readFileSync(path.join(siteDir, file), 'utf8'), file);
      for (const result of report.results) {
        for (const message of result.messages)
          problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(widths)(
    'every page at %i px passes axe (WCAG 2.2 AA) and loads cleanly',
    async (width) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const problems: string[] = [];
      try {
        const watched = await watchedPage(context);
        for (const pagePath of pages) {
          watched.errors.length = 0;
          watched.failedRequests.length = 0;
          watched.leftLoopback.length = 0;
          const url = `${server.url}${pagePath === '404.html' ? 'no-such-page/' : pagePath}`;
          watched.policyViolations.length = 0;
          const response = await watched.page.goto(url, { waitUntil: 'load' });
          // The search page builds its interface with script: check it once it is there.
          if (pagePath === 'search/') await watched.page.locator('pagefind-input input').waitFor();
          problems.push(...policyProblems(response?.headers() ?? {}).map((problem) => `${pagePath || '(home)'}: ${problem}`));
          for (const violation of await runAxe(watched.page)) {
            problems.push(
              `${pagePath || '(home)'}: axe ${violation.id} (${violation.impact}) ${violation.help} at ${violation.targets.join(', ')}`,
            );
          }
          const overflow = await watched.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) problems.push(`${pagePath || '(home)'}: scrolls sideways by ${overflow} px`);
          const layout = [
            ...(await cardRowHoles(watched.page)).map((hole) => `hole in ${hole}`),
            ...(isWide(width) ? await menuWraps(watched.page) : await contentStartsLate(watched.page)),
            ...(/(^|\/)easy-read\//.test(pagePath) ? await easyReadRowProblems(watched.page, isWide(width)) : []),
          ];
          problems.push(...layout.map((problem) => `${pagePath || '(home)'}: ${problem}`));
          const expectedFailures = pagePath === '404.html' ? [`${url} answered 404`] : [];
          const failed = watched.failedRequests.filter((failure) => !expectedFailures.includes(failure));
          problems.push(...failed.map((failure) => `${pagePath || '(home)'}: request failed: ${failure}`));
          problems.push(
            ...watched.leftLoopback.map((address) => `${pagePath || '(home)'}: tried to load from off this machine: ${address}`),
          );
          problems.push(
            ...watched.errors
              .filter((error) => !(pagePath === '404.html' && error.includes('404')))
              .map((error) => `${pagePath || '(home)'}: console error: ${error}`),
          );
          problems.push(...watched.policyViolations.map((violation) => `${pagePath || '(home)'}: breaks the policy: ${violation}`));
          checked.pageWidths += 1;
        }
        if (width === widths[0]) checked.pages += pages.length;
        expect(await context.cookies()).toEqual([]);
      } finally {
        await context.close();
      }
      expect(problems).toEqual([]);
    },
    walkTimeLimit,
  );
});
