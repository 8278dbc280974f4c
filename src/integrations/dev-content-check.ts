/**
 * Runs the content check inside `npm run dev`: when the preview starts and whenever a
 * content file is saved, problems are printed in the terminal and shown in the browser's
 * error overlay, in the same words as `npm run check` and the build. The overlay is shown
 * again on every page the browser opens or reloads until the mistake is corrected, so the
 * preview never shows the last good words without saying they are out of date. Started by
 * the strategy-sites integration.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { startCheckWorker } from '../checks/check-in-worker.ts';
import type { Problem } from '../checks/problem.ts';
import { trustOfSavedFile } from '../reader/saved-file-trust.ts';

/** Files the content layer stores itself; once stored, Astro reloads the browser on its own. */
const CONTENT_ENTRY = /\.(md|mdx|ya?ml)$/;

/** @param contentDir absolute path of the folder holding one folder per trust */
export function checkContentOnSave(server: ViteDevServer, logger: AstroIntegrationLogger, contentDir: string): void {
  const checker = startCheckWorker();
  server.httpServer?.once('close', () => void checker.stop());
  /** Each trust's errors, as the report the overlay shows, until a check of that trust finds none. */
  const errorsByTrust = new Map<string, string>();
  const overlay = () =>
    errorsByTrust.size === 0
      ? undefined
      : {
          type: 'error' as const,
          err: {
            message: `The page may show the last words that passed the check. Correct these mistakes and save:\n\n${[...errorsByTrust.values()].join('\n\n')}`,
            stack: '',
            plugin: 'content check',
          },
        };
  // A page opened or reloaded while a mistake stands connects again: show it the mistake too.
  server.ws.on('connection', (socket: { send(data: string): void }) => {
    const payload = overlay();
    if (payload) socket.send(JSON.stringify(payload));
  });
  const trustOf = (problem: Problem) => path.relative(contentDir, path.resolve(path.dirname(contentDir), problem.file)).split(path.sep)[0]!;
  // On a save only the trust whose file changed is checked again: re-checking a 200-trust fleet held the dev server for seconds on every save.
  const run = async (slug?: string, changed?: string) => {
    // Loaded on first use: a build loads this file with the config but runs its own check.
    const { formatProblems, hasErrors } = await import('../checks/problem.ts');
    let problems: Problem[];
    try {
      // The live preview is for drafting: template guidance is a warning here, an error in the check and the build.
      problems = await checker.check({
        contentDir,
        displayRoot: path.dirname(contentDir),
        placeholders: 'warning',
        ...(slug ? { trusts: [slug] } : {}),
      });
    } catch (error) {
      logger.error(error instanceof Error ? error.message : String(error));
      return;
    }
    if (slug) errorsByTrust.delete(slug);
    else errorsByTrust.clear();
    const errors = problems.filter((problem) => problem.severity === 'error');
    for (const trust of new Set(errors.map(trustOf)))
      errorsByTrust.set(trust, formatProblems(errors.filter((problem) => trustOf(problem) === trust)));
    if (problems.length === 0) {
      logger.info(`Content check${slug ? ` (${slug})` : ''}: no problems found.`);
      // A page or trust.yaml reloads the browser once Astro has stored it; reloading now would show the old words.
      if (!changed || !CONTENT_ENTRY.test(changed)) server.ws.send({ type: 'full-reload' });
      return;
    }
    const report = formatProblems(problems);
    logger.error(`\n${report}`);
    const payload = overlay();
    if (hasErrors(problems) && payload) server.ws.send(payload);
  };
  void run();
  for (const event of ['add', 'change', 'unlink'] as const) {
    server.watcher.on(event, (file: string) => {
      const trust = trustOfSavedFile(contentDir, file);
      if (trust === undefined) return;
      // A trust's own file: that trust; anything else in the content folder: every trust.
      void run(trust !== 'every trust' && existsSync(path.join(contentDir, trust, 'trust.yaml')) ? trust : undefined, file);
    });
  }
}
