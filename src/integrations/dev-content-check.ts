/**
 * Runs the content check inside `npm run dev`: when the preview starts and whenever a
 * content file is saved, problems are printed in the terminal and shown in the browser's
 * error overlay, in the same words as `npm run check` and the build. Started by the
 * strategy-sites integration.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';

/** @param contentDir absolute path of the folder holding one folder per trust */
export function checkContentOnSave(server: ViteDevServer, logger: AstroIntegrationLogger, contentDir: string): void {
  // Loaded on first use: a build loads this file with the config but runs its own check.
  const run = async (slug?: string) => {
    const { checkContent } = await import('../checks/check-content.ts');
    const { formatProblems, hasErrors } = await import('../checks/problem.ts');
    // On a save only the trust whose file changed is checked again: re-checking a 200-trust fleet held the dev server for seconds on every save.
    const problems = await checkContent({ contentDir, displayRoot: path.dirname(contentDir), ...(slug ? { trusts: [slug] } : {}) });
    if (problems.length === 0) {
      logger.info(`Content check${slug ? ` (${slug})` : ''}: no problems found.`);
      server.ws.send({ type: 'full-reload' });
      return;
    }
    const report = formatProblems(problems);
    logger.error(`\n${report}`);
    if (hasErrors(problems)) server.ws.send({ type: 'error', err: { message: report, stack: '', plugin: 'content check' } });
  };
  void run();
  for (const event of ['add', 'change', 'unlink'] as const) {
    server.watcher.on(event, (file: string) => {
      const inContent = path.relative(contentDir, path.resolve(file));
      if (inContent.startsWith('..') || path.isAbsolute(inContent)) return;
      const slug = inContent.split(path.sep)[0];
      // A trust's own file: that trust; anything else in the content folder: every trust.
      void run(inContent.includes(path.sep) && slug && existsSync(path.join(contentDir, slug, 'trust.yaml')) ? slug : undefined);
    });
  }
}
