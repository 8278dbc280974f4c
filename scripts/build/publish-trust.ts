/**
 * Turns one trust's part of the shared Astro output into a complete, self-contained site:
 * its pages with asset links moved under its base path, only the assets it uses, its own
 * files, 404.html, sitemap.xml, robots.txt and search index. The site is finished in the
 * build's scratch folder (inside the output folder, so on the same disk) and swapped into
 * place with renames only when it is complete, so a failure never leaves a half-written site.
 */
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { trustAddress } from '../../src/site/trust-address.ts';
import { writeSearchIndex } from './search-index.ts';
import { robotsTxt, sitemapXml } from './sitemap.ts';

/** Must match `build.assets` in astro.config.mjs. */
export const ASSETS_DIR = '_assets';
const ASSET_REFERENCE = new RegExp(`/${ASSETS_DIR}/([A-Za-z0-9._-]+)`, 'g');

export interface PublishInput {
  slug: string;
  /** The trust's public URL, from its settings. */
  url: string;
  /** The trust's content folder (for its files/). */
  contentDir: string;
  /** The whole Astro output. */
  astroOutDir: string;
  /** The final output folder holding one folder per trust. */
  outDir: string;
  language: string;
}

export interface PublishResult {
  slug: string;
  pages: number;
  /** Pages in the search index (those marked data-pagefind-body). */
  indexed: number;
  indexSeconds: number;
}

async function listHtmlFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listHtmlFiles(path.join(dir, entry.name), relative)));
    else if (entry.name.endsWith('.html')) files.push(relative);
  }
  return files.sort();
}

/** "goals/index.html" becomes "goals/"; "index.html" becomes "". */
function pagePathOfFile(relativeFile: string): string {
  return relativeFile.replace(/index\.html$/, '');
}

export async function publishTrust(input: PublishInput): Promise<PublishResult> {
  const { slug, astroOutDir, outDir } = input;
  const { origin, basePath } = trustAddress(input.url);
  // The trust's part of the Astro output is finished in place and then renamed into dist/:
  // no second copy of every page, and nothing half-written is ever visible in dist/<slug>/.
  const site = path.join(astroOutDir, slug);

  const usedAssets = new Set<string>();
  const rewrite = (text: string) =>
    text.replace(ASSET_REFERENCE, (_match, file: string) => {
      usedAssets.add(file);
      return `${basePath}${ASSETS_DIR}/${file}`;
    });

  const sitemapUrls: string[] = [];
  let searchable = 0;
  const htmlFiles = await listHtmlFiles(site);
  await Promise.all(
    htmlFiles.map(async (file) => {
      const html = rewrite(await readFile(path.join(site, file), 'utf8'));
      await writeFile(path.join(site, file), html);
      if (file === '404/index.html') return;
      // Pages that ask not to be indexed (the plain English report) stay out of the sitemap.
      if (!html.includes('<meta name="robots" content="noindex">')) sitemapUrls.push(`${origin}${basePath}${pagePathOfFile(file)}`);
      if (html.includes('data-pagefind-body')) searchable += 1;
    }),
  );
  sitemapUrls.sort();
  // Hosts serve a trust's "page not found" from 404.html at its root.
  await rename(path.join(site, '404', 'index.html'), path.join(site, '404.html'));
  await rm(path.join(site, '404'), { recursive: true, force: true });

  // CSS can point at further assets (fonts, images), so follow references until none are new.
  const assetsOut = path.join(site, ASSETS_DIR);
  await mkdir(assetsOut, { recursive: true });
  const copied = new Set<string>();
  while (copied.size < usedAssets.size) {
    const fresh = [...usedAssets].filter((file) => !copied.has(file));
    for (const file of fresh) copied.add(file);
    await Promise.all(
      fresh.map(async (file) => {
        const from = path.join(astroOutDir, ASSETS_DIR, file);
        if (file.endsWith('.css') || file.endsWith('.js'))
          await writeFile(path.join(assetsOut, file), rewrite(await readFile(from, 'utf8')));
        else await copyFile(from, path.join(assetsOut, file));
      }),
    );
  }

  const trustFiles = path.join(input.contentDir, 'files');
  if (existsSync(trustFiles)) await copyFolder(trustFiles, path.join(site, 'files'));

  await writeFile(path.join(site, 'sitemap.xml'), sitemapXml(sitemapUrls));
  await writeFile(path.join(site, 'robots.txt'), robotsTxt(`${origin}${basePath}`));

  const indexStart = performance.now();
  await writeSearchIndex(site, path.join(site, 'pagefind'), input.language);
  const indexSeconds = (performance.now() - indexStart) / 1000;

  await swapIntoPlace(site, path.join(outDir, slug));
  return { slug, pages: htmlFiles.length, indexed: searchable, indexSeconds };
}

/** Copies a folder's files in parallel (fs.cp checks and sets far more per file than we need). */
async function copyFolder(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { withFileTypes: true });
  await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? copyFolder(path.join(from, entry.name), path.join(to, entry.name))
        : copyFile(path.join(from, entry.name), path.join(to, entry.name)),
    ),
  );
}

/** Replace the published folder with the staged one in two renames, then delete the old copy. */
async function swapIntoPlace(finished: string, target: string): Promise<void> {
  const previous = `${path.dirname(target)}/.previous-${path.basename(target)}`;
  await rm(previous, { recursive: true, force: true });
  if (existsSync(target)) await rename(target, previous);
  await rename(finished, target);
  await rm(previous, { recursive: true, force: true });
}
