/** The files of a trust: its pages (every .md and .mdx file outside files/) and its published files. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Paths relative to the trust's folder, with "/" separators, sorted. */
export function listPageFiles(trustDir: string): string[] {
  return readdirSync(trustDir, { recursive: true, encoding: 'utf8' })
    .map((relative) => relative.split(path.sep).join('/'))
    .filter(
      (relative) =>
        /\.(md|mdx)$/.test(relative) && !relative.startsWith('files/') && !relative.split('/').some((part) => part.startsWith('.')),
    )
    .sort();
}

/** The files in a trust's files/ folder, as paths inside it ("pictures/talking.svg"), sorted. */
export function listPublishedFiles(trustDir: string): string[] {
  const filesDir = path.join(trustDir, 'files');
  if (!existsSync(filesDir)) return [];
  return readdirSync(filesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(filesDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
