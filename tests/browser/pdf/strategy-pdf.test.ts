/**
 * The whole strategy as PDFs (npm run pdf, scripts/pdf/): printed by Chromium from a copy of the
 * shared build, then read back with pdf.js as a screen reader's software would: the document's
 * title and language, the outline against the pages' headings, the text in the pages' order,
 * the structure tree's roles and pictures' alt text, links within the document, embedded fonts
 * and a size budget per sheet.
 */
import { buildDate } from '../../../src/site/build-date.ts';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listTrustFolders, trustSettingsOf } from '../../../src/reader/trust-folders.ts';
import { openPdf } from '../../../scripts/pdf/read-pdf.ts';
import { printTrust, type PrintedPdf } from '../../../scripts/pdf/print-trust.ts';
import { launchBrowser } from '../../support/browser.ts';
import { readPage, repoRoot, textOf } from '../../support/built-sites.ts';

/** Bytes a printed sheet may take on average: text, its fonts' subsets and small SVG pictures. */
const BYTES_PER_SHEET = 30 * 1024;

const work = mkdtempSync(path.join(tmpdir(), 'strategy-pdf-'));
let browser: Browser;
const printed = new Map<string, { siteDir: string; pdfs: PrintedPdf[] }>();

async function printed_(slug: string) {
  let found = printed.get(slug);
  if (!found) {
    // A copy, so the shared build stays exactly what the build published for the other tests.
    const siteDir = path.join(work, slug);
    cpSync(path.join(inject('builtSites'), slug), siteDir, { recursive: true });
    const folder = listTrustFolders(path.join(repoRoot, 'content')).find((trust) => trust.slug === slug)!;
    found = { siteDir, pdfs: await printTrust(browser, siteDir, trustSettingsOf(folder)!) };
    printed.set(slug, found);
  }
  return found;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}

async function readBack(file: string) {
  const bytes = readFileSync(file);
  const pdf = await openPdf(bytes);
  const { info } = (await pdf.getMetadata()) as { info: { Title?: string; Language?: string; CreationDate?: string; ModDate?: string } };
  const outline: string[] = [];
  const walkOutline = (items: { title: string; items: unknown[] }[] | null) => {
    for (const item of items ?? []) {
      outline.push(item.title);
      walkOutline(item.items as { title: string; items: unknown[] }[]);
    }
  };
  const items = (await pdf.getOutline()) as { title: string; items: unknown[] }[] | null;
  walkOutline(items);
  const topOutline = (items ?? []).map((item) => item.title);
  const sheets: string[] = [];
  const roles = new Set<string>();
  const alts: { role: string; alt: string }[] = [];
  const links: { url?: string | undefined; dest?: unknown }[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const text = await page.getTextContent();
    sheets.push(
      text.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
    const walk = (node: StructNode | null) => {
      if (!node) return;
      if (node.role) roles.add(node.role);
      if (node.role && node.alt) alts.push({ role: node.role, alt: node.alt });
      for (const child of node.children ?? []) walk(child);
    };
    walk((await page.getStructTree()) as StructNode | null);
    for (const annotation of (await page.getAnnotations()) as { subtype: string; url?: string; dest?: unknown }[])
      if (annotation.subtype === 'Link') links.push({ url: annotation.url, dest: annotation.dest });
  }
  const pages = pdf.numPages;
  await pdf.loadingTask.destroy();
  return { bytes, info, outline, topOutline, sheets, text: sheets.join(' '), roles, alts, links, pages };
}

/** Every font the file uses is embedded: each font descriptor carries its font program. */
async function fontsWithoutProgram(bytes: Uint8Array): Promise<string[]> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  const missing: string[] = [];
  let descriptors = 0;
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    descriptors += 1;
    const hasProgram = ['FontFile', 'FontFile2', 'FontFile3'].some((key) => object.get(PDFName.of(key)) !== undefined);
    if (!hasProgram) missing.push(String(object.get(PDFName.of('FontName'))));
  }
  if (descriptors === 0) missing.push('(no font descriptors at all)');
  return missing;
}

/**
 * Text without its spaces. Chromium 156 writes each outline entry from the heading's lines as
 * laid out, dropping the space where a long heading wraps ("our progressreport"): a known
 * defect of the printer, left out of these comparisons and reported with the feature.
 */
function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The pages of the site's own menu, in its order, from the published home page. */
function menuPages(siteDir: string, basePath: string): string[] {
  return readPage(siteDir, '')
    .querySelectorAll('header nav a[href]')
    .map((link) => link.getAttribute('href')!.slice(basePath.length));
}

describe("Harbourside's standard strategy PDF", () => {
  it(
    'has the title, language, outline and text order of the pages, tagged, with fonts embedded and within budget',
    { timeout: 300_000 },
    async () => {
      const { siteDir, pdfs } = await printed_('harbourside');
      const standard = pdfs.find((pdf) => pdf.edition.edition === 'standard')!;
      expect(standard.file).toBe('files/whole-strategy/better-together.pdf');
      const read = await readBack(path.join(siteDir, standard.file));

      expect(read.info.Title).toBe('Better together - Harbourside Hospitals NHS Foundation Trust');
      expect(read.info.Language).toBe('en-GB');
      // Dated as the pages are, not when it was printed: the same content prints to the same bytes, so the deploy sees no change.
      const day = `D:${buildDate().toISOString().slice(0, 10).replaceAll('-', '')}000000`;
      expect([read.info.CreationDate, read.info.ModDate]).toEqual([`${day}+00'00'`, `${day}+00'00'`]);

      // The cover names the trust, the strategy and its years; the contents follow.
      expect(read.sheets[0]).toContain('Harbourside Hospitals NHS Foundation Trust');
      expect(read.sheets[0]).toContain('Better together');
      expect(read.sheets[0]).toContain('2025 to 2030');

      const headings = menuPages(siteDir, '/our-strategy/').map((pagePath) => textOf(readPage(siteDir, pagePath).querySelector('main h1')));
      expect(headings).toContain('Our goals');
      expect(headings.length).toBeGreaterThanOrEqual(8);
      // Every page's heading is an entry of the outline, in the menu's order, after the contents
      // (compared without spaces: see squeezed()).
      const outlined = headings.map((heading) => read.topOutline.map(squeezed).indexOf(squeezed(heading)));
      expect(outlined.every((index) => index > 0)).toBe(true);
      expect(outlined).toEqual([...outlined].sort((a, b) => a - b));
      expect(read.outline[0]).toBe('Contents');

      // A screen reader meets the pages in the menu's order: each heading after the one before it.
      const afterContents = read.sheets.slice(2).join(' ');
      let from = 0;
      for (const heading of headings) {
        const at = afterContents.indexOf(heading, from);
        expect(at, `"${heading}" comes after the page before it`).toBeGreaterThanOrEqual(from);
        from = at + heading.length;
      }
      // The contents give each page's sheet number, and that sheet starts with the page's heading.
      for (const heading of headings) {
        const number = new RegExp(`${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)`).exec(read.sheets[1]!)?.[1];
        expect(number, `the contents give a page number for "${heading}"`).toBeDefined();
        expect(read.sheets[Number(number) - 1]).toContain(heading);
      }

      // Site furniture stays on the web: no skip link, search or menu on paper.
      const home = readPage(siteDir, '');
      const skipLink = textOf(home.querySelector('.nhsuk-skip-link'));
      expect(skipLink).not.toBe('');
      expect(read.text).not.toContain(skipLink);
      expect(read.text).not.toContain('(Link:');

      expect([...read.roles]).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'P', 'Link', 'L', 'LI']));
      // Links between the pages lead within the document; none leads to the printing machine.
      expect(read.links.some((link) => link.dest !== undefined && link.url === undefined)).toBe(true);
      expect(read.links.filter((link) => link.url?.includes('127.0.0.1'))).toEqual([]);

      expect(await fontsWithoutProgram(read.bytes)).toEqual([]);
      expect(read.bytes.byteLength / read.pages).toBeLessThan(BYTES_PER_SHEET);
    },
  );
});

describe("Harbourside's easy read PDF", () => {
  it('keeps every easy read page in order with its pictures described, in large type', { timeout: 300_000 }, async () => {
    const { siteDir, pdfs } = await printed_('harbourside');
    const easyRead = pdfs.find((pdf) => pdf.edition.edition === 'easy-read')!;
    expect(easyRead.file).toBe('files/whole-strategy/better-together-easy-read.pdf');
    const read = await readBack(path.join(siteDir, easyRead.file));
    expect(read.info.Language).toBe('en-GB');
    expect(read.info.Title).toContain('Easy read version');

    const all = readPage(siteDir, 'easy-read/all/');
    const parts = all.querySelectorAll('main .er-section > h2').map((heading) => textOf(heading));
    expect(parts.length).toBeGreaterThan(5);
    const outlined = parts.map((part) => read.outline.map(squeezed).indexOf(squeezed(part)));
    expect(outlined.every((index) => index > 0)).toBe(true);
    expect(outlined).toEqual([...outlined].sort((a, b) => a - b));

    // Each picture reaches the structure tree as a figure with the words the page gives it.
    const described = all
      .querySelectorAll('main img[alt]')
      .map((image) => image.getAttribute('alt')!)
      .filter(Boolean);
    expect(described.length).toBeGreaterThan(0);
    const figures = read.alts.filter((node) => node.role === 'Figure').map((node) => node.alt);
    for (const alt of new Set(described)) expect(figures).toContain(alt);

    expect(await fontsWithoutProgram(read.bytes)).toEqual([]);
    expect(read.bytes.byteLength / read.pages).toBeLessThan(BYTES_PER_SHEET);
  });
});

describe("Afon Las's PDFs", () => {
  it('prints each language in its own language, Welsh first as the site is', { timeout: 300_000 }, async () => {
    const { siteDir, pdfs } = await printed_('afon-las');
    const standard = pdfs.filter((pdf) => pdf.edition.edition === 'standard');
    expect(standard.map((pdf) => pdf.edition.language).sort()).toEqual(['cy-GB', 'en-GB']);
    const welsh = standard.find((pdf) => pdf.edition.language === 'cy-GB')!;
    const read = await readBack(path.join(siteDir, welsh.file));
    expect(read.info.Language).toBe('cy-GB');
    expect(read.outline[0]).toBe('Cynnwys');
    const heading = textOf(readPage(siteDir, 'cy/goals/').querySelector('main h1'));
    expect(read.topOutline.map(squeezed)).toContain(squeezed(heading));
    expect(await fontsWithoutProgram(read.bytes)).toEqual([]);
  });
});
