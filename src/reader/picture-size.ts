/**
 * The width and height of a trust's own picture file (its logo), so the page can reserve
 * its space before it loads and nothing jumps as it arrives. Read once per file in a build,
 * and again in `astro dev` once the file is replaced.
 */
import { readFile } from 'node:fs/promises';
import { imageMetadata } from 'astro/assets/utils';
import { FileMemo } from '../reader/file-memo.ts';

const sizes = new FileMemo((file) =>
  readFile(file)
    .then((data) => imageMetadata(new Uint8Array(data), file))
    .then(({ width, height }) => (width > 0 && height > 0 ? { width: Math.round(width), height: Math.round(height) } : undefined))
    // The content check reports a missing or unreadable logo; the page then shows it without a size.
    .catch(() => undefined),
);

export function pictureSize(file: string): Promise<{ width: number; height: number } | undefined> {
  return sizes.get(file);
}
