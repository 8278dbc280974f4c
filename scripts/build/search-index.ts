/**
 * Pagefind indexes, one per trust, written into that trust's own folder so its search
 * can only ever find its own pages. Pages go in through Pagefind's Node API straight
 * from memory; URLs are relative to the trust's root and the search page tells Pagefind
 * the trust's base path.
 */
import * as pagefind from 'pagefind';

export interface IndexablePage {
  /** "/goals/" — relative to the trust's site root. */
  url: string;
  html: string;
}

export async function writeSearchIndex(pages: IndexablePage[], outputPath: string, language: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let indexed = 0;
  for (const page of pages) {
    const result = await index.addHTMLFile({ url: page.url, content: page.html });
    if (result.errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${result.errors.join('; ')}`);
    if (result.file) indexed += 1;
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return indexed;
}

export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}
