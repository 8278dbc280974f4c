/**
 * Every entry of every collection of every sample trust, and of the messy-strategy fixture,
 * opened in the browser editor (Decap CMS in Chromium, against its local backend) and saved:
 * no field is demanded, the save reaches the disk, and the file read back by the content
 * reader holds the same values as before (the one field changed aside), and passes the check.
 * A standard page's file changes in that one line only, so a pull request shows what was edited.
 *
 * Decap offers Save only once something has changed, so each entry's heading (its title, or the
 * trust's name) is changed and saved: every other field goes through the editor and out again.
 * One backend over a copy of every trust, one server for every trust's editor, one browser page.
 *
 * Also: picture thumbnails in an easy read page load on the first visit, and show the file.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeEditorSite } from '../../scripts/editor/editor-site.ts';
import { serveEditorFolder, startLocalBackend, stopChild } from '../../scripts/editor/editor-server.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import { trustPageTypes } from '../../src/editor/trust-page-types.ts';
import { isReadPage, readContent } from '../../src/reader/read-content.ts';
import { launchBrowser, watchedPage, type WatchedPage } from '../support/browser.ts';
import { FIXED_BUILD_DATE, repoRoot } from '../support/built-sites.ts';

const samples = readdirSync(path.join(repoRoot, 'content'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const fixture = 'kestrel-vale';
const sourceOf = (slug: string) =>
  slug === fixture ? path.join(repoRoot, 'tests', 'fixtures', 'messy-strategy', slug) : path.join(repoRoot, 'content', slug);
const trusts = [...samples, fixture];

let work: string;
let repo: string;
let backend: { child: ChildProcess };
let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let watched: WatchedPage;
let page: Page;
let origin: string;

/** What the content reader makes of one file of a trust in the copy: its values and page text. */
interface Parsed {
  data: Record<string, unknown>;
  body?: string;
}

function readTrustCopy(slug: string): Map<string, Parsed> {
  const model = readContent({ contentDir: path.join(repo, 'content'), displayRoot: repo, trusts: [slug] });
  expect(model.problems, 'the copy reads without problems').toEqual([]);
  const trust = model.trusts[0]!;
  const files = new Map<string, Parsed>([['trust.yaml', { data: trust.settings!.data }]]);
  for (const page of trust.pages.filter(isReadPage))
    files.set(path.relative(trust.dir, page.absolute), { data: page.data, body: page.body });
  return files;
}

/** An entry as the editor lists it: its collection, its name in the address, its file and the field changed to save it. */
interface Entry {
  collection: string;
  name: string;
  file: string;
  heading: 'title' | 'name';
}

function entriesOf(slug: string, files: Map<string, Parsed>): Entry[] {
  const entries: Entry[] = [];
  for (const [file, parsed] of files) {
    if (file === 'trust.yaml') entries.push({ collection: 'settings', name: 'trust', file, heading: 'name' });
    // MDX pages are not in the editor (docs/editing-in-the-browser.md).
    else if (file.endsWith('.mdx')) continue;
    // Nor, yet, a language's folder (cy/goals.md, cy/trust.yaml): the editor edits the main language.
    else if (/^[^/]+\//.test(file) && !file.startsWith('easy-read/')) continue;
    else if (file.startsWith('easy-read/'))
      entries.push({ collection: 'easy-read', name: file.slice('easy-read/'.length, -3), file, heading: 'title' });
    else entries.push({ collection: String(parsed.data.type), name: file.slice(0, -3), file, heading: 'title' });
  }
  expect(entries.length, `${slug} has entries to open`).toBeGreaterThan(1);
  return entries;
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-editor-every-entry-'));
  repo = path.join(work, 'repo');
  for (const slug of trusts) cpSync(sourceOf(slug), path.join(repo, 'content', slug), { recursive: true });
  const local = await startLocalBackend(repo);
  backend = local;
  const built = inject('builtSites');
  for (const slug of trusts) {
    const settings = readContent({ contentDir: path.join(repo, 'content'), displayRoot: repo, trusts: [slug] }).trusts[0]!.settings!.data;
    await writeEditorSite({
      trust: { slug, name: String(settings.name), pageTypes: trustPageTypes(path.join(repo, 'content', slug)) },
      out: path.join(work, 'editors', slug),
      // The fixture is not among the built samples: its preview borrows a sample's styles.
      builtTrust: path.join(built, slug === fixture ? samples[0]! : slug),
      backend: { kind: 'local', proxyUrl: local.proxyUrl },
    });
  }
  // One server for every trust's editor: <origin>/<slug>/admin/.
  server = await serveEditorFolder(path.join(work, 'editors'));
  origin = new URL(server.url).origin;
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  watched = await watchedPage(context);
  page = watched.page;
  // Leaving a page whose save was refused asks "are you sure?": yes, so the next entry opens.
  page.on('dialog', (dialog) => void dialog.accept());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (backend) await stopChild(backend.child);
  if (work) rmSync(work, { recursive: true, force: true });
});

/** What the editor shows after Save: saved, or the messages of a refusal. */
async function saveOutcome(): Promise<string> {
  const refusals = [
    // A field's own errors, listed above it, and the notice of a refused or failed save.
    ...(await page.locator('[class*="ControlErrorsList"] li').allInnerTexts()),
    ...(await page.getByText(/missed a required field|Failed to persist/).allInnerTexts()),
  ];
  if (refusals.length > 0) return `refused: ${[...new Set(refusals)].join(' | ')}`;
  const saved = await page.getByText('Changes saved', { exact: true }).isVisible();
  const unsaved = await page.getByText('Unsaved Changes', { exact: true }).isVisible();
  return saved && !unsaved ? 'saved' : 'waiting';
}

/** Logged in to one trust's editor (the local backend needs no account; the login is kept per address). */
async function openTrust(slug: string): Promise<string> {
  const base = `${origin}/${slug}/admin/`;
  await page.goto(base);
  const login = page.getByRole('button', { name: 'Login' });
  const collections = page.getByRole('link', { name: 'Trust settings', exact: true });
  await login.or(collections).first().waitFor();
  if (await login.isVisible()) await login.click();
  await collections.waitFor();
  return base;
}

/** Opens one entry fresh: through its collection's list, so Decap mounts a new form for it. */
async function openEntry(base: string, entry: Entry, heading: string) {
  await page.goto(`${base}#/collections/${entry.collection}`);
  await page.getByRole('heading', { name: 'Collections' }).waitFor();
  await page.goto(`${base}#/collections/${entry.collection}/entries/${entry.name}`);
  const box = page.getByRole('textbox', { name: entry.heading === 'name' ? 'Name' : 'Title', exact: true }).first();
  await expect.poll(() => box.inputValue(), { timeout: 30_000 }).toBe(heading);
  return box;
}

/** The easy read page's pictures, as the editor's picture widgets show them: size and the bytes drawn. */
const thumbnails = () =>
  page.evaluate(async () =>
    Promise.all(
      [...document.querySelectorAll<HTMLImageElement>('img[role="presentation"]')].map(async (image) => ({
        width: image.complete ? image.naturalWidth : 0,
        text: await fetch(image.src).then((answer) => answer.text()),
      })),
    ),
  );

describe('the browser editor saves every entry of every trust', () => {
  it.each(trusts)(
    '%s: every entry opens and saves, with the same values and nothing the check refuses',
    async (slug) => {
      const before = readTrustCopy(slug);
      const sourceLines = new Map(
        [...before.keys()].map((file) => [file, readFileSync(path.join(repo, 'content', slug, file), 'utf8').split('\n')] as const),
      );
      const base = await openTrust(slug);
      const failures: string[] = [];
      const rewritten: string[] = [];
      for (const entry of entriesOf(slug, before)) {
        const heading = String(before.get(entry.file)!.data[entry.heading]);
        const box = await openEntry(base, entry, heading);

        if (slug === 'harbourside' && entry.file === 'easy-read/goals.md') {
          // Each picture row's thumbnail shows its own file, on the first visit to the page.
          const pictures = [...before.get(entry.file)!.body!.matchAll(/!\[[^\]]*\]\(\.\.\/files\/(pictures\/[^)]+)\)/g)].map((match) =>
            readFileSync(path.join(repo, 'content', slug, 'files', match[1]!), 'utf8'),
          );
          expect(pictures.length).toBeGreaterThan(0);
          await expect
            .poll(async () => (await thumbnails()).map((thumbnail) => thumbnail.width > 0 && pictures.includes(thumbnail.text)), {
              timeout: 30_000,
            })
            .toEqual(pictures.map(() => true));
        }

        // Decap offers Save only for a change: the heading changes, every other field is saved as loaded.
        const changed = `${heading} (edited)`;
        await expect
          .poll(async () => {
            if ((await box.inputValue()) !== changed) await box.fill(changed);
            return box.inputValue();
          })
          .toBe(changed);
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        await page.getByRole('menuitem', { name: 'Save to this computer' }).click();
        await expect.poll(saveOutcome, { timeout: 30_000 }).not.toBe('waiting');
        const outcome = await saveOutcome();
        if (outcome !== 'saved') {
          failures.push(`${entry.file}: ${outcome}`);
          // A fresh page, so the refusal's messages cannot be mistaken for the next entry's.
          await openTrust(slug);
          continue;
        }
        // The backend writes the file after it answers: read until the change is there.
        await expect.poll(() => readTrustCopy(slug).get(entry.file)?.data[entry.heading], { timeout: 30_000 }).toBe(changed);
        const after = readTrustCopy(slug).get(entry.file)!;
        const expected = before.get(entry.file)!;
        expect(after, `${entry.file} keeps every value but the changed ${entry.heading}`).toEqual({
          ...expected,
          data: { ...expected.data, [entry.heading]: changed },
        });
        // A page's front matter is written back as it was: the pull request shows one line changed.
        if (entry.collection !== 'settings' && entry.collection !== 'easy-read') {
          const lines = sourceLines.get(entry.file)!;
          const saved = readFileSync(path.join(repo, 'content', slug, entry.file), 'utf8').split('\n');
          const changedLines = saved.filter((line, index) => line !== lines[index]);
          if (saved.length !== lines.length || changedLines.length !== 1 || !changedLines[0]!.includes(changed))
            rewritten.push(
              `${entry.file}: ${changedLines.slice(0, 3).join(' / ')}${saved.length !== lines.length ? ` (${lines.length} lines, now ${saved.length})` : ''}`,
            );
        }
      }
      expect(rewritten, 'pages saved with more than their heading changed').toEqual([]);
      expect(failures, 'entries the editor would not save').toEqual([]);
      const problems = await checkContent({
        contentDir: path.join(repo, 'content'),
        displayRoot: repo,
        trusts: [slug],
        today: new Date(FIXED_BUILD_DATE),
      });
      expect(
        problems
          // Each English heading changed here leaves its Welsh page a version behind, which the Welsh
          // standards rightly refuse until it is translated and stamped (tests/checks/translation-stamps.test.ts).
          .filter((problem) => problem.severity === 'error' && problem.rule !== 'translation-out-of-date')
          .map((problem) => `${problem.file}: ${problem.message}`),
        'errors from the content check after saving',
      ).toEqual([]);
      expect(watched.leftLoopback).toEqual([]);
    },
    600_000,
  );
});
