/**
 * What a downloadable file is, read from the file itself at build time so it can never
 * drift from what was typed: its format, its size and, for a PDF, its number of pages
 * (read with pdf-lib). Shown as GOV.UK does, "PDF, 1.2 MB, 24 pages", so people on a
 * phone plan know what they are about to download.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Words } from '../words/index.ts';

export interface FileFacts {
  /** The extension in lower case: "pdf", "docx", "csv"... (see formatOf). */
  format: string;
  bytes: number;
  /** Pages, for a PDF. */
  pages?: number;
}

/** The file could not be read as what its name says it is. `reason` is written for the comms team. */
export class UnreadableFileError extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(reason);
    this.name = 'UnreadableFileError';
    this.reason = reason;
  }
}

/** The file's format, as its extension in lower case ("pdf", "docx"): readers get its name from the catalogue. */
export function formatOf(fileName: string): string {
  return path.extname(fileName).slice(1).toLowerCase();
}

/** "818 bytes", "345 KB", "1.2 MB" (1 KB = 1,024 bytes, as file managers count). */
export function formatFileSize(bytes: number, words: Words): string {
  if (bytes < 1024) return words.documents.bytes(bytes);
  if (bytes < 1024 * 1024) return words.documents.kilobytes(Math.round(bytes / 1024));
  const megabytes = bytes / (1024 * 1024);
  return words.documents.megabytes(megabytes < 10 ? Number(megabytes.toFixed(1)) : Math.round(megabytes));
}

/** "PDF, 1.2 MB, 24 pages" */
export function describeFile(facts: FileFacts, words: Words): string {
  const parts = [words.documents.fileFormat(facts.format), formatFileSize(facts.bytes, words)];
  if (facts.pages !== undefined) parts.push(words.documents.pages(facts.pages));
  return parts.join(', ');
}

/** Reads a file's facts. Throws UnreadableFileError when it is empty, or a PDF that cannot be opened. */
export async function readFileFacts(absolute: string): Promise<FileFacts> {
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch {
    throw new UnreadableFileError('The file cannot be opened. Check it is a file, not a folder, and that it can be read.');
  }
  if (bytes.length === 0) throw new UnreadableFileError('The file is empty. Replace it with the finished document.');
  const format = formatOf(absolute);
  if (format !== 'pdf') return { format, bytes: bytes.length };
  try {
    const pdf = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    const pages = pdf.getPageCount();
    if (pages === 0) throw new Error('no pages');
    return { format, bytes: bytes.length, pages };
  } catch {
    throw new UnreadableFileError(
      'This file is not a PDF that can be read (it may be damaged, only partly copied, or another kind of file renamed to .pdf). Export it again as a PDF from the program it was made in and replace it.',
    );
  }
}
