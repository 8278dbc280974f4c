/**
 * Every page and file a trust publishes, as route values: the generated pages that exist for
 * the trust (./generated-pages.ts) and the pages written in its content (standard pages and
 * their easy read twins), each with its path, edition, flags and the view that renders it.
 * As in Starlight's routing module, the route files only hand these to Astro: one
 * src/pages/[trust]/[...path].astro renders every HTML page, [...file].<extension>.ts the files.
 * A trust in several languages has a site model per language: each language's pages are under
 * its prefix ("cy/goals/"), and the files are made once, with the main language, but for those
 * declared `perLanguage` (the updates feed), made for each language under its prefix.
 * Pure functions of the site model, so they are tested without a build.
 */
import type { ChangedSource, EasyReadPage, StandardPage, TrustSite } from '../site/site-model.ts';
import type { TrustEvent } from '../site/trust-events.ts';
import { siteFactsOf } from '../site/navigation.ts';
import {
  generatedPageList,
  generatedTitle,
  type Edition,
  type FileView,
  type GeneratedPage,
  type PageView,
  type TitledPath,
} from './generated-pages.ts';
import type { Words } from '../words/index.ts';

/** What every route carries, read by the layout (robots tag, search body) and by publishing (sitemap, search index). */
interface RouteBase {
  /** Path from the trust's site root: "" for home, "goals/", "easy-read/goals/", "events.ics". */
  pagePath: string;
  edition: Edition;
  /** In the trust's search index. */
  search: boolean;
  /** Listed in sitemap.xml. */
  sitemap: boolean;
  /** Search engines may index it (no robots "noindex" tag). */
  indexable: boolean;
}

/** A generated HTML page (contact, contents, 404...): its declaration holds its title. */
export interface GeneratedPageRoute extends RouteBase {
  view: Exclude<PageView, 'content-page' | 'easy-read-page' | 'language-choice'>;
  declared: GeneratedPage;
}

/** A standard page written in the content. */
export interface ContentPageRoute extends RouteBase {
  view: 'content-page';
  page: StandardPage;
}

/** An easy read page written in the content (the twin of a standard or generated page). */
export interface EasyReadPageRoute extends RouteBase {
  view: 'easy-read-page';
  twin: EasyReadPage;
}

/**
 * The site root of a trust under the Welsh Language Standards: a choice of language, Welsh first
 * (neither language is the root). Made with the Welsh site; its path is the trust's root, not the language's.
 */
export interface LanguageChoiceRoute extends RouteBase {
  view: 'language-choice';
}

export type PageRoute = GeneratedPageRoute | ContentPageRoute | EasyReadPageRoute | LanguageChoiceRoute;

/** A generated file (theme.css, events.ics...), or one upcoming event's calendar file. */
export type FileRoute = RouteBase &
  ({ view: Exclude<FileView, 'event-calendar'>; declared: GeneratedPage } | { view: 'event-calendar'; event: TrustEvent });

export type Route = PageRoute | FileRoute;

/** A generated page's heading and name in menus, in the trust's words (its declaration says it has one). */
export function titleOf(route: GeneratedPageRoute, words: Words): string {
  const { declared } = route;
  if (!declared.titled) throw new Error(`The generated page "${route.pagePath}" has no title.`);
  return generatedTitle(declared.path as TitledPath, words);
}

/** A written page not yet translated into its site's language, shown in the main language. */
export const isFallback = (route: Route): boolean =>
  route.view === 'content-page' ? route.page.fallback : route.view === 'easy-read-page' ? route.twin.fallback : false;

/** A fallback past its language's budget: it shows the notice and a link to the original, not the original's text. */
export const isShortFallback = (route: Route): boolean =>
  route.view === 'content-page' ? route.page.fallbackShort : route.view === 'easy-read-page' ? route.twin.fallbackShort : false;

/** A translated page whose original has changed since it was translated: the original, for the notice; undefined otherwise. */
export const changedSourceOf = (route: Route, site: TrustSite): ChangedSource | undefined =>
  route.view === 'content-page'
    ? route.page.outOfDate
    : route.view === 'easy-read-page'
      ? route.twin.outOfDate
      : route.view === 'home'
        ? site.introOutOfDate
        : undefined;

export const isPageRoute = (route: Route): route is PageRoute =>
  route.view === 'content-page' ||
  route.view === 'easy-read-page' ||
  route.view === 'language-choice' ||
  ('declared' in route && route.declared.maker === 'page');

/** Pages of the trust rather than of a language, published at their path from the trust's root whatever the language's prefix: the 404 page and the language choice. */
export const isTrustPage = (route: Route): boolean => route.view === 'not-found' || route.view === 'language-choice';

/** Whether a trust's site in this language makes the root language choice (the Welsh Language Standards: with the Welsh site). */
export const makesLanguageChoice = (site: TrustSite): boolean => site.settings.welshLanguageStandards && site.language.tag === 'cy-GB';

export interface RouteOptions {
  /** `npm run dev`: the team's own report is always shown. */
  livePreview: boolean;
}

/** Every route of a trust's site: home and the generated pages first, then the written pages, their twins, then the files. */
export function routesOf(site: TrustSite, { livePreview }: RouteOptions): Route[] {
  const facts = siteFactsOf(site);
  const flagsOf = (declared: GeneratedPage) => ({
    edition: declared.edition,
    search: declared.search,
    sitemap: declared.sitemap,
    indexable: declared.indexable,
  });
  // Files (theme.css, icons, events.ics...) and the 404 page are the trust's, made once with its main language; the updates feed is made per language.
  const ownedByTrust = (declared: GeneratedPage) => (declared.maker !== 'page' && !declared.perLanguage) || declared.view === 'not-found';
  const generated = generatedPageList
    .filter((declared) => declared.maker !== 'publishing' && (declared.exists(facts) || (livePreview && declared.alwaysInPreview)))
    .filter((declared) => site.language.main || !ownedByTrust(declared))
    // A previous strategy keeps its own pages and its home page; contact, search and the rest are the current site's.
    .filter((declared) => !site.archived || declared.path === '')
    .flatMap((declared): Route[] => {
      if (declared.view === 'event-calendar')
        return site.events
          .filter((item) => item.upcoming)
          .map((event) => ({ pagePath: event.calendarPath, view: 'event-calendar', event, ...flagsOf(declared) }));
      return [{ pagePath: declared.path, view: declared.view, declared, ...flagsOf(declared) } as Route];
    });
  // A page not yet translated is the main language's, shown in this language's site: its search and sitemap entries are the main language's page.
  const written = (fallback: boolean) => ({ search: !fallback, sitemap: !fallback, indexable: true });
  const choice: Route[] = makesLanguageChoice(site)
    ? [{ pagePath: '', view: 'language-choice', edition: 'standard', search: false, sitemap: true, indexable: true }]
    : [];
  return [
    ...choice,
    ...generated.filter(isPageRoute),
    ...site.pages.map((page): Route => ({
      pagePath: page.pagePath,
      view: 'content-page',
      edition: 'standard',
      page,
      ...written(page.fallback),
    })),
    ...site.easyRead.map((twin): Route => ({
      pagePath: twin.pagePath,
      view: 'easy-read-page',
      edition: 'easy-read',
      twin,
      ...written(twin.fallback),
    })),
    ...generated.filter((route) => !isPageRoute(route)),
  ];
}

/**
 * getStaticPaths of src/pages/[trust]/[...path].astro: every HTML page of every trust in each of
 * its languages, with its route and the folder of its language (the site that renders it).
 */
export function pagePaths(sites: TrustSite[], options: RouteOptions) {
  return sites.flatMap((site) =>
    routesOf(site, options)
      .filter(isPageRoute)
      .map((route) => ({
        params: {
          trust: site.slug,
          path: `${isTrustPage(route) ? '' : site.language.prefix}${route.pagePath}`.replace(/\/$/, '') || undefined,
        },
        props: { route, language: site.language.folder },
      })),
  );
}

/** Every generated file of every trust, with its route: the route files src/pages/[trust]/[...file].<extension>.ts take their extension's (src/views/files/index.ts). */
export function filePaths(sites: TrustSite[], options: RouteOptions) {
  return sites.flatMap((site) =>
    routesOf(site, options)
      .filter((route): route is FileRoute => !isPageRoute(route))
      .map((route) => {
        // A file made per language (the updates feed) is under its language's prefix; the others are the trust's, at its root.
        const perLanguage = 'declared' in route && route.declared.perLanguage === true;
        return {
          params: { trust: site.slug, file: `${perLanguage ? site.language.prefix : ''}${route.pagePath}` },
          props: { route, language: site.language.folder },
        };
      }),
  );
}
