/**
 * The build's half of "content never runs code": a Markdown plugin, run by Sätteri on every
 * Markdown and MDX page before anything is compiled, that applies the same rules as the
 * content check (./content-safety.ts) and stops the build on a page that breaks them. An MDX
 * page's expressions are therefore never turned into code, even when the check was skipped.
 *
 * Refused pages are also noted where the build script can read them (`takeRefusedContent`),
 * so the reader is told about the content, in the check's words, not about a fault in the
 * site builder.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Root } from 'mdast';
import type { Problem } from '../checks/problem.ts';
import { findUnsafeContent } from './content-safety.ts';

type MdastPluginEntry = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];

/** Shared through globalThis: Astro may load this module more than once (config and bundle). */
const REFUSED = Symbol.for('strategy.refused-content');
type Store = { [REFUSED]?: Problem[] };

/** Marks the error thrown for refused content, whatever Astro and Vite wrap it in. */
export const REFUSED_CONTENT_MARKER = 'Content refused by the build:';

/** The pages refused since the last call (the build's integration reports them, src/integrations/strategy-sites.ts). */
export function takeRefusedContent(): Problem[] {
  const store = globalThis as Store;
  const problems = store[REFUSED] ?? [];
  store[REFUSED] = [];
  return problems;
}

/** Notes content refused after Markdown, as pages are rendered (src/publishing/last-line-check.ts), for the same report. */
export function noteRefusedContent(problems: Problem[]): void {
  const store = globalThis as Store;
  store[REFUSED] = [...(store[REFUSED] ?? []), ...problems];
}

/** @param contentBase the folder holding one folder per trust; file names are shown from its parent ("content/acme/goals.md"). */
export function refuseUnsafeContent(contentBase: string): MdastPluginEntry {
  const displayRoot = path.dirname(path.resolve(contentBase));
  return ({ fileURL }) => ({
    name: 'strategy-refuse-unsafe-content',
    options: { position: true },
    before(root, ctx) {
      const findings = findUnsafeContent(root as Root, ctx.sourceFormat === 'mdx' ? 'mdx' : 'markdown');
      if (findings.length === 0) return;
      const file = fileURL ? path.relative(displayRoot, fileURLToPath(fileURL)).split(path.sep).join('/') : 'a page';
      const problems: Problem[] = findings.map((finding) => ({ file, severity: 'error', ...finding }));
      const store = globalThis as Store;
      store[REFUSED] = [...(store[REFUSED] ?? []), ...problems];
      throw new Error(`${REFUSED_CONTENT_MARKER} ${file}: ${problems.map((problem) => problem.message).join(' ')}`);
    },
  });
}
