/**
 * Which PDFs a built trust gets, read from what the build published: for each language's site
 * (the home page's hreflang alternates, or the one site), the standard strategy in the order of
 * the site's own menu, and the easy read strategy from its "print it all" page when it has one.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { editions, type Edition } from '../../src/addresses/editions.ts';
import { generatedPage } from '../../src/routes/generated-pages.ts';

export interface PdfEdition {
  edition: Edition;
  /** The language of its pages: "en-GB", "cy-GB". */
  language: string;
  direction: 'ltr' | 'rtl';
  /** The language's site folder, "" for the main language's or "cy/". */
  languagePath: string;
  /** The page the cover points readers to on the web. */
  homePath: string;
  /** The pages in reading order, as paths from the trust's site root. */
  pages: string[];
  contentsLevel: 'h1' | 'h2';
  /** Trust and strategy names as the language's home page gives them. */
  trustName: string;
  strategyName: string;
}

/** The easy read page that holds every easy read page in reading order (src/views/easy-read-all.astro). */
const EASY_READ_ALL = generatedPage('easy-read/all/').path;

function readPublished(siteDir: string, pagePath: string): string | undefined {
  const file = path.join(siteDir, pagePath, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** A link on a page at `pagePath` as a path from the site root, or undefined when it leads elsewhere. */
export function sitePathOf(href: string, pagePath: string, basePath: string, siteUrl: string): string | undefined {
  const local = 'https://print.invalid';
  const url = new URL(href, href.startsWith(siteUrl) ? siteUrl : `${local}${basePath}${pagePath}`);
  const root = url.origin === local ? basePath : new URL(siteUrl).pathname;
  if (url.origin !== local && url.origin !== new URL(siteUrl).origin) return undefined;
  if (!url.pathname.startsWith(root)) return undefined;
  return url.pathname.slice(root.length).replace(/index\.html$/, '');
}

export function pdfEditions(siteDir: string, basePath: string, siteUrl: string): PdfEdition[] {
  const rootHtml = readPublished(siteDir, '');
  if (!rootHtml) throw new Error(`There is no built home page in ${siteDir}. Run "npm run build" first.`);
  const alternates = parse(rootHtml)
    .querySelectorAll('head link[rel="alternate"][hreflang]')
    .filter((link) => link.getAttribute('hreflang') !== 'x-default')
    .map((link) => sitePathOf(link.getAttribute('href') ?? '', '', basePath, siteUrl))
    .filter((languagePath): languagePath is string => languagePath !== undefined && readPublished(siteDir, languagePath) !== undefined);
  const languagePaths = alternates.length > 0 ? alternates : [''];
  // The main language's site first: the root's own language.
  const rootLanguage = /<html[^>]*\blang="([^"]+)"/.exec(rootHtml)?.[1];

  const found = languagePaths.flatMap((languagePath): PdfEdition[] => {
    const homeHtml = readPublished(siteDir, languagePath)!;
    const home = parse(homeHtml);
    const htmlElement = home.querySelector('html');
    const language = htmlElement?.getAttribute('lang') ?? 'en-GB';
    const direction = htmlElement?.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr';
    const trustName = readOrganisationName(homeHtml) ?? '';
    const strategyName = home.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
    const menu = home.querySelector('header nav') ?? home.querySelector('nav');
    const pages = [
      ...new Set(
        (menu?.querySelectorAll('a[href]') ?? [])
          .map((link) => sitePathOf(link.getAttribute('href')!, languagePath, basePath, siteUrl))
          .filter((pagePath): pagePath is string => pagePath !== undefined && readPublished(siteDir, pagePath) !== undefined),
      ),
    ];
    const shared = { language, direction, languagePath, trustName, strategyName } as const;
    const result: PdfEdition[] = [{ ...shared, edition: 'standard', homePath: languagePath, pages, contentsLevel: 'h1' }];
    const easyReadAll = `${languagePath}${EASY_READ_ALL}`;
    if (readPublished(siteDir, easyReadAll) !== undefined)
      result.push({
        ...shared,
        edition: 'easy-read',
        homePath: `${languagePath}${editions['easy-read'].folder}/`,
        pages: [easyReadAll],
        contentsLevel: 'h2',
      });
    return result;
  });
  return found.sort((a, b) => Number(b.language === rootLanguage) - Number(a.language === rootLanguage));
}

/** The trust's name from the page's schema.org Organization, as the build wrote it. */
function readOrganisationName(html: string): string | undefined {
  const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) return undefined;
  try {
    const data = JSON.parse(json) as { name?: unknown };
    return typeof data.name === 'string' ? data.name : undefined;
  } catch {
    return undefined;
  }
}

/** The PDF's file name: the strategy's name in the address's letters, its language and edition. */
export function pdfFileName(edition: PdfEdition, strategySlug: string, mainLanguage: string): string {
  const language = edition.language === mainLanguage ? '' : `-${edition.language.slice(0, 2).toLowerCase()}`;
  return `${strategySlug}${language}${edition.edition === 'easy-read' ? '-easy-read' : ''}.pdf`;
}
