/**
 * The one rule that pairs an easy read page with its standard page, by place:
 *
 *   content/<trust>/easy-read/<path>.md  is the twin of  content/<trust>/<path>.md
 *   content/<trust>/easy-read/index.md   is the twin of  the home page ("index")
 *
 * Paths here are relative to the trust's folder, without the file extension.
 */
import { editions } from './editions.ts';
import { pagePathOf } from './trust-address.ts';

const FOLDER = editions['easy-read'].folder;

/** True for a file in the trust's easy-read folder. */
export function isTwinPath(relativePath: string): boolean {
  return relativePath === FOLDER || relativePath.startsWith(`${FOLDER}/`);
}

/** The standard page a twin belongs to: "easy-read/goals" gives "goals", "easy-read/index" gives "index". */
export function standardPathOfTwin(relativePath: string): string {
  return relativePath.slice(FOLDER.length + 1).replace(/^\/+/, '') || 'index';
}

/** Where the twin of a standard page is published: "goals" gives "easy-read/goals/", "index" gives "easy-read/". */
export function twinPagePath(standardPath: string): string {
  return `${FOLDER}/${pagePathOf(standardPath)}`;
}

/** Where the twin of a standard page is written in the trust's folder: "goals" gives "easy-read/goals" (the inverse of standardPathOfTwin). */
export function twinContentPath(standardPath: string): string {
  return `${FOLDER}/${standardPath}`;
}
