/**
 * Every page and file the product makes for a trust from its settings and content, declared
 * once, with the condition under which each exists and what readers know it by. The content
 * check (which links lead somewhere, which names a content file may not take, which pages an
 * easy read twin may pair with, which old addresses a redirect may lead to), the site model,
 * the routes, the contents page and the menus (src/site/navigation.ts) all read this list.
 */
import type { PageData } from '../page-types/registry.ts';
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
   * What readers know the page by: its heading, and its name in the contents page, menus and
   * footer. The home page's and the easy read all-in-one page's headings are made from the
   * strategy's name instead. Files and folders have none.
   */
  title?: string;
  /** How the contents page (A to Z) lists it. Pages without are left out (the contents page itself, 404, the team's report). */
  contents?: {
    /** Shorter words than the title, where it has some ("Search" for "Search this strategy"). */
    title?: string;
    /** One line on what the page is for; a function where it names the strategy. */
    description: string | ((strategyName: string) => string);
  };
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
    title: 'Home',
    contents: { description: (strategyName) => `${strategyName}: the strategy at a glance.` },
  },
  { path: 'contents/', linkable: true, twinnable: false, exists: always, title: 'Contents (A to Z)' },
  {
    path: 'search/',
    linkable: true,
    twinnable: false,
    exists: always,
    title: 'Search this strategy',
    contents: { title: 'Search', description: 'Search every page of this strategy.' },
  },
  {
    path: 'contact/',
    linkable: true,
    twinnable: true,
    exists: always,
    title: 'Contact us',
    contents: { description: 'How to contact the strategy team.' },
  },
  {
    path: 'accessibility/',
    linkable: true,
    twinnable: true,
    exists: always,
    title: 'Accessibility statement',
    contents: { description: 'How accessible this website is, and how to report a problem.' },
  },
  {
    path: 'cookies/',
    linkable: true,
    twinnable: true,
    exists: always,
    title: 'Cookies',
    contents: { description: 'This website does not use cookies.' },
  },
  // The team's own report: published only where the trust asks (the live preview always shows it), and
  // then kept out of the contents page, the menus, search and the sitemap.
  {
    path: 'reading-age/',
    linkable: true,
    twinnable: false,
    exists: (facts) => facts.publishesReadingAge,
    title: 'Plain English report',
  },
  {
    path: 'how-we-are-doing/',
    linkable: true,
    twinnable: false,
    exists: hasMeasures,
    title: 'How we are doing',
    contents: { description: 'The latest figures for every measure, against our targets.' },
  },
  {
    path: 'strategy-on-a-page/',
    linkable: true,
    twinnable: false,
    exists: (facts) => facts.hasStrategyOnAPage,
    title: 'Our strategy on a page',
    contents: { description: 'The whole strategy on one page, to print.' },
  },
  { path: 'strategy-on-a-page.svg', linkable: true, twinnable: false, exists: (facts) => facts.hasStrategyOnAPage },
  {
    path: 'easy-read/all/',
    linkable: true,
    twinnable: false,
    exists: (facts) => facts.easyReadPages > 0,
    title: 'Easy read, all on one page',
    contents: { description: 'The whole easy read version on one page, to print.' },
  },
  { path: 'events.ics', linkable: true, twinnable: false, exists: always },
  // Made for every trust, but not somewhere to send a reader from a page.
  { path: '404/', linkable: false, twinnable: false, exists: always, title: 'Page not found' },
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

/** Its title, for a page that has one. */
export function generatedTitle(path: GeneratedPath): string {
  const { title } = generatedPage(path);
  if (title === undefined) throw new Error(`The generated page "${path}" has no title.`);
  return title;
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
