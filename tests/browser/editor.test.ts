/**
 * The browser editor (Decap CMS) in Chromium, against its local backend (decap-server) on
 * the loopback address, over a temporary copy of a sample trust: a comms officer changes a
 * goal's title and an easy read row, adds a picture and saves; exactly those files change,
 * the front matter keeps its order, and the content passes the check and builds. A page
 * with a required field left empty cannot be saved. axe's findings on the editor's own
 * pages are printed (the editor is third-party code), not hidden.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ChildProcess } from 'node:child_process';
import type { Browser, Locator, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeEditorSite } from '../../scripts/editor/editor-site.ts';
import { serveEditorFolder, startLocalBackend, stopChild } from '../../scripts/editor/editor-server.ts';
import { launchBrowser, runAxe, watchedPage, type WatchedPage } from '../support/browser.ts';
import { listFiles, repoRoot, runBuild } from '../support/built-sites.ts';

const slug = 'harbourside';
const original = path.join(repoRoot, 'content', slug);

let work: string;
let trustDir: string;
let backend: { child: ChildProcess };
let server: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-editor-test-'));
  trustDir = path.join(work, 'repo', 'content', slug);
  cpSync(original, trustDir, { recursive: true });
  // The progress report names each goal, so the check would rightly refuse the goal renamed
  // below (tests/checks/progress-goals.test.ts); this copy leaves the report out.
  rmSync(path.join(trustDir, 'progress-2025-26.md'));
  rmSync(path.join(trustDir, 'easy-read', 'progress-2025-26.md'));
  const local = await startLocalBackend(path.join(work, 'repo'));
  backend = local;
  await writeEditorSite({
    trust: { slug, name: 'Harbourside Hospitals NHS Foundation Trust', url: 'https://harbourside.example/our-strategy/' },
    out: path.join(work, 'editor'),
    builtTrust: path.join(inject('builtSites'), slug),
    backend: { kind: 'local', proxyUrl: local.proxyUrl },
  });
  server = await serveEditorFolder(path.join(work, 'editor'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (backend) await stopChild(backend.child);
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Files under the trust's folder whose bytes differ from the sample's (or that are new). */
function changedFiles(): string[] {
  return listFiles(trustDir).filter((file) => {
    try {
      return !readFileSync(path.join(original, file)).equals(readFileSync(path.join(trustDir, file)));
    } catch {
      return true;
    }
  });
}

const frontMatterKeys = (markdown: string) => Object.keys(parseYaml(markdown.split(/^---$/m)[1]!) as object);

/** A text box's value, once it is on screen. */
async function valueOf(box: Locator): Promise<string> {
  await box.waitFor();
  return box.inputValue();
}

async function openEditor(watched: WatchedPage, hash: string, base = server.url): Promise<Page> {
  const { page } = watched;
  // Leaving a page with unsaved changes asks "are you sure?": yes.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(base);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.goto(`${base}${hash}`);
  return page;
}

/** Saving on this computer: the local mode says so rather than "Publish now". */
async function publish(page: Page) {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Save to this computer' }).click();
}

describe('the browser editor', () => {
  it('loads everything from its own address, and reports its weight and axe findings', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const watched = await watchedPage(context);
    const cdp = await context.newCDPSession(watched.page);
    await cdp.send('Network.enable');
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      bytes += event.encodedDataLength;
    });
    await watched.page.goto(server.url);
    await watched.page.getByRole('button', { name: 'Login' }).waitFor();
    const loginWeight = bytes;
    const findings: string[] = [];
    const report = async (where: string) => {
      for (const violation of await runAxe(watched.page)) {
        findings.push(`${where}: ${violation.id} (${violation.impact}) ${violation.help} [${violation.targets.length} element(s)]`);
      }
    };
    await report('login');
    await watched.page.getByRole('button', { name: 'Login' }).click();
    await watched.page.getByRole('link', { name: 'Goals or focus areas' }).waitFor();
    await report('collections');
    await watched.page.goto(`${server.url}#/collections/goals/entries/goals`);
    expect(await valueOf(watched.page.getByRole('textbox', { name: 'Title' }).first())).toBe('Our goals');
    await report('editing goals.md');
    console.log(
      `Editor page weight: ${Math.round(loginWeight / 1024)} KB to the login screen (uncompressed), ${Math.round(bytes / 1024)} KB after opening a page.\n` +
        `axe on the editor (Decap CMS, third-party):\n  ${findings.join('\n  ') || 'no violations'}`,
    );
    expect(watched.leftLoopback, 'requests to other hosts').toEqual([]);
    expect(loginWeight).toBeGreaterThan(0);
    await context.close();
  });

  it('refuses to save a page with a required field left empty, and an email address that is not one', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await openEditor(await watchedPage(context), '#/collections/goals/entries/goals');
    const title = page.getByRole('textbox', { name: 'Title' }).first();
    expect(await valueOf(title)).toBe('Our goals');
    await title.fill('');
    await publish(page);
    await page
      .getByText(/Title is required/i)
      .first()
      .waitFor();
    await page.goto(`${server.url}#/collections/settings/entries/trust`);
    const email = page.getByRole('textbox', { name: 'Email' });
    await email.fill('strategy at harbourside');
    await publish(page);
    await page.getByText('Write an email address, for example strategy@example.nhs.uk.').waitFor();
    expect(changedFiles()).toEqual([]);
    await context.close();
  });

  it('saves a goal, an easy read row and a new picture, changing only those files, in a form the check and build accept', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const watched = await watchedPage(context);
    const page = await openEditor(watched, '#/collections/goals/entries/goals');
    const goalTitle = page.getByRole('textbox', { name: 'Title' }).nth(1);
    expect(await valueOf(goalTitle)).toBe('Care without long waits');
    // The preview is drawn in the site's styles, with the trust's own accent colour.
    const preview = page.frameLocator('iframe[title="Preview of the page"]');
    const card = preview.locator('.nhsuk-card').first();
    await card.waitFor();
    expect(await card.evaluate((element) => getComputedStyle(element).borderTopColor)).toBe('rgb(124, 40, 85)');
    await goalTitle.fill('Care with shorter waits');
    await preview.getByRole('heading', { name: 'Care with shorter waits' }).waitFor();
    await publish(page);
    await expect.poll(() => readFileSync(path.join(trustDir, 'goals.md'), 'utf8')).toContain('Care with shorter waits');

    // Through the menus, as an editor would.
    await page.getByRole('link', { name: /Writing in Goals or focus areas/ }).click();
    await page.getByRole('link', { name: 'Easy read pages' }).click();
    await page.getByRole('link', { name: /What we want to do/ }).click();
    // Easy read rows in the preview, laid out by the build's own code and the site's grid.
    const row = preview.locator('.er-row').first();
    await row.waitFor();
    expect(await preview.locator('.er-row').count()).toBe(3);
    expect(await row.evaluate((element) => getComputedStyle(element).display)).toBe('grid');
    // Click at the very end of the sentence (the page's last paragraph), so the caret is there
    // wherever the editor happens to wrap the line.
    const sentence = page.getByText('We will talk to every member of staff about how they feel.');
    const box = (await sentence.boundingBox())!;
    await sentence.click({ position: { x: box.width - 1, y: box.height - 2 } });
    await page.keyboard.press('End');
    await page.keyboard.type(' We will listen to them.');
    // A new row: a picture, then its sentence.
    await page.keyboard.press('Enter');
    await page.keyboard.type('We will write to you about our plan.');
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    // On a busy machine the first click can land before the toolbar is ready, and the menu can be drawn
    // again (its item replaced) while it opens: open it and choose Image until the click lands.
    const imageItem = page.getByRole('menuitem', { name: 'Image' });
    await expect
      .poll(
        async () => {
          if (!(await imageItem.isVisible())) await page.getByRole('button', { name: 'Add Component' }).click();
          return imageItem.click({ timeout: 5_000 }).then(
            () => true,
            () => false,
          );
        },
        { timeout: 60_000, interval: 500 },
      )
      .toBe(true);
    await page.getByRole('button', { name: 'Choose an image' }).click();
    const picture = path.join(work, 'letter.svg');
    writeFileSync(
      picture,
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" role="img"><title>A letter</title><rect x="20" y="35" width="80" height="50" fill="#fff" stroke="#212b32" stroke-width="6"/><path d="M20 35l40 30 40-30" fill="none" stroke="#212b32" stroke-width="6"/></svg>\n',
    );
    // The media library's Upload button is a label for this file input.
    await page.getByRole('dialog').locator('input[type="file"]').setInputFiles(picture);
    await page.getByText('letter.svg').waitFor();
    await page.getByRole('button', { name: 'Choose selected' }).click();
    await page.getByRole('textbox', { name: 'Alt Text' }).last().fill('A letter');
    await publish(page);
    await expect.poll(() => readFileSync(path.join(trustDir, 'easy-read', 'goals.md'), 'utf8')).toContain('letter.svg');

    // The trust's settings: a file with comments, which stay.
    await page.getByRole('link', { name: /Writing in Easy read pages/ }).click();
    await page.getByRole('link', { name: 'Trust settings' }).click();
    await page.getByRole('link', { name: /Trust settings \(trust.yaml\)/ }).click();
    await page.getByRole('textbox', { name: 'Phone (optional)' }).fill('0300 555 0100');
    await publish(page);
    await expect.poll(() => readFileSync(path.join(trustDir, 'trust.yaml'), 'utf8')).toContain('0300 555 0100');
    const settingsBefore = readFileSync(path.join(original, 'trust.yaml'), 'utf8');
    expect(settingsBefore).toMatch(/^# /);
    expect(readFileSync(path.join(trustDir, 'trust.yaml'), 'utf8')).toBe(
      settingsBefore.replace('phone: 0300 555 0199', 'phone: 0300 555 0100'),
    );

    // The picture is stored by its own request, just after the page.
    await expect.poll(() => changedFiles().sort()).toEqual(['easy-read/goals.md', 'files/pictures/letter.svg', 'goals.md', 'trust.yaml']);
    const goalsBefore = readFileSync(path.join(original, 'goals.md'), 'utf8');
    const goalsAfter = readFileSync(path.join(trustDir, 'goals.md'), 'utf8');
    expect(frontMatterKeys(goalsAfter)).toEqual(frontMatterKeys(goalsBefore));
    expect(goalsAfter).toBe(goalsBefore.replace('title: Care without long waits', 'title: Care with shorter waits'));
    const easyRead = readFileSync(path.join(trustDir, 'easy-read', 'goals.md'), 'utf8');
    expect(easyRead).toBe(
      readFileSync(path.join(original, 'easy-read', 'goals.md'), 'utf8').replace(
        'We will talk to every member of staff about how they feel.\n',
        'We will talk to every member of staff about how they feel. We will listen to them.\n\n![A letter](../files/pictures/letter.svg)\n\nWe will write to you about our plan.\n',
      ),
    );
    expect(frontMatterKeys(easyRead)).toEqual(frontMatterKeys(readFileSync(path.join(original, 'easy-read', 'goals.md'), 'utf8')));
    expect(watched.leftLoopback).toEqual([]);
    await context.close();

    const check = await promisify(execFile)(
      process.execPath,
      [path.join(repoRoot, 'scripts', 'check.ts'), '--content', path.dirname(trustDir)],
      {
        cwd: repoRoot,
      },
    ).catch((error: { stdout: string; code: number }) => error);
    // Saving the English goals rightly leaves their Urdu translations a version behind: a warning for each, and nothing else.
    const found = (check as { stdout: string }).stdout;
    expect(found).not.toMatch(/\berror \(/);
    expect([...found.matchAll(/warning \(([^)]+)\) translates: (\S+)/g)].map((match) => `${match[1]} ${match[2]}`)).toEqual([
      `translation-out-of-date content/${slug}/easy-read/goals.md`,
      `translation-out-of-date content/${slug}/goals.md`,
    ]);

    const out = path.join(work, 'dist');
    const build = await runBuild(['--content', path.dirname(trustDir), '--trust', slug, '--out', out]);
    expect(build.code, build.stdout + build.stderr).toBe(0);
    const goalsPage = readFileSync(path.join(out, slug, 'goals', 'index.html'), 'utf8');
    expect(goalsPage).toContain('Care with shorter waits');
    const easyReadPage = readFileSync(path.join(out, slug, 'easy-read', 'goals', 'index.html'), 'utf8');
    expect(easyReadPage).toMatch(
      /<div class="er-picture"><img src="[^"]*files\/pictures\/letter\.svg" alt="A letter"[^>]*><\/div><div class="er-text"><p>We will write to you about our plan\.<\/p>/,
    );
  });
});
