/**
 * Printing a page as a reader's browser does (Chromium's own PDF, with the page's CSS page size),
 * then reading back each sheet's words with PDF.js, to judge what each sheet carries.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';

export interface PrintedSheet {
  /** Width and height in points (A4 portrait is about 595 × 842). */
  width: number;
  height: number;
  /** The sheet's words, as PDF.js reads them. */
  text: string;
}

/** Prints the open page to PDF and returns each sheet's size and words. */
export async function printSheets(page: Page): Promise<PrintedSheet[]> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const loading = getDocument({ data: new Uint8Array(pdf) });
  const pdfDocument = await loading.promise;
  const sheets: PrintedSheet[] = [];
  for (let number = 1; number <= pdfDocument.numPages; number++) {
    const sheet = await pdfDocument.getPage(number);
    const [, , width, height] = sheet.view as [number, number, number, number];
    const content = await sheet.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    sheets.push({ width, height, text });
  }
  await loading.destroy();
  return sheets;
}

/** Letters and digits only, so words split across lines or sheets by the printer still compare. */
export const squeeze = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();

/** What the page's own content and its furniture say, as the printer lays them out (read in print media). */
export interface PrintedParts {
  /**
   * The start and the end of each block of the page's own content (its paragraphs, list items,
   * headings below the title, table cells): a sheet that holds neither the start nor the end of
   * any of them carries none of the page's content.
   */
  probes: string[];
  /** The words of the page's furniture: the header and logo, the title, the status line and the footer. */
  furniture: string[];
}

export async function printedParts(page: Page): Promise<PrintedParts> {
  const { blocks, furniture } = await page.evaluate(() => {
    const visible = (element: Element) => element.checkVisibility();
    const main = document.querySelector('main');
    const furnitureParts = [
      ...document.querySelectorAll('header, .page-links, footer'),
      ...(main?.querySelectorAll(':scope > h1, .status-banner') ?? []),
    ].filter(visible);
    const leaves = [...(main?.querySelectorAll('p, li, h2, h3, h4, dt, dd, td, th, figcaption, summary') ?? [])].filter(
      (element) =>
        !furnitureParts.some((part) => part.contains(element)) &&
        // Only the innermost blocks, and only what prints.
        !element.querySelector('p, li, h2, h3, h4, dt, dd, td, th') &&
        visible(element),
    );
    return {
      blocks: leaves.map((element) => element.textContent ?? ''),
      furniture: furnitureParts.map((element) => (element as HTMLElement).innerText),
    };
  });
  const PROBE = 12;
  return {
    probes: blocks
      .map(squeeze)
      .filter((text) => text.length > 0)
      .flatMap((text) => (text.length <= PROBE ? [text] : [text.slice(0, PROBE), text.slice(-PROBE)])),
    furniture: furniture.map(squeeze).filter((text) => text.length > 0),
  };
}

/** The numbers (from 1) of the sheets that carry none of the page's own content: only furniture, or nothing. */
export function furnitureOnlySheets(sheets: PrintedSheet[], { probes, furniture }: PrintedParts): number[] {
  return sheets.flatMap((sheet, index) => {
    // The furniture's own words cannot stand for content ("Together" in a strategy's name, say).
    const words = furniture.reduce((rest, part) => rest.replaceAll(part, ' '), squeeze(sheet.text));
    return probes.some((probe) => words.includes(probe)) ? [] : [index + 1];
  });
}
