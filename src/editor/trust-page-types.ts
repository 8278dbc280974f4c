/**
 * The page types a trust's folder uses, read from each page's settings by the one reader, so
 * the editor lists only those (the rest stay one "add a page" away). Easy read twins and files
 * are not pages of a type; a page the reader cannot read has no type to list.
 */
import path from 'node:path';
import { isReadPage, readContent } from '../reader/read-content.ts';

/** @param trustDir absolute path of the trust's folder */
export function trustPageTypes(trustDir: string): string[] {
  const contentDir = path.dirname(trustDir);
  const model = readContent({ contentDir, displayRoot: path.dirname(contentDir), trusts: [path.basename(trustDir)] });
  const types = model.trusts
    .flatMap((trust) => trust.pages)
    .filter(isReadPage)
    .filter((page) => !page.isEasyRead)
    .map((page) => page.data.type);
  return [...new Set(types.filter((type): type is string => typeof type === 'string'))].sort();
}
