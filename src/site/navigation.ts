/**
 * Where readers are offered a trust's pages: the header menu, the footer, the easy read menu
 * and the contents page (A to Z). Whether a generated page exists, its path and its title come
 * from its one declaration (src/routes/generated-pages.ts), so a page a trust's site does not have is
 * never offered, and one it has is offered in every place that names it. Pure functions of the
 * site model, so they are tested without a build (tests/site/navigation.test.ts).
 */
import {
  generatedPage,
  generatedPageList,
  generatedTitle,
  type GeneratedPath,
  type SiteFacts,
  type TitledPath,
} from '../routes/generated-pages.ts';
import type { TrustSite } from './site-model.ts';
import type { Words } from '../words/index.ts';
import { strategyOnAPage } from './strategy-on-a-page.ts';

/** A link in a menu or the footer: its words and the page's path from the trust's site root. */
export interface NavLink {
  label: string;
  pagePath: string;
}

/** A line of the contents page. */
export interface ContentsEntry {
  title: string;
  description: string;
  pagePath: string;
}

/** What navigation reads of a trust's site model. */
export type NavigableSite = Pick<TrustSite, 'settings' | 'words' | 'pages' | 'easyRead' | 'homeTwin' | 'firstOfType' | 'twinOf'>;

const factsOfSite = new WeakMap<NavigableSite, SiteFacts>();

/** What decides which generated pages a built site has: the same facts the content check computes from the content. */
export function siteFactsOf(site: NavigableSite): SiteFacts {
  let facts = factsOfSite.get(site);
  if (!facts) {
    facts = {
      pages: site.pages.map((page) => page.entry.data),
      easyReadPages: site.easyRead.length,
      hasStrategyOnAPage: strategyOnAPage(site) !== undefined,
      publishesReadingAge: site.settings.plainEnglish.publishReport,
    };
    factsOfSite.set(site, facts);
  }
  return facts;
}

/** Whether the trust's site has this generated page (its route is built, and links to it lead somewhere). */
export function hasGeneratedPage(site: NavigableSite, path: GeneratedPath): boolean {
  return generatedPage(path).exists(siteFactsOf(site));
}

/** Words of the catalogue's navigation (src/words/en-GB.ts) that a menu item can take. */
type Label = Exclude<keyof Words['navigation'], 'easyReadTitle'>;

/** One item of a place: a generated page, in words shorter than its title where the place needs them, or pages from the content. */
type Slot =
  | { page: TitledPath; label?: Label; preferTwin?: true }
  | { written: 'pages' }
  | { written: 'easy-read-home'; label: Label; otherwise?: TitledPath };

/** The places, in the order readers meet their items. */
const places = {
  /** The header menu of standard pages: home, the written pages in menu order, contact. */
  menu: [{ page: '' }, { written: 'pages' }, { page: 'contact/', label: 'contact' }],
  /** The footer of every page: ways in, the easy read version, then statements about the website. */
  footer: [
    { page: 'contents/' },
    { page: 'contact/' },
    { written: 'easy-read-home', label: 'easyRead' },
    { page: 'accessibility/' },
    { page: 'cookies/' },
  ],
  /** The short menu of easy read pages, in easy words; contact leads to its easy read twin where written. */
  easyReadMenu: [
    { written: 'easy-read-home', label: 'easyReadHome', otherwise: '' },
    { page: 'easy-read/all/', label: 'printItAll' },
    { page: 'contact/', label: 'contactUs', preferTwin: true },
    { page: '', label: 'standardWebsite' },
  ],
} satisfies Record<string, readonly Slot[]>;

function linksOf(site: NavigableSite, slots: readonly Slot[]): NavLink[] {
  const words = site.words.navigation;
  return slots.flatMap((slot): NavLink[] => {
    if ('page' in slot) {
      if (!hasGeneratedPage(site, slot.page)) return [];
      const twin = slot.preferTwin ? site.twinOf(slot.page.replace(/\/$/, '')) : undefined;
      return [{ label: slot.label ? words[slot.label] : generatedTitle(slot.page, site.words), pagePath: twin?.pagePath ?? slot.page }];
    }
    if (slot.written === 'pages') return site.pages.map((page) => ({ label: page.label, pagePath: page.pagePath }));
    if (site.homeTwin) return [{ label: words[slot.label], pagePath: site.homeTwin.pagePath }];
    return slot.otherwise !== undefined && hasGeneratedPage(site, slot.otherwise)
      ? [{ label: words[slot.label], pagePath: slot.otherwise }]
      : [];
  });
}

/** The header menu of standard pages. */
export const headerMenu = (site: NavigableSite): NavLink[] => linksOf(site, places.menu);

/** The footer's links, on every page. */
export const footerLinks = (site: NavigableSite): NavLink[] => linksOf(site, places.footer);

/** The menu of easy read pages. */
export const easyReadMenu = (site: NavigableSite): NavLink[] => linksOf(site, places.easyReadMenu);

/**
 * Every page of the site for the contents page, A to Z: home, the written pages and their easy
 * read twins, and each generated page that is declared for the contents page and exists.
 */
export function contentsEntries(site: NavigableSite): ContentsEntry[] {
  const strategyName = site.settings.strategy.name;
  const generated = generatedPageList.flatMap((page): ContentsEntry[] => {
    if (!page.contents || !page.exists(siteFactsOf(site))) return [];
    const words = site.words.generatedPages[page.path as TitledPath];
    return [{ title: words.contentsTitle ?? words.title, description: words.description?.(strategyName) ?? '', pagePath: page.path }];
  });
  // The home page first and the other generated pages after the written ones, so pages of the same title keep their order.
  const [home, others] = [generated.filter((entry) => entry.pagePath === ''), generated.filter((entry) => entry.pagePath !== '')];
  return [
    ...home,
    ...site.pages.map((page) => ({ title: page.entry.data.title, description: page.entry.data.description, pagePath: page.pagePath })),
    ...site.easyRead.map((twin) => ({
      title: site.words.navigation.easyReadTitle(twin.entry.data.title),
      description: twin.entry.data.description,
      pagePath: twin.pagePath,
    })),
    ...others,
  ].sort((a, b) => a.title.localeCompare(b.title, site.settings.language));
}
