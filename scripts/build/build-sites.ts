/**
 * Builds trusts' sites: one Astro build renders every selected trust at once (the fastest
 * shape, see README "Architecture"), then each trust is published into its own folder.
 * Used by the build command, the benchmark and the tests.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { build as astroBuild } from 'astro';
import type { CheckOptions } from '../../src/checks/check-content.ts';
import { formatProblems, hasErrors, type Problem } from '../../src/checks/problem.ts';
import { takeRefusedContent } from '../../src/markdown/refuse-unsafe-content.ts';
import { startedByBuildScript } from '../../src/integrations/astro-command-guard.ts';
import { setRenderedPageReceiver } from '../../src/site/rendered-pages.ts';
import { listTrustFolders, readPublishingSettings, unknownTrustMessage } from './trust-folders.ts';
import { closeSearchIndexer } from './search-index.ts';
import { publishTrust, SymbolicLinkRefused, type PublishResult } from './publish-trust.ts';
import { RenderedTrusts } from './rendered-trusts.ts';
import { contentProblemOf } from './content-failure.ts';

/** Trusts published at once. Measured on 2 cores: 4 keeps both cores busy without thrashing. */
const PUBLISH_CONCURRENCY = 4;

export interface BuildOptions {
  /** The repository root (where astro.config.mjs is). */
  root: string;
  /** Folder with one sub-folder per trust. */
  contentDir: string;
  /** Where each trust's site goes, as <outDir>/<slug>/. */
  outDir: string;
  /** Build only these trusts; all when empty. */
  trusts: string[];
  /** Called with the formatted warnings, when the content has warnings but no errors. */
  onWarnings?: (report: string) => void;
  /** Called after each trust is published. */
  onTrust?: (result: PublishResult) => void;
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export interface BuildSummary {
  trusts: PublishResult[];
  pages: number;
  renderSeconds: number;
  publishSeconds: number;
  indexSeconds: number;
  totalSeconds: number;
}

/**
 * Astro's content cache, kept apart per content folder (so the benchmark's fleet never mixes
 * with content/) and per version of the schemas: Astro reuses an unchanged file's parsed data
 * even when a schema it imports has changed, so a schema change must start a fresh cache.
 */
export function astroCacheDir(root: string, contentDir: string): string {
  const schemas = createHash('sha256');
  for (const file of [path.join(root, 'src', 'content.config.ts'), ...listSchemaFiles(path.join(root, 'src', 'schemas'))])
    schemas.update(readFileSync(file));
  const contentKey = Buffer.from(path.resolve(contentDir)).toString('base64url').slice(-40);
  return path.join(root, 'node_modules', '.cache', 'strategy-astro', `${contentKey}-${schemas.digest('hex').slice(0, 12)}`);
}

function listSchemaFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listSchemaFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    .sort();
}

/** The content check, run in a worker thread (./content-check-worker.ts). */
function checkInWorker(options: CheckOptions): Promise<Problem[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), { workerData: options });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The content check stopped unexpectedly (exit code ${code}).`));
    });
  });
}

export class UnknownTrustError extends Error {}

/** The content has mistakes: nothing was built and nothing published was touched. */
export class ContentCheckFailed extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentCheckFailed';
    this.problems = problems;
  }
}

export async function buildSites(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const contentDir = path.resolve(options.contentDir);
  const outDir = path.resolve(options.outDir);
  const available = listTrustFolders(contentDir);
  const unknown = unknownTrustMessage(options.trusts, available, path.relative(options.root, contentDir) || '.');
  if (unknown) throw new UnknownTrustError(unknown);
  const selected = options.trusts.length > 0 ? available.filter((folder) => options.trusts.includes(folder.slug)) : available;

  // Astro renders into a scratch folder beside the output, so a failed render touches no published site.
  const scratch = path.join(outDir, '.astro-render');
  await mkdir(outDir, { recursive: true });
  await rm(scratch, { recursive: true, force: true });
  // A production build whatever the caller's NODE_ENV (test runners set "test"), so links use each trust's base path.
  process.env.NODE_ENV = 'production';
  // Trusts' build machines send nothing anywhere.
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  process.env.STRATEGY_CONTENT_DIR = contentDir;
  process.env.STRATEGY_TRUSTS = options.trusts.join(',');

  // The content is checked in a worker thread while Astro renders into the scratch folder:
  // the check gates publishing, not rendering, and on 2 cores it then costs no time. Every
  // mistake is reported at once in plain words; if there is one, rendering is stopped, the
  // scratch folder removed, and nothing published is touched. File names are shown from
  // the content folder's parent ("content/...").
  takeRefusedContent();
  const checking = checkInWorker({ contentDir, displayRoot: path.dirname(contentDir), trusts: options.trusts, placeholders: 'error' });
  // Each page is handed over as it is rendered: its search record is built meanwhile.
  const rendered = new RenderedTrusts(
    selected.map((folder) => ({ slug: folder.slug, contentDir: folder.dir, ...readPublishingSettings(folder) })),
  );
  setRenderedPageReceiver(rendered);
  const renderStart = performance.now();
  let renderSeconds = 0;
  const rendering = astroBuild({
    root: options.root,
    mode: 'production',
    outDir: scratch,
    cacheDir: astroCacheDir(options.root, contentDir),
    // Tells astro.config.mjs's guard that this is the full build, not `astro build` alone.
    integrations: [startedByBuildScript()],
    // Astro's own messages are for the product team (--verbose); failures are thrown and reported by the caller.
    logLevel: options.logLevel ?? 'silent',
  }).then(
    () => {
      renderSeconds = (performance.now() - renderStart) / 1000;
      return undefined;
    },
    (error: unknown) => error ?? new Error('The Astro build failed.'),
  );
  const results: PublishResult[] = [];
  let publishStart = 0;
  let failed = false;
  try {
    const problems = await checking;
    if (hasErrors(problems)) throw new ContentCheckFailed(problems);
    if (problems.length > 0) options.onWarnings?.(formatProblems(problems));
    const renderError = await rendering;
    // The build's own Markdown plugin refused a page (the check would have too): report the content, not a fault.
    const refused = takeRefusedContent();
    if (refused.length > 0) throw new ContentCheckFailed(refused);
    if (renderError) {
      // A page the check passed but Astro could not render: still the content's problem, named as such.
      const problem = contentProblemOf(renderError, contentDir, path.dirname(contentDir));
      throw problem ? new ContentCheckFailed([...problems, problem]) : renderError;
    }

    publishStart = performance.now();
    rendered.buildSearchIndexes();
    // A few trusts at a time: while one waits on the disk or on Pagefind, another copies.
    const queue = [...selected];
    const worker = async () => {
      for (let folder = queue.shift(); folder; folder = queue.shift()) {
        const result = await publishTrust(rendered.get(folder.slug), scratch, outDir).catch((error: unknown) => {
          if (!(error instanceof SymbolicLinkRefused)) throw error;
          throw new ContentCheckFailed([
            { file: path.relative(path.dirname(contentDir), folder.dir), rule: 'file-link', severity: 'error', message: error.message },
          ]);
        });
        results.push(result);
        options.onTrust?.(result);
      }
    };
    await Promise.all(Array.from({ length: PUBLISH_CONCURRENCY }, worker));
    results.sort((a, b) => a.slug.localeCompare(b.slug));
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    // One clean-up for every ending. A render still running (the check found a mistake) renders
    // nothing more and ends (src/middleware.ts); once it has settled, the scratch folder and
    // Pagefind go. A render that failed may still have page writes in flight, so removal retries;
    // and a clean-up problem never hides the reason the build stopped.
    rendered.cancel();
    await rendering;
    setRenderedPageReceiver(undefined);
    try {
      await closeSearchIndexer();
      await rm(scratch, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    } catch (cleanUpError) {
      if (!failed) throw cleanUpError;
    }
  }
  const publishSeconds = (performance.now() - publishStart) / 1000;

  return {
    trusts: results,
    pages: results.reduce((sum, result) => sum + result.pages, 0),
    renderSeconds,
    publishSeconds,
    indexSeconds: results.reduce((sum, result) => sum + result.indexSeconds, 0),
    totalSeconds: (performance.now() - started) / 1000,
  };
}
