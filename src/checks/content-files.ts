/** The page files of a trust: every .md and .mdx file in its folder, outside files/. */
import { readdirSync } from 'node:fs';
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
