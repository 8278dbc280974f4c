/**
 * Printing a page as a reader's browser does (Chromium's own PDF, with the page's CSS page size),
 * then reading back each sheet's words with PDF.js, to judge what each sheet carries.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { actualTextOfSheets } from './pdf-actual-text.ts';

export interface PrintedSheet {
  /** Width and height in points (A4 portrait is about 595 × 842). */
  width: number;
  height: number;
  /** The sheet's words, as PDF.js reads them. */
  text: string;
  /**
   * The sheet's words as Adobe Reader and Poppler read them, through the text Chromium records
   * for glyphs that stand for no character of their own (Urdu's joined letters), each word's
   * letters in reading order (tests/support/pdf-actual-text.ts): PDF.js reads those glyphs as NULs.
   */
  actualText: string;
}

/** Prints the open page to PDF and returns each sheet's size and words. */
export async function printSheets(page: Page): Promise<PrintedSheet[]> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const loading = getDocument({ data: new Uint8Array(pdf) });
  const pdfDocument = await loading.promise;
  const actualText = actualTextOfSheets(pdf);
  const sheets: PrintedSheet[] = [];
  for (let number = 1; number <= pdfDocument.numPages; number++) {
    const sheet = await pdfDocument.getPage(number);
    const [, , width, height] = sheet.view as [number, number, number, number];
    const content = await sheet.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    sheets.push({ width, height, text, actualText: actualText[number - 1] ?? '' });
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
  /** The page's writing direction: a right-to-left page's sheets are read word by word (see `furnitureOnlySheets`). */
  direction: 'ltr' | 'rtl';
  /** For a right-to-left page: the first and the last few words of each block, and every word of the furniture. */
  blockWords: string[][];
  furnitureWords: string[];
}

export async function printedParts(page: Page): Promise<PrintedParts> {
  const { blocks, furniture, direction } = await page.evaluate(() => {
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
      direction: getComputedStyle(document.documentElement).direction === 'rtl' ? ('rtl' as const) : ('ltr' as const),
    };
  });
  const WORDS = 3;
  const PROBE = 12;
  return {
    probes: blocks
      .map(squeeze)
      .filter((text) => text.length > 0)
      .flatMap((text) => (text.length <= PROBE ? [text] : [text.slice(0, PROBE), text.slice(-PROBE)])),
    furniture: furniture.map(squeeze).filter((text) => text.length > 0),
    direction,
    blockWords: blocks
      .map(wordsOf)
      .filter((words) => words.length > 0)
      .flatMap((words) => (words.length <= WORDS ? [words] : [words.slice(0, WORDS), words.slice(-WORDS)])),
    furnitureWords: furniture.flatMap(wordsOf),
  };
}

/** A text's words, each squeezed to its letters and digits. */
export const wordsOf = (text: string) =>
  text
    .split(/\s+/)
    .map(squeeze)
    .filter((word) => word.length > 0);

/**
 * The numbers (from 1) of the sheets that carry none of the page's own content: only furniture, or nothing.
 * A left-to-right page's sheet carries content when the start or the end of a block is in its words as
 * PDF.js reads them. A right-to-left page's sheet (Urdu) is read through Chromium's ActualText, whose
 * words come in drawing order, so it carries content when every word of a block's start or end is among
 * its words, once the furniture's words are taken out (a word the title and the text share counts once
 * for each).
 */
export function furnitureOnlySheets(
  sheets: PrintedSheet[],
  { probes, furniture, direction, blockWords, furnitureWords }: PrintedParts,
): number[] {
  if (direction === 'rtl')
    return sheets.flatMap((sheet, index) => {
      const left = new Map<string, number>();
      for (const word of wordsOf(sheet.actualText)) left.set(word, (left.get(word) ?? 0) + 1);
      for (const word of furnitureWords) if (left.get(word)) left.set(word, left.get(word)! - 1);
      const found = blockWords.some((words) => words.every((word) => (left.get(word) ?? 0) > 0));
      return found ? [] : [index + 1];
    });
  return sheets.flatMap((sheet, index) => {
    // The furniture's own words cannot stand for content ("Together" in a strategy's name, say).
    const words = furniture.reduce((rest, part) => rest.replaceAll(part, ' '), squeeze(sheet.text));
    return probes.some((probe) => words.includes(probe)) ? [] : [index + 1];
  });
}
