/**
 * Every page and file the product makes for a trust from its settings and content, declared
 * once, with the condition under which each exists and what readers know it by. The content
 * check (which links lead somewhere, which names a content file may not take, which pages an
 * easy read twin may pair with, which old addresses a redirect may lead to), the site model,
 * the routes (./routes.ts, which adds the pages written in the content), the contents page and
 * the menus (src/site/navigation.ts) all read this list. Its flags decide search, the sitemap
 * and the robots tag; its view decides what renders each page or file.
 */
import type { PageData } from '../page-types/registry.ts';
import { hasFigures } from '../page-types/delivery/schema.ts';
import { file, page, published, type Edition, type FileView, type Maker, type PageView } from './route-kinds.ts';

export type { Edition, FileView, Maker, PageView };
import type { Words } from '../words/index.ts';

/** What decides whether a generated page exists, known once the content has been validated. */
export interface SiteFacts {
  /** The validated data of each standard page, home excluded. */
  pages: PageData[];
  /** How many easy read pages the trust has. */
  easyReadPages: number;
  /** Whether the trust's content gives a strategy on a page (src/site/strategy-on-a-page.ts). */
  hasStrategyOnAPage: boolean;
  /** Whether the trust publishes its plain English report (plainEnglish.publishReport). */
  publishesReadingAge: boolean;
}

export interface GeneratedPage {
  /** Path from the trust's site root: "contents/", "events.ics", "" for the home page; a folder ends in "/". */
  path: string;
  maker: Maker;
  /** The view that renders it; none for what the publishing step writes. */
  view?: PageView | FileView;
  /** The version of the strategy it belongs to. */
  edition: Edition;
  /** Readers can be sent here with a link from content (a page or file they can open). */
  linkable: boolean;
  /** An easy read twin may be written for it (content/<trust>/easy-read/<name>.md). */
  twinnable: boolean;
  /** In the trust's search index (its <main> carries data-pagefind-body). Pages only. */
  search: boolean;
  /** Listed in the trust's sitemap.xml. Pages only. */
  sitemap: boolean;
  /** Search engines may index it: false gives the page a robots "noindex" tag. Pages only. */
  indexable: boolean;
  /** Whether the trust's site has it. */
  exists: (facts: SiteFacts) => boolean;
  /** Made in the live preview (`npm run dev`) even where the trust's site does not have it: the team's own report. */
  alwaysInPreview?: boolean;
  /**
   * Readers know the page by a title: its heading, and its name in the contents page, menus and
   * footer, in the words catalogue (src/words/en-GB.ts: generatedPages). The home page's and the
   * easy read all-in-one page's headings are made from the strategy's name instead. Files and folders have none.
   */
  titled?: true | undefined;
  /**
   * A file made for each language of the site, under its prefix and in its words (the updates feed),
   * rather than once for the trust with its main language (theme.css, events.ics...).
   */
  perLanguage?: true;
  /** The contents page (A to Z) lists it, with the catalogue's line on what it is for. Pages without are left out (the contents page itself, 404, the team's report). */
  contents?: true;
}

// A measure with no figure yet gives no chart, so it alone does not make the page (src/site/delivery-measures.ts).
const hasMeasures = (facts: SiteFacts) => facts.pages.some((page) => page.type === 'delivery' && (page.measures ?? []).some(hasFigures));

const declarations = [
  page({
    path: '',
    view: 'home',
    twinnable: true,
    titled: true,
    contents: true,
  }),
  // Ways in rather than content: not in search, where they would only answer their own names.
  page({ path: 'contents/', view: 'contents', search: false, titled: true }),
  page({
    path: 'search/',
    view: 'search',
    search: false,
    titled: true,
    contents: true,
  }),
  page({
    path: 'contact/',
    view: 'contact',
    twinnable: true,
    titled: true,
    contents: true,
  }),
  page({
    path: 'accessibility/',
    view: 'accessibility',
    twinnable: true,
    titled: true,
    contents: true,
  }),
  page({
    path: 'cookies/',
    view: 'cookies',
    twinnable: true,
    titled: true,
    contents: true,
  }),
  // The team's own report: published only where the trust asks (the live preview always shows it), and
  // then kept out of the contents page, the menus, search, the sitemap and search engines.
  page({
    path: 'reading-age/',
    view: 'reading-age',
    search: false,
    sitemap: false,
    indexable: false,
    exists: (facts) => facts.publishesReadingAge,
    alwaysInPreview: true,
    titled: true,
  }),
  page({
    path: 'how-we-are-doing/',
    view: 'how-we-are-doing',
    exists: hasMeasures,
    titled: true,
    contents: true,
  }),
  page({
    path: 'strategy-on-a-page/',
    view: 'strategy-on-a-page',
    exists: (facts) => facts.hasStrategyOnAPage,
    titled: true,
    contents: true,
  }),
  file({ path: 'strategy-on-a-page.svg', view: 'strategy-on-a-page-svg', exists: (facts) => facts.hasStrategyOnAPage }),
  // Every easy read page joined, to print: each part is in search already.
  page({
    path: 'easy-read/all/',
    view: 'easy-read-all',
    edition: 'easy-read',
    search: false,
    exists: (facts) => facts.easyReadPages > 0,
    titled: true,
    contents: true,
  }),
  file({ path: 'events.ics', view: 'events-feed' }),
  // The feed of page updates (Atom): made where any page gives its history (history.published).
  file({
    path: 'updates.xml',
    view: 'updates-feed',
    perLanguage: true,
    exists: (facts) => facts.pages.some((page) => page.history !== undefined),
  }),
  // Made for every trust, but not somewhere to send a reader from a page. The publishing step moves 404/ to 404.html.
  page({ path: '404/', view: 'not-found', linkable: false, search: false, sitemap: false, titled: true }),
  // One calendar file per upcoming event (calendar/<event>.ics).
  file({ path: 'calendar/', view: 'event-calendar', linkable: false }),
  file({ path: 'theme.css', view: 'theme-css', linkable: false }),
  file({ path: 'favicon.svg', view: 'favicon', linkable: false }),
  file({ path: 'manifest.webmanifest', view: 'manifest', linkable: false }),
  // What the publishing step writes: icons and share cards, the trust's files, search, Astro's assets,
  // the sitemap and the files each kind of host reads (src/site/security-headers.ts, src/publishing/host-redirects.ts).
  published('icon-192.png'),
  published('icon-512.png'),
  published('share/'),
  published('files/'),
  published('pagefind/'),
  published('_assets/'),
  published('sitemap.xml'),
  published('robots.txt'),
  published('_headers'),
  published('_redirects'),
  published('staticwebapp.config.json'),
  published('nginx-security-headers.conf'),
  published('s3-object-redirects.json'),
  published('s3-website-configuration.json'),
] as const satisfies readonly GeneratedPage[];

export const generatedPageList: readonly GeneratedPage[] = declarations;

/** The path of a page or file the product generates, so a place that names one cannot name one that is not declared. */
export type GeneratedPath = (typeof declarations)[number]['path'];

/** A declared folder ("files/", "share/", "calendar/"): what is inside it is named by the model or the content. */
export type GeneratedFolder = Extract<GeneratedPath, `${string}/`> &
  Extract<(typeof declarations)[number], { maker: 'file' | 'publishing' }>['path'];

const byPath = new Map<string, GeneratedPage>(generatedPageList.map((page) => [page.path, page]));

/** The declaration of one generated page. */
export function generatedPage(path: GeneratedPath): GeneratedPage {
  return byPath.get(path)!;
}

/** The path of a generated page readers know by a title: the catalogue gives each its words. */
export type TitledPath = Extract<(typeof declarations)[number], { titled: true }>['path'];

/** Its title, in the page's words. */
export function generatedTitle(path: TitledPath, words: Words): string {
  return words.generatedPages[path].title;
}

/** Generated pages an easy read twin may pair with, by content path: "contact", "accessibility", "cookies". */
export const twinnableGeneratedPages: readonly string[] = generatedPageList
  .filter((page) => page.twinnable && page.path !== '')
  .map((page) => page.path.replace(/\/$/, ''));

/** First path segments a content file may not use, because the product publishes something there. */
export const reservedPagePaths: readonly string[] = [
  ...new Set(generatedPageList.filter((page) => page.path !== '').map((page) => page.path.split('/')[0]!)),
  'easy-read',
];

/** Files and folders the trust publishes once for all its languages (theme.css, files/, share/...): every path not an HTML page, but the files made per language. */
const sharedPaths = generatedPageList
  .filter((declared) => declared.maker !== 'page' && !declared.perLanguage)
  .map((declared) => declared.path);

/** Whether a path from the site root is one of the files every language shares, rather than a page each language has. */
export function isSharedPath(path: string): boolean {
  return sharedPaths.some((shared) => (shared.endsWith('/') ? path.startsWith(shared) : path === shared));
}

/** The generated pages and files a trust's content may link to, as paths from its site root. */
export function linkableGeneratedPaths(facts: SiteFacts): string[] {
  return generatedPageList.filter((page) => page.linkable && page.exists(facts)).map((page) => page.path);
}
