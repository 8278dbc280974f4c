/**
 * Runs the content check inside `npm run dev`: when the preview starts and whenever a
 * content file is saved, problems are printed in the terminal and shown in the browser, in the
 * same words as `npm run check` and the build. While a trust has a mistake, each of its pages
 * opened or reloaded is a page saying what is wrong (./dev-error-page.ts), so the preview never
 * shows the last good words, or Astro's "404: Not found" for a page it could not read, without
 * saying why; pages already open reload to show it, with the error overlay. Once the mistake is
 * corrected the pages reload by themselves. Started by the strategy-sites integration.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { startCheckWorker } from '../checks/check-in-worker.ts';
import type { Problem } from '../problems/problem.ts';
import { trustOfSavedFile } from '../reader/saved-file-trust.ts';
import { pagePathOf } from '../addresses/trust-address.ts';

/** Files the content layer stores itself; once stored, Astro reloads the browser on its own. */
const CONTENT_ENTRY = /\.(md|mdx|ya?ml)$/;

/**
 * Longest the preview waits, after a mistake is corrected, for Astro to serve the corrected page before reloading
 * the browser. Sized for a loaded machine: Astro stores a page whose settings could not be read only after it reads
 * the file again, which took over 15 s while the test suite ran beside it.
 */
const WAIT_FOR_SERVED_MS = 45_000;

/** The trust a request for a page is for, or undefined for anything else (scripts, styles, pictures, Vite's own). */
function trustOfPageRequest(request: IncomingMessage): string | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const destination = request.headers['sec-fetch-dest'];
  const isPage = destination ? destination === 'document' || destination === 'iframe' : /text\/html/.test(request.headers.accept ?? '');
  if (!isPage) return undefined;
  const [first, second] = new URL(request.url ?? '/', 'http://preview').pathname.split('/').slice(1);
  if (!first || !/^[a-z0-9][a-z0-9-]*$/.test(first) || second === 'files') return undefined;
  return first;
}

/** @param contentDir absolute path of the folder holding one folder per trust */
export function checkContentOnSave(server: ViteDevServer, logger: AstroIntegrationLogger, contentDir: string): void {
  const checker = startCheckWorker();
  server.httpServer?.once('close', () => void checker.stop());
  const displayRoot = path.dirname(contentDir);
  /** Each trust's errors, until a check of that trust finds none. */
  const errorsByTrust = new Map<string, Problem[]>();
  /** Trusts whose mistake was just corrected, until Astro serves the corrected page: their pages wait for it. */
  const settling = new Map<string, Promise<void>>();
  /** The file saved last, as problems name it: its mistakes are the ones shown first. */
  let lastSaved: string | undefined;
  // Loaded on first use: a build loads this file with the config but runs its own check.
  const words = () => import('./dev-error-page.ts');
  const overlay = async () => (await words()).devErrorOverlay([...errorsByTrust.values()].flat(), displayRoot, lastSaved);
  // A page opened or reloaded while a mistake stands connects again: show it the mistake too.
  server.ws.on('connection', (socket: { send(data: string): void }) => {
    if (errorsByTrust.size === 0) return;
    void overlay().then((payload) => payload && socket.send(JSON.stringify(payload)));
  });
  // While its trust has a mistake, a page is the mistake in plain words: not the last good words, nor Astro's 404 for a page it could not read.
  // Every other page is served at once, also while a check is under way: holding pages until it finished made each edit
  // seconds slower to show. A check that finds a mistake reloads the browser, which then gets this page (see check below).
  server.middlewares.use((request, response, next) => {
    const trust = trustOfPageRequest(request);
    // Just corrected: answered once Astro has stored the file, so a reload (Astro's or ours) never meets its 404.
    const corrected = trust === undefined ? undefined : settling.get(trust);
    if (corrected) return void corrected.then(() => next());
    const problems = trust === undefined ? undefined : errorsByTrust.get(trust);
    if (!problems) return next();
    void words()
      .then(({ devErrorPage }) => {
        response.writeHead(500, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        response.end(request.method === 'HEAD' ? undefined : devErrorPage(problems, displayRoot, lastSaved));
      })
      .catch(next);
  });
  /** Waits (up to WAIT_FOR_SERVED_MS) until the preview serves the page of the saved file, or its trust's home page. */
  const untilServed = async (slug: string | undefined, changed: string | undefined) => {
    const origin = server.resolvedUrls?.local[0];
    if (!slug || !origin) return;
    const inTrust = changed ? path.relative(path.join(contentDir, slug), changed).split(path.sep).join('/') : '';
    // A page deleted to correct a mistake is never served again: wait for the home page instead.
    const isPage = /^[^.][^/]*(\/[^/]+)?\.mdx?$/.test(inTrust) && !inTrust.startsWith('files/') && existsSync(changed!);
    const page = isPage ? pagePathOf(inTrust.replace(/\.mdx?$/, '')) : '';
    const deadline = Date.now() + WAIT_FOR_SERVED_MS;
    while (Date.now() < deadline) {
      // Not a page request (no text/html), so this middleware lets Astro answer it.
      const status = await fetch(new URL(`${slug}/${page}`, origin), {
        headers: { accept: '*/*' },
        signal: AbortSignal.timeout(WAIT_FOR_SERVED_MS),
      }).then(
        (response) => (void response.body?.cancel(), response.status),
        () => 0,
      );
      if (status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  const trustOf = (problem: Problem) => path.relative(contentDir, path.resolve(displayRoot, problem.file)).split(path.sep)[0]!;
  // On a save only the trust whose file changed is checked again: re-checking a 200-trust fleet held the dev server for seconds on every save.
  const check = async (slug?: string, changed?: string) => {
    const { formatProblems, hasErrors } = await import('../problems/problem.ts');
    let problems: Problem[];
    try {
      // The live preview is for drafting: template guidance is a warning here, an error in the check and the build.
      problems = await checker.check({ contentDir, displayRoot, placeholders: 'warning', ...(slug ? { trusts: [slug] } : {}) });
    } catch (error) {
      logger.error(error instanceof Error ? error.message : String(error));
      return;
    }
    const hadErrors = slug ? errorsByTrust.has(slug) : errorsByTrust.size > 0;
    if (slug) errorsByTrust.delete(slug);
    else errorsByTrust.clear();
    const errors = problems.filter((problem) => problem.severity === 'error');
    for (const trust of new Set(errors.map(trustOf)))
      errorsByTrust.set(
        trust,
        errors.filter((problem) => trustOf(problem) === trust),
      );
    if (problems.length === 0) logger.info(`Content check${slug ? ` (${slug})` : ''}: no problems found.`);
    else logger.error(`\n${formatProblems(problems)}`);
    if (hasErrors(problems)) {
      // Pages open were served before the check finished: reloaded, each is the page saying what is wrong,
      // with the overlay over it (sent as the reloaded page connects).
      server.ws.send({ type: 'full-reload' });
    } else if (hadErrors) {
      // Pages showing the mistake come back, once Astro has stored the corrected file: a page whose
      // settings could not be read is stored only a moment after the check, and reloading sooner shows a 404.
      const served = untilServed(slug, changed);
      if (slug) settling.set(slug, served);
      await served.finally(() => slug && settling.delete(slug));
      server.ws.send({ type: 'full-reload' });
    } else if (!changed || !CONTENT_ENTRY.test(changed)) {
      // A page or trust.yaml reloads the browser once Astro has stored it; reloading now would show the old words.
      server.ws.send({ type: 'full-reload' });
    }
  };
  const run = (slug?: string, changed?: string) =>
    void check(slug, changed).catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
  run();
  for (const event of ['add', 'change', 'unlink'] as const) {
    server.watcher.on(event, (file: string) => {
      const trust = trustOfSavedFile(contentDir, file);
      if (trust === undefined) return;
      lastSaved = path.relative(displayRoot, file).split(path.sep).join('/');
      // A trust's own file: that trust; anything else in the content folder: every trust.
      run(trust !== 'every trust' && existsSync(path.join(contentDir, trust, 'trust.yaml')) ? trust : undefined, file);
    });
  }
}
