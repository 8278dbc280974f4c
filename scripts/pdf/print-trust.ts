/**
 * Prints each PDF of one built trust: serves its folder at its base path (so the pages' style
 * sheets, fonts and pictures load as on the web), hands Chromium the print document at an
 * address under it, and prints twice, the second time with the contents' page numbers that the
 * first printing found. Each file is written beside its final name and renamed into place, so
 * a failure leaves the previous PDF as it was.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { TrustSettings } from '../../src/schemas/trust.ts';
import { trustAddress } from '../../src/addresses/trust-address.ts';
import { wordsFor, hasCatalogue, defaultLanguage } from '../../src/words/index.ts';
import { serveTrustFolder } from '../serve/trust-server.ts';
import { pdfEditions, pdfFileName, type PdfEdition } from './editions.ts';
import { escapeHtml, printDocument, type PrintDocument } from './print-document.ts';
import { openPdf, pagesOfAnchors } from './read-pdf.ts';
import { stablePdfBytes } from './stable-bytes.ts';
import { buildDate } from '../../src/site/build-date.ts';

/** Where a trust's PDFs are published, inside its folder: beside the files its content publishes, in a folder of their own. */
export const PDF_FOLDER = 'files/whole-strategy';

/** The address the print document is given, under the trust's base path; no page of a site has it. */
const PRINT_PATH = '.print-document/';

export interface PrintedPdf {
  edition: PdfEdition;
  /** Path from the trust's folder: "files/whole-strategy/better-together.pdf". */
  file: string;
  bytes: number;
  pages: number;
  milliseconds: number;
}

/** The strategy's name in the letters of an address: "Better together" → "better-together". */
export function fileSlug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'strategy'
  );
}

export async function printTrust(browser: Browser, siteDir: string, settings: TrustSettings): Promise<PrintedPdf[]> {
  const { basePath } = trustAddress(settings.url);
  const found = pdfEditions(siteDir, basePath, settings.url);
  const server = await serveTrustFolder(siteDir, basePath);
  const printed: PrintedPdf[] = [];
  try {
    for (const edition of found) {
      const started = performance.now();
      const words = wordsFor(hasCatalogue(edition.language) ? edition.language : defaultLanguage);
      const input = {
        pages: edition.pages.map((pagePath) => ({ pagePath, html: readFileSync(path.join(siteDir, pagePath, 'index.html'), 'utf8') })),
        basePath,
        siteUrl: settings.url,
        homePath: edition.homePath,
        language: edition.language,
        direction: edition.direction,
        words,
        trustName: edition.trustName || settings.name,
        strategyName: edition.strategyName || settings.strategy.name,
        period: settings.strategy.period,
        easyRead: edition.edition === 'easy-read',
        contentsLevel: edition.contentsLevel,
      };
      const first = printDocument(input);
      const draft = await printOnce(browser, `${server.url}${PRINT_PATH}`, first, input.strategyName, input.trustName, words, edition);
      const pageNumbers = await pagesOfAnchors(
        draft,
        first.contents.map((entry) => entry.anchor),
      );
      // Dated as the pages are (the build date), so the same content prints to the same bytes.
      const finalPrint = await printOnce(
        browser,
        `${server.url}${PRINT_PATH}`,
        printDocument({ ...input, pageNumbers }),
        input.strategyName,
        input.trustName,
        words,
        edition,
      );
      const final = stablePdfBytes(finalPrint, buildDate());
      const file = `${PDF_FOLDER}/${pdfFileName(edition, fileSlug(settings.strategy.name), settings.language)}`;
      writeAtomically(path.join(siteDir, file), final);
      const pdf = await openPdf(final);
      printed.push({ edition, file, bytes: final.byteLength, pages: pdf.numPages, milliseconds: performance.now() - started });
      await pdf.loadingTask.destroy();
    }
  } finally {
    await server.close();
  }
  return printed;
}

async function printOnce(
  browser: Browser,
  address: string,
  printable: PrintDocument,
  strategyName: string,
  trustName: string,
  words: ReturnType<typeof wordsFor>,
  edition: PdfEdition,
): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    // The print document is answered here, not written into the trust's folder; everything it loads comes from the folder.
    await page.route(address, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: printable.html }));
    await page.goto(address, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.evaluate(() =>
      Promise.all([...document.images].map((image) => (image.complete ? undefined : image.decode().catch(() => undefined)))),
    );
    const edge = 'font-family: Arial, sans-serif; font-size: 8pt; color: #4c6272; width: 100%; margin: 0 16mm;';
    const direction = `dir="${edition.direction}" lang="${escapeHtml(edition.language)}"`;
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: `<div ${direction} style="${edge}">${escapeHtml(strategyName)} · ${escapeHtml(trustName)}</div>`,
      footerTemplate: `<div ${direction} style="${edge} text-align: end;">${escapeHtml(words.pdf.pageOf('\u0000', '\u0001'))
        .replace('\u0000', '<span class="pageNumber"></span>')
        .replace('\u0001', '<span class="totalPages"></span>')}</div>`,
    });
  } finally {
    await page.close();
  }
}

function writeAtomically(file: string, bytes: Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.partial`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
