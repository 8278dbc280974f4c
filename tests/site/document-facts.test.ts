/**
 * Documents are described from the files themselves: fixture files are made here, including
 * PDFs with a known number of pages made with pdf-lib, and read back with the build's reader.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFile, formatFileSize, readFileFacts, UnreadableFileError } from '../../src/reader/document-facts.ts';
import { defaultLanguage, wordsFor } from '../../src/words/index.ts';

const words = wordsFor(defaultLanguage);

let work: string;

async function writePdf(name: string, pages: number, padding = 0): Promise<string> {
  const pdf = await PDFDocument.create();
  for (let index = 0; index < pages; index++) pdf.addPage([595, 842]);
  // An attachment of random bytes (which do not compress) makes a larger file.
  if (padding) await pdf.attach(randomBytes(padding), 'padding.bin', { mimeType: 'application/octet-stream' });
  const file = path.join(work, name);
  writeFileSync(file, await pdf.save());
  return file;
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-documents-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('document facts', () => {
  it('reads the format, size and page count of a PDF', async () => {
    const file = await writePdf('strategy.pdf', 24);
    const facts = await readFileFacts(file);
    expect(facts).toEqual({ format: 'pdf', bytes: statSync(file).size, pages: 24 });
    expect(describeFile(facts, words)).toBe(`PDF, ${statSync(file).size} bytes, 24 pages`);
  });

  it('says "1 page" and megabytes for a large one-page PDF', async () => {
    const file = await writePdf('poster.pdf', 1, 1_300_000);
    const facts = await readFileFacts(file);
    expect(facts.pages).toBe(1);
    expect(describeFile(facts, words)).toBe(`PDF, ${formatFileSize(statSync(file).size, words)}, 1 page`);
    expect(describeFile(facts, words)).toMatch(/^PDF, 1\.2 MB, 1 page$/);
  });

  it('names other formats as GOV.UK does, without a page count', async () => {
    const file = path.join(work, 'plan.docx');
    writeFileSync(file, Buffer.alloc(50 * 1024, 1));
    expect(describeFile(await readFileFacts(file), words)).toBe('MS Word Document, 50 KB');
  });

  it('refuses a PDF that is really something else, and an empty file', async () => {
    const renamed = path.join(work, 'renamed.pdf');
    writeFileSync(renamed, 'This is a note saved with the wrong name.');
    await expect(readFileFacts(renamed)).rejects.toBeInstanceOf(UnreadableFileError);
    await expect(readFileFacts(renamed)).rejects.toThrow(/not a PDF that can be read/);
    const empty = path.join(work, 'empty.pdf');
    writeFileSync(empty, '');
    await expect(readFileFacts(empty)).rejects.toThrow(/The file is empty/);
  });

  it('writes sizes the way people read them', () => {
    expect(formatFileSize(818, words)).toBe('818 bytes');
    expect(formatFileSize(345 * 1024, words)).toBe('345 KB');
    expect(formatFileSize(Math.round(1.2 * 1024 * 1024), words)).toBe('1.2 MB');
    expect(formatFileSize(24 * 1024 * 1024, words)).toBe('24 MB');
  });
});
