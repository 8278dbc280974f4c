/**
 * The reading age in the browser editor (Decap CMS in Chromium, against its local backend, over
 * a temporary copy of a sample trust whose trust.yaml sets a target of 12): a comms officer
 * opens a page and sees the figure `npm run check` gives that page and the trust's target; as
 * they write long sentences of long words, the figure rises and a plain sentence says the page
 * is over the target. The note is for editors: axe finds nothing in it.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeEditorSite } from '../../scripts/editor/editor-site.ts';
import { serveEditorFolder, startLocalBackend, stopChild } from '../../scripts/editor/editor-server.ts';
import { readingAge } from '../../src/checks/reading-age.ts';
import { readingAgeSettings } from '../../src/checks/reading-age-report.ts';
import { isReadPage, readContent } from '../../src/reader/read-content.ts';
import { AXE_TAGS, launchBrowser, watchedPage } from '../support/browser.ts';
import { repoRoot } from '../support/built-sites.ts';

const slug = 'harbourside';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let work: string;
let repo: string;
let backend: { child: ChildProcess };
let server: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-editor-reading-age-'));
  repo = path.join(work, 'repo');
  cpSync(path.join(repoRoot, 'content', slug), path.join(repo, 'content', slug), { recursive: true });
  appendFileSync(path.join(repo, 'content', slug, 'trust.yaml'), 'plainEnglish:\n  targetReadingAge: 12\n');
  const local = await startLocalBackend(repo);
  backend = local;
  const settings = readContent({ contentDir: path.join(repo, 'content'), displayRoot: repo, trusts: [slug] }).trusts[0]!.settings!.data;
  await writeEditorSite({
    trust: { slug, name: String(settings.name), readingAge: readingAgeSettings(settings) },
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

/** axe's findings inside one part of a frame. */
async function axeIn(frame: Frame, selector: string): Promise<string[]> {
  await frame.evaluate(axeSource);
  return frame.evaluate(
    async ({ selector, tags }) => {
      const axe = (
        window as unknown as {
          axe: { run: (context: string, options: object) => Promise<{ violations: Array<{ id: string; help: string }> }> };
        }
      ).axe;
      const result = await axe.run(selector, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
    },
    { selector, tags: AXE_TAGS },
  );
}

describe("the editor's reading age", () => {
  it("shows the check's figure and the target, and says so when writing takes the page over it", async () => {
    const vision = readContent({ contentDir: path.join(repo, 'content'), displayRoot: repo, trusts: [slug] })
      .trusts[0]!.pages.filter(isReadPage)
      .find((page) => page.relativePath === 'vision')!;
    const checkFigure = readingAge(vision.body, vision.data).age!;
    expect(checkFigure).toBeLessThanOrEqual(12);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const watched = await watchedPage(context);
    const { page } = watched;
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.goto(`${server.url}#/collections/${String(vision.data.type)}/entries/vision`);

    const preview = page.frameLocator('iframe[title="Preview of the page"]');
    const note = preview.getByRole('complementary', { name: 'Reading age, for editors' });
    const figure = note.locator('[data-reading-age]');
    const verdict = note.getByRole('status');
    await figure.waitFor();
    expect(await figure.innerText()).toBe(`Reading age: ${checkFigure.toFixed(1)}`);
    expect(await note.innerText()).toContain("The trust's target is a reading age of 12 or below.");
    expect(await verdict.innerText()).toBe("This page meets the trust's target.");

    const frame = (await page.locator('iframe[title="Preview of the page"]').elementHandle())!.contentFrame();
    expect(await axeIn((await frame)!, '.reading-age-note')).toEqual([]);

    // Long sentences of long words, typed at the end of the page text.
    const text = page.getByRole('textbox', { name: 'Page text' });
    await text.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(
      'Comprehensive organisational transformation necessitates collaborative multidisciplinary partnership across integrated community organisations, regional commissioning authorities and voluntary organisations for every person who lives, works or studies along the coast. ' +
        'Institutional accountability frameworks will demonstrate operational effectiveness, financial sustainability and measurable improvements in population health outcomes.',
    );
    const figureOf = async () => Number(/Reading age: ([\d.]+)/.exec(await figure.innerText())?.[1] ?? 0);
    await expect.poll(figureOf).toBeGreaterThan(12);
    expect(await figureOf()).toBeGreaterThan(checkFigure);
    await expect
      .poll(() => verdict.innerText())
      .toBe(
        "This page is harder to read than the trust's target. Use shorter sentences and everyday words until the reading age is 12 or below.",
      );
    expect(await note.innerText()).toContain('Sentences over 20 words (split them):');
    expect(await note.innerText()).toMatch(/\n\d+ words: "Comprehensive organisational transformation/);
    expect(await axeIn((await frame)!, '.reading-age-note')).toEqual([]);
    expect(watched.leftLoopback).toEqual([]);
    await context.close();
  });
});
