/**
 * One build of the fleet, from Astro's start to every trust published. The integration
 * (src/integrations/strategy-sites.ts) drives it from Astro's build hooks, so `astro build`
 * and `npm run build` are the same build:
 *
 *   start()            Astro is about to render: the content check starts in a worker thread
 *                      (it gates publishing, not rendering, so on 2 cores it costs no time);
 *   prerenderer        each rendered page is noted for publishing and its search record built;
 *   finish()           every page is rendered: if the check found a mistake nothing is
 *                      published, otherwise each trust is published into its own folder;
 *   failed()           Astro itself failed: the error is named as the content's when it is;
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
import type { CheckOptions } from '../checks/check-content.ts';
import { startCheckWorker } from '../checks/check-in-worker.ts';
import { formatProblems, hasErrors, type Problem } from '../checks/problem.ts';
import { takeRefusedContent } from '../markdown/refuse-unsafe-content.ts';
import { contentProblemOf } from './content-failure.ts';
import { publishTrust, SymbolicLinkRefused, type PublishResult } from './publish-trust.ts';
import { redirectProblem, RedirectRefused } from './host-redirects.ts';
import { RenderedTrusts } from './rendered-trusts.ts';
import { closeSearchIndexer } from './search-index.ts';
import { listTrustFolders, readPublishingSettings, type TrustFolder } from './trust-folders.ts';

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
  /** Build only these trusts; all when empty. */
  trusts: string[];
  /** False only in tests that prove the build refuses unsafe content without the check. */
  checkContent?: boolean;
}

/** What the build tells whoever started it, as it happens. */
export interface BuildReporter {
  /** The content has warnings but no errors (formatted in plain English). */
  warnings(report: string): void;
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

/** The content has mistakes: nothing was published and nothing published was touched. */
export class ContentCheckFailed extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentCheckFailed';
    this.problems = problems;
  }
}

export class FleetBuild {
  readonly contentDir: string;
  readonly publishDir: string;
  readonly scratchDir: string;
  readonly #trusts: string[];
  readonly #checkContent: boolean;
  readonly #selected: TrustFolder[];
  readonly #started = performance.now();
  #checking: Promise<Problem[]> | undefined;
  #rendered: RenderedTrusts | undefined;

  constructor(options: FleetBuildOptions) {
    this.contentDir = path.resolve(options.contentDir);
    this.publishDir = path.resolve(options.publishDir);
    this.scratchDir = path.join(this.publishDir, SCRATCH_FOLDER);
    this.#trusts = options.trusts;
    this.#checkContent = options.checkContent ?? true;
    const available = listTrustFolders(this.contentDir);
    this.#selected = options.trusts.length > 0 ? available.filter((folder) => options.trusts.includes(folder.slug)) : available;
  }

  /** Astro is starting: start the check and get ready to receive pages. */
  start(): void {
    mkdirSync(this.publishDir, { recursive: true });
    rmSync(this.scratchDir, { recursive: true, force: true });
    takeRefusedContent();
    // File names are shown from the content folder's parent ("content/...").
    this.#checking = this.#checkContent
      ? checkOnce({ contentDir: this.contentDir, displayRoot: path.dirname(this.contentDir), trusts: this.#trusts })
      : Promise.resolve([]);
    // A check that fails to run is reported where it is awaited; until then it is not unhandled.
    this.#checking.catch(() => undefined);
    this.#rendered = new RenderedTrusts(
      this.#selected.map((folder) => ({ slug: folder.slug, contentDir: folder.dir, ...readPublishingSettings(folder) })),
    );
  }

  /** The content check's problems, once it has run. */
  checked(): Promise<Problem[]> {
    return this.#required(this.#checking);
  }

  /**
   * Astro's own prerenderer, with each page noted as it is rendered (its search record is
   * built meanwhile), so nothing is read back from disk. Once the check has found a mistake
   * the pages still to come are not rendered, and Astro's build ends quickly and normally.
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
        const html = await response.text();
        rendered.receive({ slug, pagePath: new URL(request.url).pathname.slice(slug.length + 2), html });
        const page = new Response(html, response);
        return result instanceof Response ? page : { ...result, response: page };
      },
    };
  }

  /** Every page is rendered: publish each trust, unless the content has a mistake. */
  async finish(reporter: BuildReporter): Promise<BuildSummary> {
    const renderSeconds = (performance.now() - this.#started) / 1000;
    const rendered = this.#required(this.#rendered);
    const problems = await this.#required(this.#checking);
    if (hasErrors(problems)) throw new ContentCheckFailed(problems);
    if (problems.length > 0) reporter.warnings(formatProblems(problems));
    // The build's own Markdown plugin refused a page (the check would have too): report the content, not a fault.
    const refused = takeRefusedContent();
    if (refused.length > 0) throw new ContentCheckFailed(refused);

    const publishStart = performance.now();
    collectGarbage();
    const results: PublishResult[] = [];
    // A few trusts at a time: while one waits on the disk or on Pagefind, another copies.
    const queue = [...this.#selected];
    // Pagefind builds the indexes of the next few trusts while these are published: enough to keep
    // its threads busy, few enough that the built files (each index comes back with every
    // language's word-stemming module) never pile up in memory for the whole fleet at once.
    const buildIndexesAhead = () => {
      for (const folder of queue.slice(0, SEARCH_INDEXES_AHEAD)) void rendered.get(folder.slug).search.build();
    };
    buildIndexesAhead();
    const publishNext = async () => {
      for (let folder = queue.shift(); folder; folder = queue.shift()) {
        buildIndexesAhead();
        const result = await publishTrust(rendered.get(folder.slug), this.scratchDir, this.publishDir).catch((error: unknown) => {
          if (error instanceof RedirectRefused) throw new ContentCheckFailed([redirectProblem(folder.dir, this.contentDir, error)]);
          if (!(error instanceof SymbolicLinkRefused)) throw error;
          throw new ContentCheckFailed([
            {
              file: path.relative(path.dirname(this.contentDir), folder.dir),
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
   * Astro's build failed. The check's mistakes come first when it found any; a page the
   * build's plugin refused, or one Astro could not render and names, is still the content's
   * problem. Anything else is returned unchanged: a fault in the builder.
   */
  async failed(error: unknown): Promise<unknown> {
    this.#rendered?.cancel();
    const problems = this.#checking ? await this.#checking.catch(() => []) : [];
    if (hasErrors(problems)) return new ContentCheckFailed(problems);
    if (error instanceof ContentCheckFailed) return error;
    const refused = takeRefusedContent();
    if (refused.length > 0) return new ContentCheckFailed(refused);
    const problem = contentProblemOf(error, this.contentDir, path.dirname(this.contentDir));
    return problem ? new ContentCheckFailed([...problems, problem]) : error;
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
 * crash a large fleet). Measured: see README "Benchmark".
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** One content check in its own worker thread, which ends with it. */
async function checkOnce(options: CheckOptions): Promise<Problem[]> {
  const worker = startCheckWorker();
  try {
    return await worker.check(options);
  } finally {
    void worker.stop();
  }
}
