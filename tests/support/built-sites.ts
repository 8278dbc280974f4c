/**
 * Test support: run the real build command, read what it published, and decode each
 * trust's Pagefind index so tests can assert on what readers and search would see.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { FIXED_BUILD_DATE } from '../../src/fixtures/fixed-build-date.ts';
import { refuseInUnitTier } from './test-tier.ts';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
/** Events and surveys are placed relative to this date in the sample content tests (declared with the fixtures). */
export { FIXED_BUILD_DATE };

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node scripts/build.ts ...args` as the build command does, with a fixed "today" (`env` may pin another). */
export async function runBuild(args: string[], env: Record<string, string> = {}): Promise<CommandResult> {
  refuseInUnitTier('runs the build command');
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(repoRoot, 'scripts', 'build.ts'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, STRATEGY_BUILD_DATE: FIXED_BUILD_DATE, FORCE_COLOR: '0', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** Every file below a folder, as paths relative to it, sorted. */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(path.join(dir, entry.name), relative) : [relative];
    })
    .sort();
}

/** A hash of every file's path and bytes, to prove a folder did not change. */
export function hashFolder(dir: string): string {
  const hash = createHash('sha256');
  for (const file of listFiles(dir)) {
    hash.update(file);
    hash.update(readFileSync(path.join(dir, file)));
  }
  return hash.digest('hex');
}

export function readPage(siteDir: string, pagePath: string): HTMLElement {
  return parse(readFileSync(path.join(siteDir, pagePath, 'index.html'), 'utf8'));
}

/** Visible text with whitespace collapsed, block elements (headings, list items, dd...) kept apart. */
export function textOf(element: HTMLElement | null | undefined): string {
  return (element?.structuredText ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The HTML pages of a published trust, as page paths ("", "goals/"...), 404 excluded, and the
 * small "this page has moved" pages left at old addresses for hosts that cannot redirect (each
 * is an S3 object redirect too, listed in s3-object-redirects.json).
 */
export function pagePaths(siteDir: string): string[] {
  const redirectsFile = path.join(siteDir, 's3-object-redirects.json');
  const keys = existsSync(redirectsFile)
    ? (JSON.parse(readFileSync(redirectsFile, 'utf8')) as Array<{ key: string }>).map(({ key }) => key)
    : [];
  // Each key is the file's path under the trust's base path: its longest ending that is a published file.
  const moved = new Set(
    keys.flatMap((key) => {
      const parts = key.split('/');
      const found = parts.map((_part, index) => parts.slice(index).join('/')).find((file) => existsSync(path.join(siteDir, file)));
      return found ? [found] : [];
    }),
  );
  return listFiles(siteDir)
    .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind/'))
    .filter((file) => !moved.has(file))
    .map((file) => file.replace(/index\.html$/, ''));
}

export interface SearchRecord {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: { title?: string };
}

/**
 * Decodes every page record ("fragment") of a trust's Pagefind index. The build asks for
 * one grouped fragment file per trust (an object of records by id); a file may also hold
 * a single record.
 */
export function readSearchRecords(siteDir: string): SearchRecord[] {
  // The standard pages' index, and the easy read pages' own index beside it (src/publishing/search-index.ts).
  const fragmentDirs = [path.join(siteDir, 'pagefind', 'fragment'), path.join(siteDir, 'pagefind', 'easy-read', 'fragment')];
  return fragmentDirs
    .filter((fragmentDir) => existsSync(fragmentDir))
    .flatMap((fragmentDir) => readdirSync(fragmentDir).map((file) => path.join(fragmentDir, file)))
    .filter((file) => statSync(file).isFile())
    .flatMap((file) => {
      const raw = gunzipSync(readFileSync(file)).toString('utf8');
      const parsed = JSON.parse(raw.replace(/^pagefind_dcd/, '')) as SearchRecord | Record<string, SearchRecord>;
      return typeof parsed.url === 'string' ? [parsed as SearchRecord] : Object.values(parsed as Record<string, SearchRecord>);
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** The language a published page says it is in (`<html lang>`). */
export function pageLanguage(siteDir: string, pagePath: string): string {
  const html = readFileSync(path.join(siteDir, pagePath, 'index.html'), 'utf8');
  return /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? '';
}

/**
 * Whether a published page is the page at its own address, not a stand-in for another: a page not
 * yet translated is shown in a partial language with its canonical address on the original.
 */
export function isOwnPage(siteDir: string, pagePath: string, siteUrl: string): boolean {
  const html = readFileSync(path.join(siteDir, pagePath, 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  return canonical === undefined || canonical === `${siteUrl}${pagePath}`;
}

/**
 * The folder of a page's language ("ur/" for "ur/goals/"), where the site has a language of its
 * own under a folder: the first folder of the path, when its home page is in another language
 * than the site's root. "" for the root's language.
 */
export function languageFolder(siteDir: string, pagePath: string): string {
  const first = /^[^/]+\//.exec(pagePath)?.[0];
  if (first === undefined || !existsSync(path.join(siteDir, first, 'index.html'))) return '';
  return pageLanguage(siteDir, first) !== pageLanguage(siteDir, '') ? first : '';
}
