/**
 * The live preview (`npm run dev`, which is `astro dev`) in Chromium: pages are styled as the
 * built site is (the development-only policy lets in the styles Vite injects), pass axe, and a
 * save with a mistake puts the check's words (file, line, fix) over every page opened or reloaded
 * until it is corrected, and the team's plain English report is there. The published policy stays strict: tests/browser/content-security-policy.test.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagePolicyForDevMeta, pagePolicyForMeta } from '../../src/site/security-headers.ts';
import { launchBrowser, runAxe, watchedPage } from '../support/browser.ts';
import { FIXED_BUILD_DATE, repoRoot } from '../support/built-sites.ts';
import { freePort } from '../../scripts/cli/free-port.ts';

const astroBin = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
// As from a terminal: not the test runner's NODE_ENV=test and VITEST variables, which change how Astro runs.
const env = Object.fromEntries(
  Object.entries({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', STRATEGY_BUILD_DATE: FIXED_BUILD_DATE }).filter(
    ([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'),
  ),
);

let work: string;
let dev: ChildProcess;
let output = '';
let browser: Browser;
let context: BrowserContext;
let base: string;
let goalsFile: string;

beforeAll(async () => {
  // A copy of the project with one trust, so the test can save a mistake while the preview runs.
  work = mkdtempSync(path.join(tmpdir(), 'strategy-dev-preview-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src'])
    cpSync(path.join(repoRoot, entry), path.join(work, entry), { recursive: true });
  mkdirSync(path.join(work, 'content'));
  cpSync(path.join(repoRoot, 'content', 'harbourside'), path.join(work, 'content', 'harbourside'), { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(work, 'node_modules'));
  goalsFile = path.join(work, 'content', 'harbourside', 'goals.md');
  // Asked of the system, not drawn at random: a random port can be busy or one the browser refuses (5060).
  const port = await freePort();
  base = `http://127.0.0.1:${port}/harbourside/`;
  dev = spawn(process.execPath, [astroBin, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: work,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  dev.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (let attempt = 0; attempt < 480; attempt += 1) {
    const ready = await fetch(`${base}goals/`, { signal: AbortSignal.timeout(30_000) }).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  browser = await launchBrowser();
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  dev?.kill('SIGTERM');
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * The text of Vite's error overlay, which lives in a shadow root, or "" when none is shown.
 * "Not yet known" while the preview is reloading the page, so a poll waits for the new page.
 */
const overlayText = (page: import('playwright-core').Page) =>
  page
    .evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '')
    .catch((error: Error) => {
      if (/context was destroyed|navigat/i.test(error.message)) return 'not yet known: the page is reloading';
      throw error;
    });

describe('the live preview in Chromium', () => {
  it('uses a development-only policy that allows only inline styles more than the published one', () => {
    expect(pagePolicyForMeta).toContain("style-src 'self';");
    expect(pagePolicyForDevMeta).toBe(pagePolicyForMeta.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
  });

  it('shows pages styled, with no style blocked, and passing axe', async () => {
    const { page, errors } = await watchedPage(context);
    await page.goto(`${base}goals/`);
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).fontFamily), { timeout: 60_000 }).toMatch(/arial/i);
    // The policy in the page is the development one; nothing it blocked.
    expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toBe(pagePolicyForDevMeta);
    expect(
      errors.filter((error) => /Content Security Policy/i.test(error)),
      output,
    ).toEqual([]);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it("shows the team's plain English report, which a built site leaves out unless the trust publishes it", async () => {
    const { page } = await watchedPage(context);
    const response = await page.goto(`${base}reading-age/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Plain English report');
    expect(await page.locator('main tbody tr').count()).toBe(8);
    await page.close();
  });

  it('shows a saved mistake with the file, line and fix on every page until it is corrected', async () => {
    // Its own browser context: the preview reloads this page as files are saved, and a reload racing
    // a navigation can leave the context's connections to the preview stalled.
    const drafting = await browser.newContext();
    const { page } = await watchedPage(drafting);
    await page.goto(`${base}goals/`);
    const good = readFileSync(goalsFile, 'utf8');
    writeFileSync(goalsFile, good.replace(/^order: 30$/m, 'order: soon'));
    await expect.poll(() => overlayText(page), { timeout: 60_000 }).toContain('content/harbourside/goals.md:5');
    await expect.poll(() => overlayText(page), { timeout: 30_000 }).toContain('order must be a number, for example 3.');
    // Another page opened while the mistake stands says so too: never the last good words without a warning.
    await page.goto(`${base}values/`);
    await expect.poll(() => overlayText(page), { timeout: 30_000 }).toContain('content/harbourside/goals.md:5');
    await page.reload();
    await expect.poll(() => overlayText(page), { timeout: 30_000 }).toContain('order must be a number');
    // Corrected: the warning goes, on the next page opened.
    writeFileSync(goalsFile, good.replace('title: Our goals', 'title: Our goals, corrected'));
    await expect.poll(() => output, { timeout: 60_000 }).toMatch(/Content check \(harbourside\): no problems found\.[\s\S]*$/);
    await expect
      .poll(() => fetch(`${base}goals/`).then((response) => response.text()), { timeout: 60_000 })
      .toContain('Our goals, corrected');
    await Promise.race([drafting.close(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    const { page: next } = await watchedPage(context);
    await next.goto(`${base}goals/`);
    await expect.poll(() => next.textContent('h1'), { timeout: 60_000 }).toContain('Our goals, corrected');
    await expect.poll(() => overlayText(next), { timeout: 30_000 }).toBe('');
    await next.close();
  });
});
