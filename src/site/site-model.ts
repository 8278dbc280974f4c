/**
 * The site model: every trust with its pages, twins and addresses, computed once per build
 * from the content collections. Routes read only from here, so each fact (a trust's base
 * path, a page's easy-read twin, the menu order) has one source. Content is checked
 * before it gets here (src/checks/), so this module assumes it is valid.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { PageData, PageType } from '../schemas/pages/index.ts';
import type { TrustSettings } from '../schemas/trust.ts';
import { base, livePreview } from 'virtual:strategy-sites/selection';
import { buildDate } from './build-date.ts';
import { readFileFacts, type FileFacts } from './document-facts.ts';
import { standardPathOfTwin, twinPagePath } from './easy-read-pairing.ts';
import { twinnableGeneratedPages } from './generated-pages.ts';
import { wordsFor, type Words } from '../words/index.ts';
import { joinBase, pagePathOf, trustAddress } from './trust-address.ts';
import { trustEvents, type TrustEvent } from './trust-events.ts';

export type PageEntry = CollectionEntry<'pages'>;
export type EasyReadEntry = CollectionEntry<'easyRead'>;

export interface EasyReadPage {
  entry: EasyReadEntry;
  /** The standard page it is the twin of, as a content path: "index", "goals", "contact"... */
  standardPath: string;
  /** Where the standard page is, for the "Standard version" link. */
  standardHref: string;
  /** Path relative to the trust's site root, for example "easy-read/goals/". */
  pagePath: string;
  href: string;
}

export interface StandardPage {
  entry: PageEntry;
  type: PageType;
  /** Path relative to the trust's site root, for example "goals/". */
  pagePath: string;
  href: string;
  /** The menu label. */
  label: string;
  twin: EasyReadPage | undefined;
}

export interface TrustSite {
  slug: string;
  settings: TrustSettings;
  /** Every word readers see, in the trust's language (src/words/). */
  words: Words;
  origin: string;
  /** The path every link of this trust starts with, for example "/our-strategy/". */
  basePath: string;
  /** The home page's introduction (content/<trust>/index.md), if written. */
  intro: PageEntry | undefined;
  /** The easy-read twin of the home page. */
  homeTwin: EasyReadPage | undefined;
  /** Standard pages in menu order, home excluded. */
  pages: StandardPage[];
  /** All easy-read pages in reading order: home twin first. */
  easyRead: EasyReadPage[];
  /** The first page of each type, for the home page's "at a glance". */
  firstOfType: Partial<Record<PageType, StandardPage>>;
  /** Every event on the trust's engagement pages, soonest first, with its calendar file. */
  events: TrustEvent[];
  /** Format, size and pages of each document file ("files/strategy.pdf"), read from the file once per build. */
  documentFiles: Map<string, FileFacts>;
  href: (pagePath: string) => string;
  /** The easy read twin of a standard page, by content path ("goals", "contact"). */
  twinOf: (standardPath: string) => EasyReadPage | undefined;
}

function relativePathOf(id: string, slug: string): string {
  return id.slice(slug.length + 1);
}

interface Collections {
  trustEntries: CollectionEntry<'trusts'>[];
  pageEntries: PageEntry[];
  easyReadEntries: EasyReadEntry[];
}

async function readCollections(): Promise<Collections> {
  const [trustEntries, pageEntries, easyReadEntries] = await Promise.all([
    getCollection('trusts'),
    getCollection('pages'),
    getCollection('easyRead'),
  ]);
  return { trustEntries, pageEntries, easyReadEntries };
}

function buildSiteModel({ trustEntries, pageEntries, easyReadEntries }: Collections, today: Date): TrustSite[] {
  // `astro dev` previews every trust side by side under /<slug>/.
  const devPreview = livePreview;
  const pagesByTrust = groupByTrust(pageEntries);
  const twinsByTrust = groupByTrust(easyReadEntries);
  const sites = trustEntries.map((trustEntry): TrustSite => {
    const settings = trustEntry.data;
    const slug = trustEntry.id;
    const address = trustAddress(settings.url);
    const basePath = devPreview ? previewBasePath(slug) : address.basePath;
    const href = (pagePath: string) => joinBase(basePath, pagePath);

    const twins = new Map<string, EasyReadPage>();
    for (const entry of twinsByTrust.get(slug) ?? []) {
      const standardPath = standardPathOfTwin(relativePathOf(entry.id, slug));
      const pagePath = twinPagePath(standardPath);
      twins.set(standardPath, { entry, standardPath, standardHref: href(pagePathOf(standardPath)), pagePath, href: href(pagePath) });
    }

    let intro: PageEntry | undefined;
    const pages: StandardPage[] = [];
    for (const entry of pagesByTrust.get(slug) ?? []) {
      const relativePath = relativePathOf(entry.id, slug);
      if (relativePath === 'index') {
        intro = entry;
        continue;
      }
      const pagePath = pagePathOf(relativePath);
      pages.push({
        entry,
        type: entry.data.type,
        pagePath,
        href: href(pagePath),
        label: entry.data.navLabel ?? entry.data.title,
        twin: twins.get(relativePath),
      });
    }
    pages.sort((a, b) => a.entry.data.order - b.entry.data.order || a.entry.data.title.localeCompare(b.entry.data.title));

    const homeTwin = twins.get('index');
    // Home first, then the pages in menu order, then the pages every trust gets (contact...).
    const generatedTwins = twinnableGeneratedPages.flatMap((name) => twins.get(name) ?? []);
    const easyRead = [...(homeTwin ? [homeTwin] : []), ...pages.flatMap((page) => (page.twin ? [page.twin] : [])), ...generatedTwins];

    const firstOfType: Partial<Record<PageType, StandardPage>> = {};
    for (const page of pages) firstOfType[page.type] ??= page;

    return {
      slug,
      settings,
      words: wordsFor(settings.language),
      origin: address.origin,
      basePath,
      intro,
      homeTwin,
      pages,
      easyRead,
      firstOfType,
      events: trustEvents(pages, today),
      documentFiles: new Map(),
      href,
      twinOf: (standardPath) => twins.get(standardPath),
    };
  });

  return sites.sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The document files a trust's pages list, as written ("files/strategy.pdf"). */
function documentFilesOf(site: TrustSite): string[] {
  return site.pages.flatMap((page) =>
    page.entry.data.type === 'documents' ? page.entry.data.documents.flatMap((document) => (document.file ? [document.file] : [])) : [],
  );
}

/** Facts already read, by absolute path, with the size and time of the file they were read from. */
const factsRead = new Map<string, { size: number; mtimeMs: number; facts: Promise<FileFacts> }>();

/** A file's facts, read again only when its size or modification time changed (a document replaced while `npm run dev` runs). */
async function fileFactsOf(absolute: string): Promise<FileFacts> {
  const { size, mtimeMs } = await stat(absolute).catch(() => ({ size: -1, mtimeMs: -1 }));
  const known = factsRead.get(absolute);
  if (known && known.size === size && known.mtimeMs === mtimeMs) return known.facts;
  const facts = readFileFacts(absolute);
  factsRead.set(absolute, { size, mtimeMs, facts });
  facts.catch(() => factsRead.delete(absolute));
  return facts;
}

/** Fills a trust's documentFiles. The content check has already opened each file. */
async function readDocumentFacts(site: TrustSite): Promise<void> {
  const files = documentFilesOf(site);
  const facts = await Promise.all(files.map((file) => fileFactsOf(path.join(base, site.slug, file))));
  site.documentFiles = new Map(files.map((file, index) => [file, facts[index]!]));
}

function groupByTrust<T extends { id: string }>(entries: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const slug = entry.id.split('/')[0] ?? '';
    const list = groups.get(slug) ?? [];
    list.push(entry);
    groups.set(slug, list);
  }
  return groups;
}

/** Where `astro dev` shows a trust: every trust side by side, each under /<slug>/. */
export const previewBasePath = (slug: string) => `/${slug}/`;

let cached: { today: number; sites: Promise<Map<string, TrustSite>> } | undefined;

/**
 * The model is computed once per evaluation of this module. A build evaluates it once. In
 * `astro dev`, Vite evaluates it again whenever the content changes (it imports the content
 * layer's data, which is reloaded on every save), so an edit shows on the next request without
 * rebuilding every trust of a large fleet for every page; only a new day is checked here.
 */
async function sitesBySlug(): Promise<Map<string, TrustSite>> {
  if (!livePreview) {
    cached ??= { today: 0, sites: readCollections().then((collections) => modelBySlug(collections, buildDate(), true)) };
    return cached.sites;
  }
  const today = buildDate();
  // In dev a trust's document facts are read when one of its pages is asked for (loadSite).
  if (cached?.today !== today.getTime())
    cached = { today: today.getTime(), sites: readCollections().then((collections) => modelBySlug(collections, today, false)) };
  return cached.sites;
}

async function modelBySlug(collections: Collections, today: Date, withDocumentFacts: boolean): Promise<Map<string, TrustSite>> {
  const sites = buildSiteModel(collections, today);
  if (withDocumentFacts) await Promise.all(sites.map(readDocumentFacts));
  return new Map(sites.map((site) => [site.slug, site]));
}

/** Every trust in this build, by slug order. Computed once per build; in dev again after each edit. */
export async function loadSites(): Promise<TrustSite[]> {
  return [...(await sitesBySlug()).values()];
}

export async function loadSite(slug: string): Promise<TrustSite> {
  const site = (await sitesBySlug()).get(slug);
  if (!site) throw new Error(`No trust called "${slug}" in this build.`);
  // A document file replaced while the preview runs is not a content entry: look at its size and time on each request.
  if (livePreview) await readDocumentFacts(site);
  return site;
}

/** getStaticPaths for a route every trust has once (contents, contact, search...). */
export async function onePagePerTrust(): Promise<Array<{ params: { trust: string } }>> {
  return (await loadSites()).map((site) => ({ params: { trust: site.slug } }));
}

/** The data of a trust's first page of a type, typed as that type: what the home page's summary and the strategy on a page read. */
export function firstPageData<T extends PageType>(site: TrustSite, type: T): Extract<PageData, { type: T }> | undefined {
  const data = site.firstOfType[type]?.entry.data;
  return data?.type === type ? (data as Extract<PageData, { type: T }>) : undefined;
}
