/**
 * Every page and file the product makes for a trust from its settings and content, declared
 * once, with the condition under which each exists and what readers know it by. The content
 * check (which links lead somewhere, which names a content file may not take, which pages an
 * easy read twin may pair with, which old addresses a redirect may lead to), the site model,
 * the routes, the contents page and the menus (src/site/navigation.ts) all read this list.
 */
import type { PageData } from '../schemas/pages/index.ts';
import type { Words } from '../words/index.ts';
import { hasFigures } from './delivery-measures.ts';

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
  /** Path from the trust's site root: "contents/", "events.ics", "" for the home page. */
  path: string;
  /** Readers can be sent here with a link from content (a page or file they can open). */
  linkable: boolean;
  /** An easy read twin may be written for it (content/<trust>/easy-read/<name>.md). */
  twinnable: boolean;
  /** Whether the trust's site has it. */
  exists: (facts: SiteFacts) => boolean;
  /**
   * Readers know the page by a title: its heading, and its name in the contents page, menus and
   * footer, in the words catalogue (src/words/en-GB.ts: generatedPages). The home page's and the
   * easy read all-in-one page's headings are made from the strategy's name instead. Files and folders have none.
   */
  titled?: true;
  /** The contents page (A to Z) lists it, with the catalogue's line on what it is for. Pages without are left out (the contents page itself, 404, the team's report). */
  contents?: true;
}

const always = () => true;
// A measure with no figure yet gives no chart, so it alone does not make the page (src/site/delivery-measures.ts).
const hasMeasures = (facts: SiteFacts) => facts.pages.some((page) => page.type === 'delivery' && (page.measures ?? []).some(hasFigures));

const declarations = [
  {
    path: '',
    linkable: true,
    twinnable: true,
    exists: always,
    titled: true,
    contents: true,
  },
  { path: 'contents/', linkable: true, twinnable: false, exists: always, titled: true },
  {
    path: 'search/',
    linkable: true,
    twinnable: false,
    exists: always,
    titled: true,
    contents: true,
  },
  {
    path: 'contact/',
    linkable: true,
    twinnable: true,
    exists: always,
    titled: true,
    contents: true,
  },
  {
    path: 'accessibility/',
    linkable: true,
    twinnable: true,
    exists: always,
    titled: true,
    contents: true,
  },
  {
    path: 'cookies/',
    linkable: true,
    twinnable: true,
    exists: always,
    titled: true,
    contents: true,
  },
  // The team's own report: published only where the trust asks (the live preview always shows it), and
  // then kept out of the contents page, the menus, search and the sitemap.
  {
    path: 'reading-age/',
    linkable: true,
    twinnable: false,
    exists: (facts) => facts.publishesReadingAge,
    titled: true,
  },
  {
    path: 'how-we-are-doing/',
    linkable: true,
    twinnable: false,
    exists: hasMeasures,
    titled: true,
    contents: true,
  },
  {
    path: 'strategy-on-a-page/',
    linkable: true,
    twinnable: false,
    exists: (facts) => facts.hasStrategyOnAPage,
    titled: true,
    contents: true,
  },
  { path: 'strategy-on-a-page.svg', linkable: true, twinnable: false, exists: (facts) => facts.hasStrategyOnAPage },
  {
    path: 'easy-read/all/',
    linkable: true,
    twinnable: false,
    exists: (facts) => facts.easyReadPages > 0,
    titled: true,
    contents: true,
  },
  { path: 'events.ics', linkable: true, twinnable: false, exists: always },
  // Made for every trust, but not somewhere to send a reader from a page.
  { path: '404/', linkable: false, twinnable: false, exists: always, titled: true },
  { path: 'calendar/', linkable: false, twinnable: false, exists: always },
  { path: 'theme.css', linkable: false, twinnable: false, exists: always },
  { path: 'favicon.svg', linkable: false, twinnable: false, exists: always },
  { path: 'manifest.webmanifest', linkable: false, twinnable: false, exists: always },
  { path: 'icon-192.png', linkable: false, twinnable: false, exists: always },
  { path: 'icon-512.png', linkable: false, twinnable: false, exists: always },
  { path: 'share/', linkable: false, twinnable: false, exists: always },
  // Folders the publishing step fills: the trust's files, search and Astro's assets.
  { path: 'files/', linkable: false, twinnable: false, exists: always },
  { path: 'pagefind/', linkable: false, twinnable: false, exists: always },
  { path: '_assets/', linkable: false, twinnable: false, exists: always },
] as const satisfies readonly GeneratedPage[];

export const generatedPageList: readonly GeneratedPage[] = declarations;

/** The path of a page or file the product generates, so a place that names one cannot name one that is not declared. */
export type GeneratedPath = (typeof declarations)[number]['path'];

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

/** The generated pages and files a trust's content may link to, as paths from its site root. */
export function linkableGeneratedPaths(facts: SiteFacts): string[] {
  return generatedPageList.filter((page) => page.linkable && page.exists(facts)).map((page) => page.path);
}
