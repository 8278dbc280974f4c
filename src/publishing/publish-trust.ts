/**
 * Turns one trust's part of the shared Astro output into a complete, self-contained site:
 * its pages (written once, by Astro, already linked under the trust's base path), only the
 * assets they use, its own files, 404.html, sitemap.xml, robots.txt and search index. What
 * the pages hold was noted as they were rendered (./rendered-trusts.ts), so nothing is read
 * back. The site is finished in the build's scratch folder (inside the output folder, so on
 * the same disk) and swapped into place with renames only when it is complete, so a failure
 * never leaves a half-written site.
 */
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ASSETS_DIR, linkedAssets, withTrustPaths } from '../addresses/published-paths.ts';
import { hostHeaderFiles, periodsWithFiles } from '../hosting/security-headers.ts';
import { redirectFiles } from './host-redirects.ts';
import type { RenderedTrust } from './rendered-trusts.ts';
import { robotsTxt, sitemapXml } from './sitemap.ts';
import { drawOrder } from '../site/share-images.ts';
import { writeRequestedImages } from './share-images.ts';
import { PERIOD_PATTERN, PREVIOUS_FOLDER } from '../addresses/previous-editions.ts';

const SHARE_IMAGE_CACHE = path.resolve(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'strategy-share-images');

export interface PublishResult {
  slug: string;
  pages: number;
  /** Pages in the search index (those marked data-pagefind-body). */
  indexed: number;
  /** Seconds spent finishing and writing the search index (most of it was built during rendering). */
  indexSeconds: number;
}

/** Where a trust's search index goes in the build's scratch folder, written there by Pagefind ahead of publishing. */
export const searchIndexFolder = (astroOutDir: string, slug: string) => path.join(astroOutDir, slug, 'pagefind');

/**
 * @param trust what was rendered for the trust
 * @param astroOutDir the whole Astro output, holding <slug>/ and the shared assets
 * @param outDir the final output folder holding one folder per trust
 */
export async function publishTrust(trust: RenderedTrust, astroOutDir: string, outDir: string): Promise<PublishResult> {
  const { slug, origin, basePath } = trust;
  // The trust's part of the Astro output is finished in place and then renamed into dist/:
  // no second copy of every page, and nothing half-written is ever visible in dist/<slug>/.
  const site = path.join(astroOutDir, slug);

  // Hosts serve a trust's "page not found" from 404.html at its root.
  await rename(path.join(site, '404', 'index.html'), path.join(site, '404.html'));
  await rm(path.join(site, '404'), { recursive: true, force: true });

  await copyAssets(trust, path.join(astroOutDir, ASSETS_DIR), path.join(site, ASSETS_DIR));

  // Share cards and icons the pages asked for, drawn once and then linked from the cache,
  // while the files, sitemap and search index are written.
  // Each picture names the content file its drawing cost comes from, for the message if it takes too long.
  const shown = (file: string) =>
    path
      .relative(path.dirname(path.dirname(trust.contentDir)), path.join(trust.contentDir, file))
      .split(path.sep)
      .join('/');
  const drawn = new Map(
    [...trust.images].map(([file, order]) => [
      file,
      {
        ...drawOrder(order, trust.contentDir),
        source: shown(order.cardTitle !== undefined && order.trust.logoFile ? order.trust.logoFile : 'trust.yaml'),
      },
    ]),
  );
  const images = writeRequestedImages(drawn, site, SHARE_IMAGE_CACHE);
  // Its failure is reported where it is awaited, below; this only keeps an earlier failure from leaving it unhandled.
  images.catch(() => undefined);

  const trustFiles = path.join(trust.contentDir, 'files');
  if (existsSync(trustFiles)) await copyFolder(trustFiles, path.join(site, 'files'));
  // Each previous strategy's files are published with its pages, under previous/<years>/files/.
  const previous = path.join(trust.contentDir, PREVIOUS_FOLDER);
  if (existsSync(previous))
    for (const period of (await readdir(previous)).filter((name) => PERIOD_PATTERN.test(name))) {
      const files = path.join(previous, period, 'files');
      if (existsSync(files)) await copyFolder(files, path.join(site, PREVIOUS_FOLDER, period, 'files'));
    }

  const listed = trust.listedPaths.map((pagePath) => `${origin}${basePath}${pagePath}`).sort();
  const alternates = new Map([...trust.alternates].map(([pagePath, list]) => [`${origin}${basePath}${pagePath}`, list]));
  await writeFile(path.join(site, 'sitemap.xml'), sitemapXml(listed, alternates));
  await writeFile(path.join(site, 'robots.txt'), robotsTxt(`${origin}${basePath}`));
  // Security headers for the hosts trusts use (Netlify, Cloudflare Pages, Azure, nginx), from one list.
  // ...and the trust's old addresses for each of them, with a page holding a link for hosts that cannot redirect.
  const hostFiles = redirectFiles(trust, hostHeaderFiles(basePath, periodsWithFiles(site)), (file) => existsSync(path.join(site, file)));
  await Promise.all(
    Object.entries(hostFiles).map(async ([name, text]) => {
      await mkdir(path.dirname(path.join(site, name)), { recursive: true });
      await writeFile(path.join(site, name), text);
    }),
  );

  const indexStart = performance.now();
  const indexed = await trust.search.write(searchIndexFolder(astroOutDir, slug));
  const indexSeconds = (performance.now() - indexStart) / 1000;

  await images;
  await swapIntoPlace(site, path.join(outDir, slug));
  return { slug, pages: trust.pagePaths.length, indexed, indexSeconds };
}

/** Copies the assets the trust's pages use. A stylesheet can point at further assets (fonts, images), so references are followed until none are new. */
async function copyAssets(trust: RenderedTrust, from: string, to: string): Promise<void> {
  const used = new Set(trust.assets);
  const copied = new Set<string>();
  await mkdir(to, { recursive: true });
  while (copied.size < used.size) {
    const fresh = [...used].filter((file) => !copied.has(file));
    for (const file of fresh) copied.add(file);
    await Promise.all(
      fresh.map(async (file) => {
        if (!file.endsWith('.css') && !file.endsWith('.js')) return copyFile(path.join(from, file), path.join(to, file));
        const text = withTrustPaths(await readFile(path.join(from, file), 'utf8'), trust.basePath);
        for (const further of linkedAssets(text, trust.basePath)) used.add(further);
        return writeFile(path.join(to, file), text);
      }),
    );
  }
}

/**
 * Copies a folder's files in parallel (fs.cp checks and sets far more per file than we need).
 * Only real files and folders: a symbolic link would publish whatever it points at, so it is
 * never followed, even if the content check (which refuses it) was somehow bypassed.
 */
async function copyFolder(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { withFileTypes: true });
  await Promise.all(
    entries.map((entry) => {
      if (entry.isDirectory()) return copyFolder(path.join(from, entry.name), path.join(to, entry.name));
      if (!entry.isFile()) throw new SymbolicLinkRefused(path.join(from, entry.name));
      return copyFile(path.join(from, entry.name), path.join(to, entry.name));
    }),
  );
}

/** A trust's files/ holds a link or something other than a file: nothing from it is published. */
export class SymbolicLinkRefused extends Error {
  constructor(file: string) {
    super(`${file} is a symbolic link or not an ordinary file, so it was not published. Replace it with a copy of the file itself.`);
    this.name = 'SymbolicLinkRefused';
  }
}

/** Replace the published folder with the staged one in two renames, then delete the old copy. */
async function swapIntoPlace(finished: string, target: string): Promise<void> {
  const previous = `${path.dirname(target)}/.previous-${path.basename(target)}`;
  await rm(previous, { recursive: true, force: true });
  if (existsSync(target)) await rename(target, previous);
  await rename(finished, target);
  await rm(previous, { recursive: true, force: true });
}
