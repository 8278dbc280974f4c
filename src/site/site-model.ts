/**
 * The site model of this build: every trust with its pages, twins and addresses, computed once
 * per build from the content collections by the one pure builder (./build-site-model.ts), with
 * the facts of each trust's document files read from disk. Routes (src/routes/) read only from here, so each
 * fact (a trust's base path, a page's easy-read twin, the menu order) has one source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { getCollection } from 'astro:content';
import type { PageData, PageType } from '../page-types/registry.ts';
import { base, livePreview } from 'virtual:strategy-sites/selection';
import { readFileFacts, type FileFacts } from '../reader/document-facts.ts';
import { translationStamp } from '../reader/translation-stamp.ts';
import { buildDate } from './build-date.ts';
import { PREVIOUS_FOLDER, splitPreviousPath } from '../addresses/previous-editions.ts';
import { buildSiteModel, documentFilesOf, type SiteContent, type TrustSite } from './build-site-model.ts';

export type {
  ArchivedEdition,
  ChangedSource,
  EasyReadEntry,
  EasyReadPage,
  LanguageVersion,
  PageEntry,
  PreviousEditionLink,
  SiteLanguage,
  StandardPage,
  TrustSite,
} from './build-site-model.ts';

/** A trust's site in one language: the key of the model's map, "<slug>" for the main language, "<slug>/<folder>" for another. */
const keyOf = (slug: string, folder: string) => (folder === '' ? slug : `${slug}/${folder}`);

async function readCollections(): Promise<SiteContent> {
  const [trusts, languageSettings, pages, easyRead] = await Promise.all([
    getCollection('trusts'),
    getCollection('languageSettings'),
    getCollection('pages'),
    getCollection('easyRead'),
  ]);
  return { trusts, languageSettings, pages, easyRead };
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
  // A previous strategy's documents are its own copies, in its folder (previous/<years>/files/).
  const folder = site.archived ? path.join(base, site.slug, PREVIOUS_FOLDER, site.archived.period) : path.join(base, site.slug);
  const facts = await Promise.all(files.map((file) => fileFactsOf(path.join(folder, file))));
  site.documentFiles = new Map(files.map((file, index) => [file, facts[index]!]));
}

/** The stamp of a main-language page's file as it is now ("goals" is goals.md or goals.mdx in the trust's folder), for the notice on an out-of-date translation. */
function sourceStampOf(slug: string, relativePath: string): string | undefined {
  for (const extension of ['.md', '.mdx']) {
    const file = path.join(base, slug, relativePath + extension);
    if (existsSync(file)) return translationStamp(readFileSync(file, 'utf8'));
  }
  return undefined;
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

async function modelBySlug(content: SiteContent, today: Date, withDocumentFacts: boolean): Promise<Map<string, TrustSite>> {
  // `astro dev` previews every trust side by side under /<slug>/.
  const sites = buildSiteModel(content, { today, basePathOf: livePreview ? previewBasePath : undefined, sourceStampOf });
  if (withDocumentFacts) await Promise.all(sites.map(readDocumentFacts));
  return new Map(sites.map((site) => [keyOf(site.slug, site.language.folder), site]));
}

/** Every trust in this build, by slug order. Computed once per build; in dev again after each edit. */
export async function loadSites(): Promise<TrustSite[]> {
  return [...(await sitesBySlug()).values()];
}

/** A trust's site in one of its languages, by the language's folder ("" for the main language). */
export async function loadSite(slug: string, folder = ''): Promise<TrustSite> {
  const site = (await sitesBySlug()).get(keyOf(slug, folder));
  if (!site) throw new Error(`No trust called "${slug}"${folder ? ` with a language in "${folder}"` : ''} in this build.`);
  // A document file replaced while the preview runs is not a content entry: look at its size and time on each request.
  if (livePreview) await readDocumentFacts(site);
  return site;
}

/** The site of the language a page's path (from the trust's site root, "cy/goals") is in: the main language's unless it starts with another's prefix. */
export async function loadSiteAt(slug: string, pagePath: string): Promise<TrustSite> {
  const main = await loadSite(slug);
  const previous = splitPreviousPath(pagePath);
  if (previous) return loadSite(slug, `${PREVIOUS_FOLDER}/${previous.period}`).catch(() => main);
  const language = main.languages.find((each) => !each.main && `${pagePath}/`.startsWith(each.prefix));
  return language ? loadSite(slug, language.folder) : main;
}

/** The data of a trust's first page of a type, typed as that type: what the home page's summary and the strategy on a page read. */
export function firstPageData<T extends PageType>(site: TrustSite, type: T): Extract<PageData, { type: T }> | undefined {
  const data = site.firstOfType[type]?.entry.data;
  return data?.type === type ? (data as Extract<PageData, { type: T }>) : undefined;
}
