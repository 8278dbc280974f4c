/**
 * The site model built from validated content: every trust in each of its languages, with its
 * pages in menu order, the easy read twins, the addresses under the trust's base path (and the
 * language's prefix), the first page of each type, the trust's events, and which pages each
 * language has, for the language navigation and the alternates. A pure function of what it is given (no Astro, no disk), so the build
 * (./site-model.ts, from the content collections) and the component fixtures
 * (src/fixtures/component-fixtures.ts, from content written in the test) make the model the
 * same way. Content is checked before it gets here (src/checks/), so this assumes it is valid.
 */
import type { CollectionEntry } from 'astro:content';
import { standardPathOfTwin, twinPagePath } from '../addresses/easy-read-pairing.ts';
import { joinBase, pagePathOf, trustAddress } from '../addresses/trust-address.ts';
import type { FileFacts } from '../reader/document-facts.ts';
import type { PageType } from '../page-types/registry.ts';
import { FALLBACK_BUDGET, type LanguageSettings, type TrustSettings } from '../schemas/trust.ts';
import { isSharedPath, twinnableGeneratedPages } from '../routes/generated-pages.ts';
import { defaultFolderOf, languagePrefix, splitLanguagePath } from '../addresses/languages.ts';
import { oldOnlyAddresses, PREVIOUS_FOLDER, splitPreviousPath } from '../addresses/previous-editions.ts';
import { pathOf, type LinkTarget } from '../routes/link-target.ts';
import { trustEvents, type TrustEvent } from './trust-events.ts';
import { wordsFor, type Words } from '../words/index.ts';
import { withOverrides } from '../words/overrides.ts';

export type PageEntry = CollectionEntry<'pages'>;
export type EasyReadEntry = CollectionEntry<'easyRead'>;

/** One language a trust's site is published in. */
export interface SiteLanguage {
  /** Its language tag, for `<html lang>` and hreflang: "cy-GB". */
  tag: string;
  /** Its name in its own language, for the language navigation: "Cymraeg". */
  name: string;
  direction: 'ltr' | 'rtl';
  /** Its folder under the trust's content folder: "" for the main language, "cy". */
  folder: string;
  /** The start of its pages' paths from the trust's site root: "" for the main language, "cy/" ("en/" under the Welsh standards). */
  prefix: string;
  /** "complete": every page translated (the check sees to it); "partial": pages not yet translated are shown in the main language. */
  coverage: 'complete' | 'partial';
  /** The trust's main language (`language:` in trust.yaml). */
  main: boolean;
  /** The strategy's name in this language (the language's own trust.yaml, or the main one's). */
  strategyName: string;
}

/** A page in one of the trust's languages: where it is, and whether it is translated or shown in the main language. */
export interface LanguageVersion {
  language: SiteLanguage;
  /** The same page in that language, or that language's home page when it has no such page. */
  href: string;
  /** The page exists in that language, translated (not a main-language page shown there until it is). */
  translated: boolean;
  /** The language of the page being shown. */
  current: boolean;
}

/** The main language's page a translation was made from, when it has changed since (the translation's stamp no longer matches it). */
export interface ChangedSource {
  /** Its title, in the main language. */
  title: string;
  /** Where it is. */
  href: string;
}

export interface EasyReadPage {
  entry: EasyReadEntry;
  /** The standard page it is the twin of, as a content path: "index", "goals", "contact"... */
  standardPath: string;
  /** Where the standard page is, for the "Standard version" link. */
  standardHref: string;
  /** Path relative to its language's root (the site root for the main language), for example "easy-read/goals/". */
  pagePath: string;
  href: string;
  /** Not translated into the site's language yet: the main language's page, shown with a notice. */
  fallback: boolean;
  /** A fallback past its language's budget (FALLBACK_BUDGET): the notice and a link to the main language's page, without its text. */
  fallbackShort: boolean;
  /** A translation whose source page has changed since it was translated (its `translates:` stamp is old): shown with a notice linking the source. */
  outOfDate: ChangedSource | undefined;
}

export interface StandardPage {
  entry: PageEntry;
  type: PageType;
  /** Path relative to its language's root (the site root for the main language), for example "goals/". */
  pagePath: string;
  href: string;
  /** The menu label. */
  label: string;
  twin: EasyReadPage | undefined;
  /** Not translated into the site's language yet: the main language's page, shown with a notice. */
  fallback: boolean;
  /** A fallback past its language's budget (FALLBACK_BUDGET): the notice and a link to the main language's page, without its text. */
  fallbackShort: boolean;
  /** A translation whose source page has changed since it was translated (its `translates:` stamp is old): shown with a notice linking the source. */
  outOfDate: ChangedSource | undefined;
}

/**
 * One trust's site in one of its languages. A trust in one language has one; a trust with
 * `languages` has one per language, with the same slug, each with its own pages, menus and
 * words, and links that stay in its language.
 */
export interface TrustSite {
  slug: string;
  /** The trust's settings, with the language's own name, descriptor, strategy name and reply time, and `language` set to this site's. */
  settings: TrustSettings;
  origin: string;
  /** The path the trust's site starts with, for example "/our-strategy/": shared files are under it, whatever the language. */
  basePath: string;
  /** The language of this site, and every language of the trust (the main one first). */
  language: SiteLanguage;
  languages: SiteLanguage[];
  /** The home page's introduction (content/<trust>/index.md), if written. */
  intro: PageEntry | undefined;
  /** The introduction is the main language's, shown until it is translated. */
  introFallback: boolean;
  /** The introduction is a translation whose source (the main language's index.md) has changed since. */
  introOutOfDate: ChangedSource | undefined;
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
  /** The address of a declared page or file, or of a page or route of the model: a path typed as a bare string is refused. Pages are in this site's language; shared files are the trust's. */
  href: (target: LinkTarget) => string;
  /** The address of a file the content names ("files/strategy.pdf"), which the content check has found. */
  fileHref: (file: string) => string;
  /** Every word readers see, in this site's language (src/words/). */
  words: Words;
  /** The easy read twin of a standard page, by content path ("goals", "contact"). */
  twinOf: (standardPath: string) => EasyReadPage | undefined;
  /** A page of this site (its path from this language's root) in every language of the trust, this one included, main language first. */
  versionsOf: (pagePath: string) => LanguageVersion[];
  /** On a previous strategy's site (content/<trust>/previous/<years>/): what it was and what replaced it, for the banner on each page. */
  archived?: ArchivedEdition | undefined;
  /** On the current strategy's site: the trust's previous strategies, newest first (none when it has none). */
  previousEditions: PreviousEditionLink[];
}

/** A previous strategy, as the current site lists it. */
export interface PreviousEditionLink {
  /** Its years as its folder names them: "2019-2024". */
  period: string;
  name: string;
  start: number | undefined;
  end: number | undefined;
  replaced: Date | undefined;
  /** Its home page. */
  href: string;
  /** The addresses only it had (its pages' paths the current strategy does not publish), each sent on (301) to its archived copy. */
  redirects: Array<{ from: string; to: string }>;
}

/** What a previous strategy's pages say about it, and where the current strategy is. */
export interface ArchivedEdition extends PreviousEditionLink {
  /** The current strategy's name. */
  currentName: string;
  /** The same page in the current strategy when it has one (same path), else the current home page. */
  currentHrefOf: (pagePath: string) => string;
}

/** Validated content, as the content collections hold it: ids are "<trust>/<path in the trust's folder>". */
export interface SiteContent {
  trusts: Array<{ id: string; data: TrustSettings }>;
  /** Each language's own settings, by "<trust>/<folder>". */
  languageSettings?: Array<{ id: string; data: LanguageSettings }> | undefined;
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
  /**
   * The stamp (src/reader/translation-stamp.ts) of a main-language page's file as it is now, by
   * trust slug and path inside the trust's folder ("goals", "easy-read/goals"); the caller reads
   * the file. Without it no translation is marked out of date.
   */
  sourceStampOf?: ((slug: string, relativePath: string) => string | undefined) | undefined;
}

/** The languages of a trust's site, the main one first, with their names and directions from their catalogues unless trust.yaml gives them. */
export function languagesOf(
  settings: TrustSettings,
  ownSettings: (folder: string) => LanguageSettings | undefined = () => undefined,
): SiteLanguage[] {
  const standards = settings.welshLanguageStandards;
  const main: SiteLanguage = {
    tag: settings.language,
    name: wordsFor(settings.language).language.name,
    direction: wordsFor(settings.language).language.direction,
    folder: '',
    // Under the Welsh Language Standards neither language is the site root: the root is a choice of language.
    prefix: standards ? languagePrefix(defaultFolderOf(settings.language)) : '',
    coverage: 'complete',
    main: true,
    strategyName: settings.strategy.name,
  };
  const others = (settings.languages ?? []).map((other): SiteLanguage => {
    const folder = other.folder ?? defaultFolderOf(other.language);
    const words = wordsFor(other.language);
    return {
      tag: other.language,
      name: other.name ?? words.language.name,
      direction: other.direction ?? words.language.direction,
      folder,
      prefix: languagePrefix(folder),
      coverage: other.coverage,
      main: false,
      strategyName: ownSettings(folder)?.strategy?.name ?? settings.strategy.name,
    };
  });
  return [main, ...others];
}

/** Every trust's site in each of its languages, in slug order, the main language first. */
export function buildSiteModel(content: SiteContent, options: SiteModelOptions): TrustSite[] {
  const pagesByTrust = groupByTrust(content.pages);
  const twinsByTrust = groupByTrust(content.easyRead);
  const languageSettings = new Map((content.languageSettings ?? []).map((entry) => [entry.id, entry.data]));
  // A previous strategy's settings are "<trust>/previous/<years>": a strategy of its own, made after the current one.
  const current = content.trusts.filter((entry) => !entry.id.includes('/'));
  const previous = content.trusts.filter((entry) => entry.id.includes('/'));
  const sites = current.flatMap((trustEntry): TrustSite[] => {
    const slug = trustEntry.id;
    const languages = languagesOf(trustEntry.data, (folder) => languageSettings.get(`${slug}/${folder}`));
    const folders = languages.filter((language) => !language.main).map((language) => language.folder);
    // Each entry in its language, by its path inside the language's folder.
    const inLanguage = <T extends { id: string }>(entries: T[]) => {
      const byFolder = new Map<string, Map<string, T>>(languages.map((language) => [language.folder, new Map()]));
      for (const entry of entries) {
        const { folder, inner } = splitLanguagePath(relativePathOf(entry.id, slug), folders);
        byFolder.get(folder)?.set(inner, entry);
      }
      return byFolder;
    };
    const ofCurrent = <T extends { id: string }>(entries: T[]) =>
      entries.filter((entry) => !splitPreviousPath(relativePathOf(entry.id, slug)));
    const pageEntries = inLanguage(ofCurrent(pagesByTrust.get(slug) ?? []));
    const twinEntries = inLanguage(ofCurrent(twinsByTrust.get(slug) ?? []));
    // Which of the written pages each language has, translated or shown in the main language: what the language navigation and the alternates link to.
    const written = new Map<string, Map<string, 'translated' | 'fallback'>>();
    const sitesOfTrust = languages.map((language) =>
      languageSite(trustEntry, language, languages, {
        pages: pageEntries,
        twins: twinEntries,
        languageSettings: languageSettings.get(`${slug}/${language.folder}`),
        written,
        options,
      }),
    );
    return sitesOfTrust;
  });

  const editions = previous.flatMap((editionEntry): TrustSite[] => {
    const [slug = '', , period = ''] = editionEntry.id.split('/');
    const currentSite = sites.find((site) => site.slug === slug && site.language.main);
    if (!currentSite) return [];
    return [previousSite(editionEntry, slug, period, currentSite, pagesByTrust.get(slug) ?? [], twinsByTrust.get(slug) ?? [], options)];
  });
  for (const site of sites)
    site.previousEditions = editions
      .filter((edition) => edition.slug === site.slug && edition.archived)
      .map((edition) => edition.archived!)
      .map(({ currentName: _name, currentHrefOf: _href, ...link }) => link)
      .sort((a, b) => b.period.localeCompare(a.period));

  return [...sites, ...editions].sort((a, b) => a.slug.localeCompare(b.slug));
}

/**
 * A previous strategy's site: its own frozen settings and pages, published under
 * previous/<years>/ of the trust's current address, in the main language it was written in.
 */
function previousSite(
  editionEntry: { id: string; data: TrustSettings },
  slug: string,
  period: string,
  currentSite: TrustSite,
  pageEntries: PageEntry[],
  twinEntries: EasyReadEntry[],
  options: SiteModelOptions,
): TrustSite {
  const folder = `${PREVIOUS_FOLDER}/${period}`;
  // Its addresses are under the trust's current address, wherever the trust was published then.
  const data: TrustSettings = { ...editionEntry.data, url: currentSite.settings.url, languages: undefined, welshLanguageStandards: false };
  const [main] = languagesOf(data);
  const language: SiteLanguage = { ...main!, folder, prefix: `${folder}/`, main: false };
  const inEdition = <T extends { id: string }>(entries: T[]) => {
    const inner = new Map<string, T>();
    const otherLanguages = (editionEntry.data.languages ?? []).map((other) => other.folder ?? defaultFolderOf(other.language));
    for (const entry of entries) {
      const relative = relativePathOf(entry.id, editionEntry.id);
      if (!entry.id.startsWith(`${editionEntry.id}/`)) continue;
      if (splitLanguagePath(relative, otherLanguages).folder !== '') continue;
      inner.set(relative, entry);
    }
    return new Map([[folder, inner]]);
  };
  const site = languageSite({ id: slug, data }, language, [language], {
    pages: inEdition(pageEntries),
    twins: inEdition(twinEntries),
    languageSettings: undefined,
    written: new Map(),
    options,
  });
  // The pages every site makes (contact, search, accessibility...) are the current site's: a previous strategy keeps only what it wrote.
  const ownPaths = new Set(['', ...site.pages.map((page) => page.pagePath), ...site.easyRead.map((twin) => twin.pagePath)]);
  const ownHref = site.href;
  site.href = (target) => (ownPaths.has(pathOf(target)) ? ownHref(target) : currentSite.href(target));
  // Its documents and logo are its own copies, published with it under previous/<years>/files/, never the current strategy's.
  const ownFileHref = site.fileHref;
  site.fileHref = (file) => (file.startsWith('files/') ? joinBase(currentSite.basePath, `${folder}/${file}`) : ownFileHref(file));
  const currentPaths = new Set([
    '',
    ...currentSite.pages.map((page) => page.pagePath),
    ...currentSite.easyRead.map((twin) => twin.pagePath),
  ]);
  site.archived = {
    period,
    name: data.strategy.name,
    start: data.strategy.period?.start,
    end: data.strategy.period?.end,
    replaced: data.replaced,
    href: ownHref({ pagePath: '' }),
    redirects: oldOnlyAddresses(
      period,
      [...site.pages.map((page) => page.pagePath), ...site.easyRead.map((twin) => twin.pagePath)],
      currentPaths,
    ),
    currentName: currentSite.settings.strategy.name,
    currentHrefOf: (pagePath) => joinBase(currentSite.basePath, currentSite.language.prefix + (currentPaths.has(pagePath) ? pagePath : '')),
  };
  return site;
}

interface LanguageSources {
  pages: Map<string, Map<string, PageEntry>>;
  twins: Map<string, Map<string, EasyReadEntry>>;
  languageSettings: LanguageSettings | undefined;
  /** Filled by each language's site as it is made, read when a page asks for its versions (after all are made). */
  written: Map<string, Map<string, 'translated' | 'fallback'>>;
  options: SiteModelOptions;
}

/** In reading order, each untranslated page is shown in full while it fits in the language's budget (FALLBACK_BUDGET); the rest are short. */
function shortenFallbacksPastBudget(inReadingOrder: (StandardPage | EasyReadPage)[]): void {
  let spent = 0;
  for (const page of inReadingOrder) {
    if (!page.fallback) continue;
    const size = (page.entry.body ?? '').length + JSON.stringify(page.entry.data).length;
    if (spent + size <= FALLBACK_BUDGET) spent += size;
    else page.fallbackShort = true;
  }
}

/** One trust's site in one language: its own pages, and for a partial language the main language's pages it has not translated yet. */
function languageSite(
  trustEntry: { id: string; data: TrustSettings },
  language: SiteLanguage,
  languages: SiteLanguage[],
  sources: LanguageSources,
): TrustSite {
  const slug = trustEntry.id;
  const own = sources.languageSettings;
  const settings: TrustSettings = {
    ...trustEntry.data,
    language: language.tag,
    name: own?.name ?? trustEntry.data.name,
    descriptor: own?.descriptor ?? trustEntry.data.descriptor,
    strategy: { ...trustEntry.data.strategy, name: own?.strategy?.name ?? trustEntry.data.strategy.name },
    // Only where the trust promised a reply time: a language's words for it never make a promise the main trust.yaml does not.
    ...(trustEntry.data.contact?.responseTime && own?.contact?.responseTime
      ? { contact: { ...trustEntry.data.contact, responseTime: own.contact.responseTime } }
      : {}),
  };
  const address = trustAddress(settings.url);
  const basePath = sources.options.basePathOf?.(slug) ?? address.basePath;
  const fileHref = (file: string) => joinBase(basePath, file);
  const pageHref = (pagePath: string) => joinBase(basePath, language.prefix + pagePath);
  const href = (target: LinkTarget) => {
    const path = pathOf(target);
    return isSharedPath(path) ? fileHref(path) : pageHref(path);
  };

  // A partial language shows the main language's page wherever it has none of its own.
  const withFallbacks = <T>(entries: Map<string, Map<string, T>>) => {
    const translated = entries.get(language.folder) ?? new Map<string, T>();
    const merged = new Map<string, { entry: T; fallback: boolean }>();
    if (!language.main && language.coverage === 'partial')
      for (const [path, entry] of entries.get('') ?? []) merged.set(path, { entry, fallback: true });
    for (const [path, entry] of translated) merged.set(path, { entry, fallback: false });
    return merged;
  };

  const written = new Map<string, 'translated' | 'fallback'>();
  sources.written.set(language.folder, written);

  // A translation whose stamp is not its source's as it is now: the source changed since. A page with no stamp says nothing (the check asks for one).
  const main = languages[0]!;
  const changedSource = <T extends { data: { title: string; translates?: string | undefined } }>(
    entries: Map<string, Map<string, T>>,
    relativePath: string,
    entry: T,
    pagePath: string,
  ): ChangedSource | undefined => {
    const stampOf = sources.options.sourceStampOf;
    const stamp = entry.data.translates;
    if (language.main || !stampOf || stamp === undefined) return undefined;
    const source = entries.get('')?.get(relativePath);
    if (!source || stampOf(slug, relativePath) === stamp) return undefined;
    return { title: source.data.title, href: joinBase(basePath, main.prefix + pagePath) };
  };

  const twins = new Map<string, EasyReadPage>();
  for (const [relativePath, { entry, fallback }] of withFallbacks(sources.twins)) {
    const standardPath = standardPathOfTwin(relativePath);
    const pagePath = twinPagePath(standardPath);
    twins.set(standardPath, {
      entry,
      standardPath,
      standardHref: pageHref(pagePathOf(standardPath)),
      pagePath,
      href: pageHref(pagePath),
      fallback,
      fallbackShort: false,
      outOfDate: fallback ? undefined : changedSource(sources.twins, relativePath, entry, pagePath),
    });
    written.set(pagePath, fallback ? 'fallback' : 'translated');
  }

  let intro: PageEntry | undefined;
  let introFallback = false;
  let introOutOfDate: ChangedSource | undefined;
  const pages: StandardPage[] = [];
  for (const [relativePath, { entry, fallback }] of withFallbacks(sources.pages)) {
    if (relativePath === 'index') {
      intro = entry;
      introFallback = fallback;
      introOutOfDate = fallback ? undefined : changedSource(sources.pages, relativePath, entry, '');
      continue;
    }
    const pagePath = pagePathOf(relativePath);
    written.set(pagePath, fallback ? 'fallback' : 'translated');
    pages.push({
      entry,
      type: entry.data.type,
      pagePath,
      href: pageHref(pagePath),
      label: entry.data.navLabel ?? entry.data.title,
      twin: twins.get(relativePath),
      fallback,
      fallbackShort: false,
      outOfDate: fallback ? undefined : changedSource(sources.pages, relativePath, entry, pagePath),
    });
  }
  pages.sort((a, b) => a.entry.data.order - b.entry.data.order || a.entry.data.title.localeCompare(b.entry.data.title));
  // The home page is in every language (its words are the site's own), with its introduction or not.
  written.set('', introFallback ? 'fallback' : 'translated');

  const homeTwin = twins.get('index');
  // Home first, then the pages in menu order, then the pages every trust gets (contact...).
  const generatedTwins = twinnableGeneratedPages.flatMap((name) => twins.get(name) ?? []);
  const easyRead = [...(homeTwin ? [homeTwin] : []), ...pages.flatMap((page) => (page.twin ? [page.twin] : [])), ...generatedTwins];

  shortenFallbacksPastBudget([...pages, ...easyRead]);

  const firstOfType: Partial<Record<PageType, StandardPage>> = {};
  for (const page of pages) firstOfType[page.type] ??= page;

  const versionsOf = (pagePath: string): LanguageVersion[] => {
    // A page no language wrote is one the site makes itself (contact, contents...): every language has it.
    const generated = ![...sources.written.values()].some((paths) => paths.has(pagePath));
    return languages.map((other) => {
      const status = generated ? 'translated' : sources.written.get(other.folder)?.get(pagePath);
      return {
        language: other,
        href: joinBase(basePath, other.prefix + (status ? pagePath : '')),
        translated: status === 'translated',
        current: other === language,
      };
    });
  };

  return {
    slug,
    settings,
    origin: address.origin,
    basePath,
    language,
    languages,
    intro,
    introFallback,
    introOutOfDate,
    homeTwin,
    pages,
    easyRead,
    firstOfType,
    events: trustEvents(pages, sources.options.today),
    documentFiles: sources.options.documentFiles?.(slug) ?? new Map(),
    href,
    fileHref,
    // The catalogue's words, with the trust's own wording for this language (each language's trust.yaml gives its own).
    words: withOverrides(wordsFor(language.tag), language.main ? trustEntry.data.words : own?.words),
    twinOf: (standardPath) => twins.get(standardPath),
    versionsOf,
    previousEditions: [],
  };
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
