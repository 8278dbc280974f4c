/**
 * The live preview (`npm run dev`, which is `astro dev`) in Chromium: pages are styled as the
 * built site is (the development-only policy lets in the styles Vite injects), pass axe, and a
 * save with a mistake puts the check's words (file, line, fix) in place of the page and in the
 * error overlay, whatever the mistake, on every page opened or reloaded until it is corrected;
 * then the page comes back by itself. The team's plain English report is there too. The published policy stays strict:
 * tests/browser/content-security-policy.test.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pagePolicyForDevMeta, pagePolicyForMeta } from '../../src/hosting/security-headers.ts';
import { launchBrowser, runAxe, watchedPage } from '../support/browser.ts';
import { FIXED_BUILD_DATE, repoRoot } from '../support/built-sites.ts';
import { freePort } from '../../scripts/cli/free-port.ts';
import { waitUntil } from '../support/wait-until.ts';

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
let trustDir: string;

beforeAll(async () => {
  // A copy of the project with one trust, so the test can save a mistake while the preview runs.
  work = mkdtempSync(path.join(tmpdir(), 'strategy-dev-preview-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src'])
    cpSync(path.join(repoRoot, entry), path.join(work, entry), { recursive: true });
  mkdirSync(path.join(work, 'content'));
  cpSync(path.join(repoRoot, 'content', 'harbourside'), path.join(work, 'content', 'harbourside'), { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(work, 'node_modules'));
  trustDir = path.join(work, 'content', 'harbourside');
  goalsFile = path.join(trustDir, 'goals.md');
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
  await waitUntil(async () => (await fetch(`${base}goals/`, { signal: AbortSignal.timeout(30_000) })).status === 200 || undefined, {
    // A first start in a fresh folder also bundles the dependencies: minutes on a loaded machine.
    timeoutMs: 240_000,
    stop: () => (dev.exitCode !== null ? 'astro dev stopped.' : undefined),
    describe: () => output,
  });
  browser = await launchBrowser();
  context = await browser.newContext();
});

// A failure says what the preview printed meanwhile: its check's verdicts and any fault, which the page alone cannot show.
beforeEach(({ onTestFailed }) => {
  const printedBefore = output.length;
  onTestFailed(() => console.error(`astro dev printed during this test:\n${output.slice(printedBefore).slice(-6_000)}`));
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

/** What the reader sees of the page itself (under any overlay), or "not yet known" while it reloads. */
const pageText = (page: import('playwright-core').Page) =>
  page
    .evaluate(() => document.body?.innerText ?? '')
    .catch((error: Error) => {
      if (/context was destroyed|navigat/i.test(error.message)) return 'not yet known: the page is reloading';
      throw error;
    });

/** A mistake an editor can save, the page they are looking at, and what the preview must say. */
interface Mistake {
  kind: string;
  /** The file saved with the mistake, in the trust's folder. */
  file: string;
  page: string;
  make(text: string): string;
  /** How the editor corrects it: by default, the file as it was. */
  correct?(): void;
  /** Files the correction added, removed after the test. */
  added?: string[];
  where: string;
  says: string;
  /** The page's heading once it is back. */
  heading: RegExp;
}

const NEXT_STEPS_PAGE =
  '---\ntype: page\ntitle: Our next steps\ndescription: What happens after this strategy is agreed.\norder: 95\n---\n\nWe will share a plan each spring.\n';
const NEXT_STEPS_EASY_READ =
  '---\ntitle: What happens next\ndescription: What we will do next.\n---\n\n![A calendar](../files/pictures/calendar.svg)\n\nWe will tell you our plan each spring.\n';

const mistakes: Mistake[] = [
  {
    kind: 'broken YAML in the settings of the page being edited',
    file: 'goals.md',
    page: 'goals/',
    make: (text) => text.replace('title: Our goals', 'title: [Our goals'),
    where: 'content/harbourside/goals.md, line 4',
    says: 'that each field is written as "name: value"',
    heading: /Our goals/,
  },
  {
    kind: 'broken YAML in trust.yaml',
    file: 'trust.yaml',
    page: 'values/',
    make: (text) => text.replace(/^name: /m, 'name: [ '),
    where: 'content/harbourside/trust.yaml, line 4',
    says: 'that each field is written as "name: value"',
    heading: /Our values/,
  },
  {
    kind: 'a field the schema refuses',
    file: 'goals.md',
    page: 'goals/',
    make: (text) => text.replace(/^order: 30$/m, 'order: soon'),
    where: 'content/harbourside/goals.md, line 5',
    says: 'order must be a number, for example 3.',
    heading: /Our goals/,
  },
  {
    kind: 'a missing picture',
    file: 'easy-read/goals.md',
    page: 'easy-read/goals/',
    make: (text) => text.replace('clock.svg', 'clocks.svg'),
    where: 'content/harbourside/easy-read/goals.md, line 14',
    says: 'The picture "../files/pictures/clocks.svg" does not exist in content/harbourside/files/. Add the file or correct the name.',
    heading: /What we want to do/,
  },
  {
    kind: 'an MDX syntax error',
    file: 'index.mdx',
    page: '',
    make: (text) => text.replace('<Callout title="How we wrote it">', '<Callout title="How we wrote it"'),
    where: 'content/harbourside/index.mdx, line 9',
    says: 'check that each <Callout> has its </Callout>',
    heading: /Better together/,
  },
  {
    kind: 'an easy read page without its standard page',
    file: 'easy-read/next-steps.md',
    page: 'easy-read/next-steps/',
    make: () => NEXT_STEPS_EASY_READ,
    correct: () => writeFileSync(path.join(trustDir, 'next-steps.md'), NEXT_STEPS_PAGE),
    added: ['next-steps.md'],
    where: 'content/harbourside/easy-read/next-steps.md',
    says: 'Create content/harbourside/next-steps.md',
    heading: /What happens next/,
  },
];

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
    // One row per page of Harbourside written in English: eight pages and the progress report.
    expect(await page.locator('main tbody tr').count()).toBe(9);
    await page.close();
  });

  it("shows a logo replaced while it runs at the new logo's size, with a share card drawn from it", async () => {
    const logo = path.join(trustDir, 'files', 'logo.svg');
    const before = readFileSync(logo, 'utf8');
    const page = () => fetch(`${base}goals/`, { signal: AbortSignal.timeout(60_000) }).then((response) => response.text());
    const logoSize = (html: string) => {
      const tag = /<img class="nhsuk-header__organisation-logo"[^>]*>/.exec(html)?.[0] ?? '';
      return `${/ width="(\d+)"/.exec(tag)?.[1]} x ${/ height="(\d+)"/.exec(tag)?.[1]}`;
    };
    const shareCard = (html: string) => /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    const first = await page();
    expect(logoSize(first)).toBe('360 x 64');
    try {
      // A new logo: another size, and another colour (the card draws the logo in its own box, whatever its size).
      writeFileSync(
        logo,
        before.replace('width="360" height="64"', 'width="300" height="100"').replace('fill="#7c2855"', 'fill="#00a499"'),
      );
      await expect.poll(async () => logoSize(await page()), { timeout: 60_000 }).toBe('300 x 100');
      expect(shareCard(await page())).not.toBe(shareCard(first));
    } finally {
      writeFileSync(logo, before);
    }
    await expect.poll(async () => logoSize(await page()), { timeout: 60_000 }).toBe('360 x 64');
    expect(shareCard(await page())).toBe(shareCard(first));
  });

  it.each(mistakes)('shows $kind in place of the page, and the page again once it is corrected', async (mistake) => {
    const file = path.join(trustDir, mistake.file);
    const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    const drafting = await browser.newContext();
    const { page } = await watchedPage(drafting);
    try {
      await page.goto(`${base}${mistake.page}`);
      writeFileSync(file, mistake.make(before ?? ''));
      // The editor reloads (or opens) the page they are editing: it says what is wrong, where, and how to fix it.
      await expect.poll(async () => (await page.reload(), pageText(page)), { timeout: 60_000 }).toContain(mistake.where);
      // Astro may reload it once more as it stores the saved file: read it again until it has.
      await expect.poll(() => pageText(page), { timeout: 30_000 }).toContain(mistake.says);
      expect(await pageText(page)).not.toMatch(/404|Not found/i);
      // The overlay over it is the product's message, not Astro's generic one.
      await expect.poll(() => overlayText(page), { timeout: 60_000 }).toContain(mistake.says);
      await expect.poll(() => overlayText(page), { timeout: 30_000 }).toContain(`Correct ${mistake.where.split(',')[0]} and save`);
      expect(await overlayText(page)).not.toContain('An error occurred');
      // Corrected and saved: the page comes back by itself, with no overlay.
      if (mistake.correct) mistake.correct();
      else writeFileSync(file, before!);
      await expect
        .poll(() => page.evaluate(() => document.querySelector('h1')?.textContent ?? '').catch(() => ''), { timeout: 60_000 })
        .toMatch(mistake.heading);
      await expect.poll(() => overlayText(page), { timeout: 30_000 }).toBe('');
    } finally {
      // As it was, whatever happened: the next test starts from content without mistakes.
      if (before === undefined) rmSync(file, { force: true });
      else writeFileSync(file, before);
      for (const added of mistake.added ?? []) rmSync(path.join(trustDir, added), { force: true });
      await Promise.race([drafting.close(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
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
