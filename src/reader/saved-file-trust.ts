import path from 'node:path';

/**
 * Whose content a saved file is: the folder name of the trust it is in, "every trust" for a file
 * directly in the content folder (or the folder itself), undefined for a file outside it. The
 * live preview's reading (./live-reading.ts) and its check (src/integrations/dev-content-check.ts)
 * both ask this; kept apart from the reader so the dev server's config loads nothing more.
 * @param contentDir absolute path of the folder holding one folder per trust
 */
export function trustOfSavedFile(contentDir: string, file: string): string | 'every trust' | undefined {
  const inside = path.relative(contentDir, path.resolve(file));
  if (inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
  const [slug, ...rest] = inside.split(path.sep);
  return slug && rest.length > 0 ? slug : 'every trust';
}
