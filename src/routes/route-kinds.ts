/**
 * The kinds of thing a trust publishes (an HTML page, a file, what the publishing step writes),
 * the views that render them, and the defaults each kind's declaration starts from, so each
 * declaration in ./generated-pages.ts names only what differs.
 */
import type { Edition } from '../addresses/editions.ts';
import type { GeneratedPage } from './generated-pages.ts';

/**
 * The version of the strategy a page belongs to (src/addresses/editions.ts). The layout, search and
 * the sitemap read it from the page's route (./routes.ts), not from its path.
 */
export type { Edition };

/** What makes it: a view rendered by Astro (an HTML page or a file), or the publishing step (src/publishing/). */
export type Maker = 'page' | 'file' | 'publishing';

/** The views of HTML pages, each an Astro component in src/views/ (the route file src/pages/[trust]/[...path].astro picks it). */
export type PageView =
  | 'home'
  | 'contents'
  | 'search'
  | 'contact'
  | 'accessibility'
  | 'cookies'
  | 'reading-age'
  | 'how-we-are-doing'
  | 'strategy-on-a-page'
  | 'easy-read-all'
  | 'not-found'
  | 'content-page'
  | 'easy-read-page'
  | 'language-choice';

/** The views of files, each a function in src/views/files/ (src/views/files/index.ts picks it). */
export type FileView = 'strategy-on-a-page-svg' | 'events-feed' | 'updates-feed' | 'event-calendar' | 'theme-css' | 'favicon' | 'manifest';

const always = () => true;

/** What a declaration may leave out: a standard page, linkable, in search and the sitemap, indexable, with no easy read twin, always made. */
export type Declared<P extends string, V> = Pick<GeneratedPage, 'titled' | 'contents' | 'alwaysInPreview' | 'perLanguage'> &
  Partial<Pick<GeneratedPage, 'edition' | 'linkable' | 'twinnable' | 'search' | 'sitemap' | 'indexable' | 'exists'>> & { path: P; view: V };

/** An HTML page rendered by one of the views. */
export function page<const P extends string, const T extends true | undefined = undefined>(
  declared: Declared<P, PageView> & { titled?: T },
) {
  return {
    maker: 'page',
    edition: 'standard',
    linkable: true,
    twinnable: false,
    search: true,
    sitemap: true,
    indexable: true,
    exists: always,
    ...declared,
    // Kept as written, so the pages readers know by a title are known by type (TitledPath).
    titled: declared.titled as T,
  } as const satisfies GeneratedPage;
}

/** A file rendered by one of the file views: never in search or the sitemap. */
export function file<const P extends string>(declared: Omit<Declared<P, FileView>, 'search' | 'sitemap' | 'indexable' | 'twinnable'>) {
  return {
    maker: 'file',
    edition: 'standard',
    linkable: true,
    twinnable: false,
    exists: always,
    ...declared,
    search: false,
    sitemap: false,
    indexable: true,
  } as const satisfies GeneratedPage;
}

/** A file or folder the publishing step writes (src/publishing/publish-trust.ts), never a link target of content. */
export function published<const P extends string>(path: P) {
  return {
    path,
    maker: 'publishing',
    edition: 'standard',
    linkable: false,
    twinnable: false,
    search: false,
    sitemap: false,
    indexable: true,
    exists: always,
  } as const satisfies GeneratedPage;
}
