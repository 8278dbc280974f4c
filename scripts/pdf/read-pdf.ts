/**
 * Reads a printed PDF with pdf.js: which sheet each anchor landed on (for the contents' page
 * numbers), and the facts the tests and the command report.
 */
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js may take ownership of the buffer it is given: hand it a copy.
  return getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
}

/** The page number (from 1) each named destination leads to; anchors with no destination are left out. */
export async function pagesOfAnchors(bytes: Uint8Array, anchors: readonly string[]): Promise<Map<string, number>> {
  const pdf = await openPdf(bytes);
  try {
    const found = new Map<string, number>();
    for (const anchor of anchors) {
      const destination = await pdf.getDestination(anchor);
      const target = destination?.[0];
      if (target && typeof target === 'object') found.set(anchor, (await pdf.getPageIndex(target as { num: number; gen: number })) + 1);
      else if (typeof target === 'number') found.set(anchor, target + 1);
    }
    return found;
  } finally {
    await pdf.loadingTask.destroy();
  }
}
