/**
 * One build of the fleet, from Astro's start to every trust published. The integration
 * (src/integrations/strategy-sites.ts) drives it from Astro's build hooks, so `astro build`
 * and `npm run build` are the same build:
 *
 *   start()            Astro is about to start: the scratch folder is made ready (the content
 *                      is read and checked by the content loaders before anything renders);
 *   prerenderer        each rendered page is noted for publishing and its search record built,
 *                      with the facts publishing needs sent along with the page;
 *   finish()           every page is rendered: each trust is published into its own folder;
 *   cleanUp()          after any ending, the scratch folder and Pagefind go.
 *
 * Astro renders every trust at once into a scratch folder inside the output folder, so a
 * failed build touches no published site (see README "Architecture").
 */
import { mkdirSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroPrerenderer } from 'astro';
import { ContentCheckFailed } from '../checks/content-check-failed.ts';
import { publishingFactsOf } from './publishing-facts.ts';
import { routeFlagsOf } from '../routes/route-flags.ts';
import { imageOrdersOf } from '../site/share-images.ts';
import { publishTrust, searchIndexFolder, SymbolicLinkRefused, type PublishResult } from './publish-trust.ts';
import { redirectProblem, RedirectRefused } from './host-redirects.ts';
import { RenderedTrusts } from './rendered-trusts.ts';
import { closeSearchIndexer } from './search-index.ts';

/** Trusts published at once. Measured on 2 cores: 4 keeps both cores busy without thrashing. */
const PUBLISH_CONCURRENCY = 4;

/** Search indexes built ahead of publishing. Measured on 2 cores: 8 keeps Pagefind busy; all 200 at once held about 190 MB more. */
const SEARCH_INDEXES_AHEAD = 8;

/** Astro's render goes here, inside the output folder (same disk, so publishing is by rename). */
export const SCRATCH_FOLDER = '.astro-render';

export interface FleetBuildOptions {
  /** Folder with one sub-folder per trust. */
  contentDir: string;
  /** Where each trust's site goes, as <publishDir>/<slug>/. */
  publishDir: string;
}

/** What the build tells whoever started it, as it happens. */
export interface BuildReporter {
  /** A trust was published. */
  published(result: PublishResult): void;
}

export interface BuildSummary {
  trusts: PublishResult[];
  pages: number;
  renderSeconds: number;
  publishSeconds: number;
  indexSeconds: number;
  totalSeconds: number;
}

export class FleetBuild {
  readonly contentDir: string;
  readonly publishDir: string;
  readonly scratchDir: string;
  readonly #started = performance.now();
  #rendered: RenderedTrusts | undefined;

  constructor(options: FleetBuildOptions) {
    this.contentDir = path.resolve(options.contentDir);
    this.publishDir = path.resolve(options.publishDir);
    this.scratchDir = path.join(this.publishDir, SCRATCH_FOLDER);
  }

  /** Astro is starting: get ready to receive pages. */
  start(): void {
    mkdirSync(this.publishDir, { recursive: true });
    rmSync(this.scratchDir, { recursive: true, force: true });
    this.#rendered = new RenderedTrusts(this.contentDir);
  }

  /**
   * Astro's own prerenderer, with each page noted as it is rendered (its search record is
   * built meanwhile), so nothing is read back from disk. The facts publishing needs (the
   * trust's address and language) come with the page, from the model it was rendered from
   * (src/integrations/trust-paths-middleware.ts). Once the build has failed the pages still
   * to come are not rendered, and Astro's build ends quickly and normally.
   */
  prerenderer(astroDefault: AstroPrerenderer): AstroPrerenderer {
    const rendered = this.#required(this.#rendered);
    return {
      ...astroDefault,
      name: 'strategy-sites',
      render: async (request, options) => {
        if (rendered.stopped) return new Response('', { headers: { 'content-type': 'text/plain' } });
        const result = await astroDefault.render(request, options);
        const response = result instanceof Response ? result : result.response;
        const slug = options.routeData.route.startsWith('/[trust]') ? new URL(request.url).pathname.split('/')[1] : undefined;
        if (!slug || !response.headers.get('content-type')?.startsWith('text/html')) return result;
        const facts = publishingFactsOf(response.headers);
        const images = imageOrdersOf(response.headers);
        const route = routeFlagsOf(response.headers);
        const html = await response.text();
        const pagePath = new URL(request.url).pathname.slice(slug.length + 2);
        if (facts && !route) throw new Error(`The page ${slug}/${pagePath} was rendered without its route (src/routes/routes.ts).`);
        if (facts && route) rendered.receive({ slug, pagePath, html, facts, images, route });
        const page = new Response(html, response);
        return result instanceof Response ? page : { ...result, response: page };
      },
    };
  }

  /** Every page is rendered: publish each trust. */
  async finish(reporter: BuildReporter): Promise<BuildSummary> {
    const renderSeconds = (performance.now() - this.#started) / 1000;
    const rendered = this.#required(this.#rendered);
    const publishStart = performance.now();
    collectGarbage();
    const results: PublishResult[] = [];
    // A few trusts at a time: while one waits on the disk or on Pagefind, another copies.
    const queue = rendered.slugs();
    // Pagefind builds and writes the indexes of the next few trusts while these are published:
    // enough to keep its threads busy, few enough that its indexes never pile up in its memory
    // for the whole fleet at once.
    const buildIndexesAhead = () => {
      for (const slug of queue.slice(0, SEARCH_INDEXES_AHEAD)) rendered.get(slug).search.build(searchIndexFolder(this.scratchDir, slug));
    };
    buildIndexesAhead();
    const publishNext = async () => {
      for (let slug = queue.shift(); slug; slug = queue.shift()) {
        buildIndexesAhead();
        const result = await publishTrust(rendered.get(slug), this.scratchDir, this.publishDir).catch((error: unknown) => {
          if (error instanceof RedirectRefused)
            throw new ContentCheckFailed([redirectProblem(path.join(this.contentDir, slug), this.contentDir, error)]);
          if (!(error instanceof SymbolicLinkRefused)) throw error;
          throw new ContentCheckFailed([
            {
              file: path.relative(path.dirname(this.contentDir), path.join(this.contentDir, slug)),
              rule: 'file-link',
              severity: 'error',
              message: error.message,
            },
          ]);
        });
        results.push(result);
        reporter.published(result);
      }
    };
    await Promise.all(Array.from({ length: PUBLISH_CONCURRENCY }, publishNext));
    results.sort((a, b) => a.slug.localeCompare(b.slug));
    return {
      trusts: results,
      pages: results.reduce((sum, result) => sum + result.pages, 0),
      renderSeconds,
      publishSeconds: (performance.now() - publishStart) / 1000,
      indexSeconds: results.reduce((sum, result) => sum + result.indexSeconds, 0),
      totalSeconds: (performance.now() - this.#started) / 1000,
    };
  }

  /**
   * One clean-up for every ending: the scratch folder and Pagefind go. A render that failed
   * may still have page writes in flight, so removal retries.
   */
  async cleanUp(): Promise<void> {
    this.#rendered?.cancel();
    await closeSearchIndexer();
    await rm(this.scratchDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  }

  #required<T>(value: T | undefined): T {
    if (value === undefined) throw new Error('The fleet build was used before Astro started it (start() was not called).');
    return value;
  }
}

/**
 * Rendering is over and most of what Astro held for it is garbage, but V8 collects it only as
 * the heap nears its limit, so publishing (files, Pagefind) would stack on top of it. One full
 * collection here lowers the fleet build's peak memory without capping the heap (a cap would
 * crash a large fleet). Measured: see docs/benchmark-log.md.
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
