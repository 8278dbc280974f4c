/**
 * What the publishing step needs to know about each trust's rendered pages, gathered as
 * Astro renders them (handed over by the build's prerenderer, ./fleet-build.ts): which pages
 * there are, which go in the sitemap and search (as their routes declare), which of Astro's
 * assets they use, and their search index, already built. So each page is examined once, in memory, never read back from disk.
 */
import path from 'node:path';
import { linkedAssets } from '../addresses/published-paths.ts';
import type { LanguageAlternate } from '../routes/route-flags.ts';
import type { PublishingFacts } from './publishing-facts.ts';
import type { ImageOrder } from '../site/share-images.ts';
import { trustAddress } from '../addresses/trust-address.ts';
import type { RouteFlags } from '../routes/route-flags.ts';
import { checkRenderedPage } from './last-line-check.ts';
import { TrustSearchIndex } from './search-index.ts';

export interface RenderedPage {
  slug: string;
  /** Path from the trust's site root: "" for the home page, "goals/", "404/". */
  pagePath: string;
  /** The page as written, with its final links. */
  html: string;
  /** The trust's address and language, sent with the page. */
  facts: PublishingFacts;
  /** The share cards and icons the page links to. */
  images: ImageOrder[];
  /** Its route's flags (src/routes/generated-pages.ts): whether it goes in the sitemap and search, and its edition. */
  route: RouteFlags;
}

export interface PublishingTrust extends PublishingFacts {
  slug: string;
  /** The trust's content folder (for its files/). */
  contentDir: string;
}

export interface RenderedTrust extends PublishingTrust {
  origin: string;
  basePath: string;
  /** Every page, as a path from the site root ("", "goals/", "404/"). */
  pagePaths: string[];
  /** Pages for the sitemap: those whose route is declared in it. */
  listedPaths: string[];
  /** A listed page's translations (itself included), by page path, for the sitemap's alternates. */
  alternates: Map<string, LanguageAlternate[]>;
  /** Astro's asset files the pages link to ("global.abc123.css"). */
  assets: Set<string>;
  /** The share cards and icons the pages link to, by file. */
  images: Map<string, ImageOrder>;
  search: TrustSearchIndex;
}

export class RenderedTrusts {
  readonly #trusts = new Map<string, RenderedTrust>();
  readonly #contentDir: string;
  #cancelled = false;

  /** @param contentDir the folder with one folder per trust (each trust's files/ is published from it) */
  constructor(contentDir: string) {
    this.#contentDir = contentDir;
  }

  /**
   * Stops the render (the content check found mistakes): the pages still to come are not
   * rendered (./fleet-build.ts) and Astro's build ends normally, so none of its page writes
   * is still running when the scratch folder is removed.
   */
  cancel(): void {
    this.#cancelled = true;
  }

  get stopped(): boolean {
    return this.#cancelled;
  }

  receive({ slug, pagePath, html, facts, images, route }: RenderedPage): void {
    if (this.#cancelled) return;
    const trust = this.#trusts.get(slug) ?? this.#add(slug, facts);
    trust.pagePaths.push(pagePath);
    for (const order of images) trust.images.set(order.file, order);
    checkRenderedPage(slug, pagePath, html);
    for (const file of linkedAssets(html, trust.basePath)) trust.assets.add(file);
    if (route.sitemap) trust.listedPaths.push(pagePath);
    if (route.sitemap && route.alternates) trust.alternates.set(pagePath, route.alternates);
    if (route.search) trust.search.add(pagePath, html, route.edition);
  }

  /** A trust's first page: what publishing needs comes with it. */
  #add(slug: string, facts: PublishingFacts): RenderedTrust {
    const trust: RenderedTrust = {
      slug,
      ...facts,
      contentDir: path.join(this.#contentDir, slug),
      ...trustAddress(facts.url),
      pagePaths: [],
      listedPaths: [],
      alternates: new Map(),
      assets: new Set(),
      images: new Map(),
      search: new TrustSearchIndex(facts.multilingual ? undefined : facts.language),
    };
    this.#trusts.set(slug, trust);
    return trust;
  }

  /** The trusts that rendered pages, in slug order. */
  slugs(): string[] {
    return [...this.#trusts.keys()].sort();
  }

  get(slug: string): RenderedTrust {
    const trust = this.#trusts.get(slug);
    if (!trust) throw new Error(`No pages were rendered for "${slug}".`);
    return trust;
  }
}
