/**
 * The site model built from validated content: every trust with its pages in menu order, the
 * easy read twins, the addresses under the trust's base path, the first page of each type and
 * the trust's events. A pure function of what it is given (no Astro, no disk), so the build
 * (./site-model.ts, from the content collections) and the component fixtures
 * (src/fixtures/component-fixtures.ts, from content written in the test) make the model the
 * same way. Content is checked before it gets here (src/checks/), so this assumes it is valid.
 */
import type { CollectionEntry } from 'astro:content';
import { standardPathOfTwin, twinPagePath } from '../addresses/easy-read-pairing.ts';
import { joinBase, pagePathOf, trustAddress } from '../addresses/trust-address.ts';
import type { FileFacts } from '../reader/document-facts.ts';
import type { PageType } from '../page-types/registry.ts';
import type { TrustSettings } from '../schemas/trust.ts';
import { twinnableGeneratedPages } from '../routes/generated-pages.ts';
import { pathOf, type LinkTarget } from '../routes/link-target.ts';
import { trustEvents, type TrustEvent } from './trust-events.ts';
import { wordsFor, type Words } from '../words/index.ts';

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
  /** The address of a declared page or file, or of a page or route of the model: a path typed as a bare string is refused. */
  href: (target: LinkTarget) => string;
  /** The address of a file the content names ("files/strategy.pdf"), which the content check has found. */
  fileHref: (file: string) => string;
  /** Every word readers see, in the trust's language (src/words/). */
  words: Words;
  /** The easy read twin of a standard page, by content path ("goals", "contact"). */
  twinOf: (standardPath: string) => EasyReadPage | undefined;
}

/** Validated content, as the content collections hold it: ids are "<trust>/<path in the trust's folder>". */
export interface SiteContent {
  trusts: Array<{ id: string; data: TrustSettings }>;
  pages: PageEntry[];
  easyRead: EasyReadEntry[];
}

export interface SiteModelOptions {
  /** "Today": events before it are past. */
  today: Date;
  /** Where a trust's links start when not at its published address (`astro dev` shows every trust under /<slug>/). */
  basePathOf?: ((slug: string) => string) | undefined;
  /** What was read from each trust's document files, by trust slug; the caller reads the files. */
  documentFiles?: ((slug: string) => Map<string, FileFacts>) | undefined;
}

/** Every trust's site, in slug order. */
export function buildSiteModel(content: SiteContent, options: SiteModelOptions): TrustSite[] {
  const pagesByTrust = groupByTrust(content.pages);
  const twinsByTrust = groupByTrust(content.easyRead);
  const sites = content.trusts.map((trustEntry): TrustSite => {
    const settings = trustEntry.data;
    const slug = trustEntry.id;
    const address = trustAddress(settings.url);
    const basePath = options.basePathOf?.(slug) ?? address.basePath;
    const fileHref = (file: string) => joinBase(basePath, file);
    const href = (target: LinkTarget) => fileHref(pathOf(target));

    const twins = new Map<string, EasyReadPage>();
    for (const entry of twinsByTrust.get(slug) ?? []) {
      const standardPath = standardPathOfTwin(relativePathOf(entry.id, slug));
      const pagePath = twinPagePath(standardPath);
      twins.set(standardPath, {
        entry,
        standardPath,
        standardHref: fileHref(pagePathOf(standardPath)),
        pagePath,
        href: fileHref(pagePath),
      });
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
        href: fileHref(pagePath),
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
      origin: address.origin,
      basePath,
      intro,
      homeTwin,
      pages,
      easyRead,
      firstOfType,
      events: trustEvents(pages, options.today),
      documentFiles: options.documentFiles?.(slug) ?? new Map(),
      href,
      fileHref,
      words: wordsFor(settings.language),
      twinOf: (standardPath) => twins.get(standardPath),
    };
  });

  return sites.sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The document files a trust's pages list, as written ("files/strategy.pdf"): the files whose facts the caller reads. */
export function documentFilesOf(site: TrustSite): string[] {
  return site.pages.flatMap((page) =>
    page.entry.data.type === 'documents' ? page.entry.data.documents.flatMap((document) => (document.file ? [document.file] : [])) : [],
  );
}

function relativePathOf(id: string, slug: string): string {
  return id.slice(slug.length + 1);
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
