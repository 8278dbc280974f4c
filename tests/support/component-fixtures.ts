/**
 * Component fixtures: each component with logic has `<Name>.fixtures.ts` beside it in
 * src/components/ (as nhsuk-frontend keeps a fixtures.json per component), a list of examples:
 * the props it is rendered with and what a reader must get from it. tests/components/fixtures.test.ts
 * renders every fixture alone with Astro's container API and checks the words, the links and
 * that the HTML is valid. Page data and trust settings are written as an editor would write
 * them and parsed by the real schemas, so a fixture is always content the product accepts.
 */
import { pageSchema, type PageData, type PageType } from '../../src/schemas/pages/index.ts';
import { trustSchema, type TrustSettings } from '../../src/schemas/trust.ts';
import type { FileFacts } from '../../src/site/document-facts.ts';
import { twinPagePath } from '../../src/site/easy-read-pairing.ts';
import { twinnableGeneratedPages } from '../../src/site/generated-pages.ts';
import { wordsFor } from '../../src/words/index.ts';
import type { EasyReadPage, PageEntry, StandardPage, TrustSite } from '../../src/site/site-model.ts';
import { joinBase, pagePathOf, trustAddress } from '../../src/site/trust-address.ts';
import { trustEvents } from '../../src/site/trust-events.ts';
import { FIXED_BUILD_DATE } from './built-sites.ts';

export interface ComponentFixture<Props> {
  /** What the example shows, for example "a measure with figures and a target". */
  name: string;
  props: Props;
  /** Words a reader must get, each found in the rendered text (whitespace collapsed), in this order. */
  reads?: string[];
  /** Words that must not be there (an invented heading, a date that was never written...). */
  readsNot?: string[];
  /** Links a reader must get: the link's words (as a screen reader reads them) and where it goes. */
  links?: Array<{ text: string; href: string }>;
  /** Exactly this many links, when the count matters (nothing to follow, one link only...). */
  linkCount?: number;
  /** Exactly these headings, in order, when they matter (a screen reader user moves by them): none over nothing. */
  headings?: string[];
}

/**
 * One page's front matter as an editor writes it (dates as text; title and description may be
 * left out), parsed by the page schema the build uses, so a fixture is always valid content.
 */
export function pageData<T extends PageType>(type: T, fields: Record<string, unknown>): Extract<PageData, { type: T }> {
  const data = pageSchema.parse({ type, title: `Our ${type}`, description: `A page of type ${type}.`, ...fields });
  return data as Extract<PageData, { type: T }>;
}

/** Settings every fixture trust starts from; a fixture overrides what it needs. */
const baseSettings = {
  name: 'Riverside Community NHS Trust',
  shortName: 'Riverside Community',
  descriptor: 'NHS Trust',
  slug: 'riverside',
  url: 'https://riverside.example/our-strategy/',
  colours: { brand: '#005eb8' },
  contact: { email: 'strategy@riverside.example', phone: '0300 555 0100' },
  strategy: { name: 'Caring together', period: { start: 2025, end: 2030 }, status: 'launched', launched: '2025-04-01' },
  accessibility: {
    prepared: '2025-03-01',
    reviewed: '2026-03-01',
    tested: '2026-02-01',
    testedBy: 'our digital team',
    compliance: 'full',
    otherFormats: ['large-print', 'braille', 'other-languages'],
  },
};

export interface FixtureSiteOptions {
  /** Changes to the trust settings, merged one level deep over the defaults. */
  settings?: Record<string, unknown>;
  /** Standard pages by content path ("goals", "get-involved"), as authored front matter with `type`. */
  pages?: Record<string, Record<string, unknown> & { type: PageType }>;
  /** Content paths of standard pages that have an easy read twin. */
  twins?: string[];
  /** What the build read from each document file ("files/strategy.pdf"). */
  documentFiles?: Record<string, FileFacts>;
}

/**
 * A trust's site model made from authored settings and pages, as the build would make it:
 * pages in menu order, each page's address under the trust's base path, the first page of
 * each type and the trust's events on the tests' fixed build date.
 */
export function fixtureSite(options: FixtureSiteOptions = {}): TrustSite {
  const authored: Record<string, unknown> = { ...baseSettings };
  for (const [key, value] of Object.entries(options.settings ?? {})) {
    const base = authored[key];
    authored[key] = isRecord(base) && isRecord(value) ? { ...base, ...value } : value;
  }
  const settings: TrustSettings = trustSchema.parse(authored);
  const slug = settings.slug;
  const { origin, basePath } = trustAddress(settings.url);
  const href = (pagePath: string) => joinBase(basePath, pagePath);

  const twins = new Map<string, EasyReadPage>();
  for (const standardPath of options.twins ?? []) {
    const pagePath = twinPagePath(standardPath);
    const entry = { id: `${slug}/${standardPath}`, collection: 'easyRead', data: { title: `Easy read: ${standardPath}` } };
    twins.set(standardPath, {
      entry: entry as unknown as EasyReadPage['entry'],
      standardPath,
      standardHref: href(pagePathOf(standardPath)),
      pagePath,
      href: href(pagePath),
    });
  }

  let intro: PageEntry | undefined;
  const pages: StandardPage[] = [];
  for (const [relativePath, fields] of Object.entries(options.pages ?? {})) {
    const { type, ...rest } = fields;
    const entry = { id: `${slug}/${relativePath}`, collection: 'pages', data: pageData(type, rest) } as unknown as PageEntry;
    if (relativePath === 'index') {
      intro = entry;
      continue;
    }
    const pagePath = pagePathOf(relativePath);
    pages.push({
      entry,
      type,
      pagePath,
      href: href(pagePath),
      label: entry.data.navLabel ?? entry.data.title,
      twin: twins.get(relativePath),
    });
  }
  pages.sort((a, b) => a.entry.data.order - b.entry.data.order || a.entry.data.title.localeCompare(b.entry.data.title));
  const firstOfType: TrustSite['firstOfType'] = {};
  for (const page of pages) firstOfType[page.type] ??= page;
  const homeTwin = twins.get('index');

  return {
    slug,
    settings,
    words: wordsFor(settings.language),
    origin,
    basePath,
    intro,
    homeTwin,
    pages,
    easyRead: [
      ...(homeTwin ? [homeTwin] : []),
      ...pages.flatMap((page) => (page.twin ? [page.twin] : [])),
      ...twinnableGeneratedPages.flatMap((name) => twins.get(name) ?? []),
    ],
    firstOfType,
    events: trustEvents(pages, new Date(`${FIXED_BUILD_DATE}T00:00:00Z`)),
    documentFiles: new Map(Object.entries(options.documentFiles ?? {})),
    href,
    twinOf: (standardPath) => twins.get(standardPath),
  };
}

/** The data of the site's first page of a type, for components that take a page's `data` with its `site`. */
export function dataOf<T extends PageType>(site: TrustSite, type: T): Extract<PageData, { type: T }> {
  const data = site.firstOfType[type]?.entry.data;
  if (data?.type !== type) throw new Error(`The fixture site has no page of type ${type}.`);
  return data as Extract<PageData, { type: T }>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
