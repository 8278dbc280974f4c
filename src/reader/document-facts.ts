/**
 * What a downloadable file is, read from the file itself at build time so it can never
 * drift from what was typed: its format, its size and, for a PDF, its number of pages
 * (read with pdf-lib). Shown as GOV.UK does, "PDF, 1.2 MB, 24 pages", so people on a
 * phone plan know what they are about to download.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';

export interface FileFacts {
  /** "PDF", "MS Word Document", "CSV"... */
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

const formatNames: Record<string, string> = {
  pdf: 'PDF',
  doc: 'MS Word Document',
  docx: 'MS Word Document',
  xls: 'MS Excel Spreadsheet',
  xlsx: 'MS Excel Spreadsheet',
  ppt: 'MS PowerPoint Presentation',
  pptx: 'MS PowerPoint Presentation',
  odt: 'OpenDocument Text',
  ods: 'OpenDocument Spreadsheet',
  odp: 'OpenDocument Presentation',
  csv: 'CSV',
  txt: 'Plain text',
  rtf: 'Rich Text Format',
  mp3: 'MP3 audio',
  mp4: 'MP4 video',
  zip: 'ZIP archive',
};

export function formatOf(fileName: string): string {
  const extension = path.extname(fileName).slice(1).toLowerCase();
  return formatNames[extension] ?? (extension.toUpperCase() || 'File');
}

/** "818 bytes", "345 KB", "1.2 MB" (1 KB = 1,024 bytes, as file managers count). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes < 10 ? megabytes.toFixed(1).replace(/\.0$/, '') : Math.round(megabytes)} MB`;
}

/** "PDF, 1.2 MB, 24 pages" */
export function describeFile(facts: FileFacts): string {
  const parts = [facts.format, formatFileSize(facts.bytes)];
  if (facts.pages !== undefined) parts.push(`${facts.pages} ${facts.pages === 1 ? 'page' : 'pages'}`);
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
  if (format !== 'PDF') return { format, bytes: bytes.length };
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
