/**
 * What the routing module declares against what a build publishes, for every sample trust:
 * every file in the published folder is a declared page or file (src/routes/generated-pages.ts)
 * or a page written in the content, every written page and twin is published, and each HTML
 * page's place in the sitemap, in search and before search engines, and its edition, are the
 * ones its route declares. A route file that publishes a page nobody declared, or a flag the
 * publishing step ignores, fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'node-html-parser';
import { isReadPage, readContent } from '../../src/reader/read-content.ts';
import { generatedPageList, type Edition, type GeneratedPage } from '../../src/routes/generated-pages.ts';
import { oldOnlyAddresses, PREVIOUS_FOLDER } from '../../src/addresses/previous-editions.ts';
import { listFiles, repoRoot } from '../support/built-sites.ts';
import { sampleSlugs, sampleTrusts } from '../support/sample-trusts.ts';

const dist = inject('builtSites');

/** The flags a route declares for an HTML page, as the routing module gives them (src/routes/routes.ts). */
interface Declared {
  edition: Edition;
  search: boolean;
  sitemap: boolean;
  indexable: boolean;
}
const writtenFlags = (edition: Edition): Declared => ({ edition, search: true, sitemap: true, indexable: true });

/** The HTML file a page path is published as: the publishing step moves 404/ to 404.html. */
const htmlFileOf = (pagePath: string) => (pagePath === '404/' ? '404.html' : `${pagePath}index.html`);

/** Whether a declaration accounts for a published file: a page by its HTML file, a folder by what is in it, a file by its name. */
function declares(declared: GeneratedPage, file: string): boolean {
  if (declared.maker === 'page') return file === htmlFileOf(declared.path);
  return declared.path.endsWith('/') ? file.startsWith(declared.path) : file === declared.path;
}

describe.each(sampleSlugs)('the routes of %s against its published site', (slug) => {
  const site = path.join(dist, slug);
  const { url } = sampleTrusts[slug];
  const content = readContent({ contentDir: path.join(repoRoot, 'content'), displayRoot: repoRoot, trusts: [slug] });
  const written = content.trusts[0]!.pages.filter(isReadPage);
  const published = listFiles(site);
  // A language of the trust's under a folder (Harbourside's partial Urdu, "ur/") has the generated
  // pages again in that folder (files and the 404 page stay the trust's), and shows each main-language
  // page it has not translated at its own address, kept out of search and the sitemap.
  const folders = [...new Set(written.map((page) => page.languageFolder).filter(Boolean))].map((folder) => `${folder}/`);
  const writtenPaths = new Set(written.map((page) => page.pagePath));
  const inFolders = generatedPageList
    .filter((declared) => declared.maker === 'page' && declared.view !== 'not-found')
    .flatMap((declared) => folders.map((folder): GeneratedPage => ({ ...declared, path: `${folder}${declared.path}` }) as GeneratedPage));
  const mainPages = written.filter((page) => page.languageFolder === '');
  const fallbacks = folders.flatMap((folder) =>
    mainPages
      .filter((page) => !writtenPaths.has(`${folder}${page.pagePath}`))
      .map(
        (page) =>
          [
            `${folder}${page.pagePath}`,
            { ...writtenFlags(page.isEasyRead ? 'easy-read' : 'standard'), search: false, sitemap: false },
          ] as const,
      ),
  );
  // Each language has its own updates feed too.
  const feedsInFolders = generatedPageList
    .filter((declared) => declared.path === 'updates.xml')
    .flatMap((declared) => folders.map((folder): GeneratedPage => ({ ...declared, path: `${folder}${declared.path}` }) as GeneratedPage));
  const declaredPages = [...generatedPageList, ...inFolders, ...feedsInFolders];
  // A previous strategy (previous/<years>/, tests/build/previous-strategies.test.ts) publishes its written pages and its own
  // files, in search (under its own filter) and the sitemap; each address only it had is a "moved" page pointing to its copy,
  // out of search, the sitemap and search engines.
  const editions = content.trusts[0]!.previous;
  const editionPages = editions.flatMap((edition) =>
    edition.pages.filter(isReadPage).map((page) => ({ ...page, pagePath: `${PREVIOUS_FOLDER}/${edition.period}/${page.pagePath}` })),
  );
  const editionFiles = editions.flatMap((edition) =>
    edition.publishedFiles.map((file) => `${PREVIOUS_FOLDER}/${edition.period}/files/${file}`),
  );
  const movedPages = editions.flatMap((edition) =>
    oldOnlyAddresses(
      edition.period,
      edition.pages.filter(isReadPage).map((page) => page.pagePath),
      new Set(written.map((page) => page.pagePath)),
    ).map(({ from }) => [from, { edition: 'standard' as Edition, search: false, sitemap: false, indexable: false }] as const),
  );

  /** Every HTML page the build published, by page path, with the flags its route declares. */
  const routes = new Map<string, Declared>([
    ...declaredPages.filter((declared) => declared.maker === 'page').map((declared) => [declared.path, declared] as const),
    ...written.map((page) => [page.pagePath, writtenFlags(page.isEasyRead ? 'easy-read' : 'standard')] as const),
    ...fallbacks,
    ...editionPages.map((page) => [page.pagePath, writtenFlags(page.isEasyRead ? 'easy-read' : 'standard')] as const),
    ...movedPages,
  ]);

  it('publishes nothing the routing module does not declare', () => {
    const writtenFiles = new Set([
      ...[...written, ...editionPages].map((page) => page.pagePath).map(htmlFileOf),
      ...[...fallbacks, ...movedPages].map(([pagePath]) => htmlFileOf(pagePath)),
      ...editionFiles,
    ]);
    const undeclared = published.filter((file) => !writtenFiles.has(file) && !declaredPages.some((declared) => declares(declared, file)));
    expect(undeclared).toEqual([]);
  });

  it('publishes every written page and easy read twin, and every generated page and file every site has', () => {
    for (const page of written) expect(published, page.file).toContain(htmlFileOf(page.pagePath));
    const always = ['', 'contents/', 'search/', 'contact/', 'accessibility/', 'cookies/', '404/', 'events.ics', 'theme.css'];
    for (const pagePath of always) {
      const declared = generatedPageList.find((each) => each.path === pagePath)!;
      expect(
        published.some((file) => declares(declared, file)),
        pagePath || 'home',
      ).toBe(true);
    }
  });

  it("lists in the sitemap, indexes for search and opens to search engines each page as its route declares, in its route's edition", () => {
    const sitemap = new Set(
      [...readFileSync(path.join(site, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, loc]) => loc!.slice(url.length)),
    );
    const htmlPages = published.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
    expect(htmlPages.length).toBeGreaterThan(10);
    for (const file of htmlPages) {
      const pagePath = file === '404.html' ? '404/' : file.replace(/index\.html$/, '');
      const route = routes.get(pagePath);
      expect(route, `${file} has a route`).toBeDefined();
      const page = parse(readFileSync(path.join(site, file), 'utf8'));
      expect(
        {
          sitemap: sitemap.has(pagePath),
          search: page.querySelector('main')?.hasAttribute('data-pagefind-body'),
          indexable: page.querySelector('meta[name="robots"]')?.getAttribute('content') !== 'noindex',
          edition: page.querySelector('body')?.classList.contains('easy-read-page') ? 'easy-read' : 'standard',
        },
        file,
      ).toEqual({ sitemap: route!.sitemap, search: route!.search, indexable: route!.indexable, edition: route!.edition });
    }
  });
});
