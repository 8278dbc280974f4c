/**
 * Every page and file the product makes for a trust from its settings and content, declared
 * once, with the condition under which each exists. The content check (which links lead
 * somewhere, which names a content file may not take, which pages an easy read twin may pair
 * with), the site model and the contents page all read this list.
 */
import type { PageData } from '../schemas/pages/index.ts';

/** What decides whether a generated page exists, known once the content has been validated. */
export interface SiteFacts {
  /** The validated data of each standard page, home excluded. */
  pages: PageData[];
  /** How many easy read pages the trust has. */
  easyReadPages: number;
  /** Whether the trust's content gives a strategy on a page (src/site/strategy-on-a-page.ts). */
  hasStrategyOnAPage: boolean;
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
}

const always = () => true;
const hasMeasures = (facts: SiteFacts) => facts.pages.some((page) => page.type === 'delivery' && (page.measures ?? []).length > 0);

export const generatedPageList: readonly GeneratedPage[] = [
  { path: '', linkable: true, twinnable: true, exists: always },
  { path: 'contents/', linkable: true, twinnable: false, exists: always },
  { path: 'search/', linkable: true, twinnable: false, exists: always },
  { path: 'contact/', linkable: true, twinnable: true, exists: always },
  { path: 'accessibility/', linkable: true, twinnable: true, exists: always },
  { path: 'cookies/', linkable: true, twinnable: true, exists: always },
  { path: 'reading-age/', linkable: true, twinnable: false, exists: always },
  { path: 'how-we-are-doing/', linkable: true, twinnable: false, exists: hasMeasures },
  { path: 'strategy-on-a-page/', linkable: true, twinnable: false, exists: (facts) => facts.hasStrategyOnAPage },
  { path: 'strategy-on-a-page.svg', linkable: true, twinnable: false, exists: (facts) => facts.hasStrategyOnAPage },
  { path: 'easy-read/all/', linkable: true, twinnable: false, exists: (facts) => facts.easyReadPages > 0 },
  { path: 'events.ics', linkable: true, twinnable: false, exists: always },
  // Made for every trust, but not somewhere to send a reader from a page.
  { path: '404/', linkable: false, twinnable: false, exists: always },
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
];

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
