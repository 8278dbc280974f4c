/**
 * The build's half of "content never runs code": a Markdown plugin, run by Sätteri on every
 * Markdown and MDX page before anything is compiled, that applies the same rules as the
 * content check (./content-safety.ts) and stops the build on a page that breaks them. An MDX
 * page's expressions are therefore never turned into code, even when the check was skipped.
 *
 * The refused page's problems travel with the error itself (as a property, and in the message
 * for when Astro or Vite wrap it), so whoever catches it tells the reader about the content, in
 * the check's words, not about a fault in the site builder.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Root } from 'mdast';
import type { Problem } from '../problems/problem.ts';
import { findUnsafeContent } from './content-safety.ts';

type MdastPluginEntry = NonNullable<SatteriProcessorOptions['mdastPlugins']>[number];

/** Marks the error thrown for refused content, whatever Astro and Vite wrap it in. */
export const REFUSED_CONTENT_MARKER = 'Content refused by the build:';
/** Starts the line of the message that carries the problems, for errors that arrive only as text. */
const PROBLEMS_LINE = 'Refused content problems: ';

/** The problems of refused content carried by an error (or by the errors it wraps, or its text). */
export function refusedProblemsIn(error: unknown): Problem[] {
  for (let current: unknown = error, depth = 0; current && depth < 10; depth += 1) {
    const carried = (current as { refusedProblems?: unknown }).refusedProblems;
    if (Array.isArray(carried)) return carried as Problem[];
    current = (current as { cause?: unknown }).cause;
  }
  const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  const line = text.split('\n').find((each) => each.includes(PROBLEMS_LINE));
  if (!line) return [];
  try {
    return JSON.parse(line.slice(line.indexOf(PROBLEMS_LINE) + PROBLEMS_LINE.length)) as Problem[];
  } catch {
    return [];
  }
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
      const error = new Error(
        `${REFUSED_CONTENT_MARKER} ${file}: ${problems.map((problem) => problem.message).join(' ')}\n${PROBLEMS_LINE}${JSON.stringify(problems)}`,
      );
      throw Object.assign(error, { refusedProblems: problems });
    },
  });
}
