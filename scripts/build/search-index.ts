/**
 * Pagefind indexes, one per trust, written into that trust's own folder so its search
 * can only ever find its own pages. Pagefind reads the trust's staged folder itself (faster
 * than passing pages through its Node API one by one), so URLs are relative to the
 * trust's root ("/goals/") and the search page tells Pagefind the trust's base path.
 * Only pages whose <main> carries data-pagefind-body are indexed: not search, contents or 404.
 */
import * as pagefind from 'pagefind';

export async function writeSearchIndex(siteDir: string, outputPath: string, language: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteDir, glob: '**/*.html' });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}
