/**
 * What the live preview (`npm run dev`) shows while a trust's content has a mistake, in the
 * check's own words: a page in place of the trust's pages (./dev-content-check.ts serves it)
 * and the payload of the error overlay drawn over any page already open. Both name the file and
 * line, show the lines around it, and say what is wrong and how to put it right, whatever the
 * mistake: a page Astro could not have rendered (broken YAML, a page with no standard page) is
 * explained here rather than left to Astro's "404: Not found" or its stack trace.
 *
 * Content is semi-trusted: every piece of it (messages quote field values, excerpts quote the
 * file) goes through escapeHtml, as the overlay puts its message and code in with innerHTML.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatProblems, fieldInWords, type Problem } from '../problems/problem.ts';
import { MAX_TEXT_FILE_BYTES } from '../reader/read-content.ts';
import { escapeHtml } from './html-text.ts';
import { pagePolicyForDevMeta } from '../hosting/security-headers.ts';

/** The words of the page and the overlay, in one place. */
export const devErrorWords = {
  pageTitle: 'Correct a mistake to see this page',
  heading: 'This page cannot be shown until a mistake is corrected',
  intro: 'The preview found a mistake in the content. Correct it in the file named below and save.',
  after: 'This page comes back by itself once the file is saved without mistakes. npm run check lists the same problems.',
  overlayName: 'Content check',
  overlayTitle: (file: string) => `Correct ${file} and save`,
  hint: 'Correct the file and save it: the preview shows the page again by itself. npm run check lists the same problems.',
  where: (problem: Problem) => (problem.line ? `${problem.file}, line ${problem.line}` : problem.file),
  more: (count: number) => `and ${count} more mistake${count === 1 ? '' : 's'}, listed below.`,
};

/** Lines shown either side of the line with the mistake. */
const AROUND = 2;

/** The problem a reader meets first: one in the file saved last, if any, then the first by file and line. */
export function leadingProblem(problems: Problem[], lastSaved?: string): Problem | undefined {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return sorted.find((problem) => lastSaved !== undefined && problem.file === lastSaved) ?? sorted[0];
}

/** The file's lines, or none when it is gone, unreadable or larger than the reader would read. */
function linesOf(absolute: string): string[] {
  try {
    if (statSync(absolute).size > MAX_TEXT_FILE_BYTES) return [];
    return readFileSync(absolute, 'utf8').split(/\r\n|\r|\n/);
  } catch {
    return [];
  }
}

/**
 * The lines around the problem's line as HTML, the problem's line marked. The overlay's are not
 * numbered: it draws a caret under the problem's column, counted from the start of the line.
 */
function excerptHtml(problem: Problem, displayRoot: string, numbered: boolean): string {
  if (!problem.line) return '';
  const lines = linesOf(path.resolve(displayRoot, problem.file));
  if (problem.line > lines.length) return '';
  const first = Math.max(1, problem.line - AROUND);
  const last = Math.min(lines.length, problem.line + AROUND);
  const width = String(last).length;
  const rows: string[] = [];
  for (let number = first; number <= last; number += 1) {
    const text = numbered ? `${String(number).padStart(width)} | ${lines[number - 1]}` : lines[number - 1]!;
    rows.push(
      number === problem.line
        ? `<span class="line error-line"><mark>${escapeHtml(text)}</mark></span>`
        : `<span class="line">${escapeHtml(text)}</span>`,
    );
  }
  return `<pre><code>${rows.join('\n')}</code></pre>`;
}

const problemText = (problem: Problem) => `${problem.field ? `${fieldInWords(problem.field)}: ` : ''}${problem.message}`;

/**
 * The page served in place of a trust's page while its content has mistakes. It loads Vite's
 * client, so it connects to the preview: the overlay is drawn over it and it reloads when the
 * mistake is corrected.
 */
export function devErrorPage(problems: Problem[], displayRoot: string, lastSaved?: string): string {
  const lead = leadingProblem(problems, lastSaved);
  const ordered = lead ? [lead, ...problems.filter((problem) => problem !== lead)] : problems;
  const items = ordered.map(
    (problem) =>
      `<li><h2>${escapeHtml(devErrorWords.where(problem))}</h2><p>${escapeHtml(problemText(problem))}</p>${excerptHtml(problem, displayRoot, true)}</li>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(pagePolicyForDevMeta)}">
<title>${escapeHtml(devErrorWords.pageTitle)}</title>
<script type="module" src="/@vite/client"></script>
<style>
body { font: 19px/1.5 Arial, sans-serif; color: #212b32; margin: 0 auto; max-width: 48rem; padding: 1rem; }
h1 { font-size: 2rem; line-height: 1.25; }
h2 { font-size: 1.3rem; margin-bottom: 0.25rem; }
ol { padding-inline-start: 1.25rem; }
pre { background: #f0f4f5; padding: 0.75rem; overflow-x: auto; font-size: 16px; }
mark { background: #ffeb3b; color: #212b32; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(devErrorWords.heading)}</h1>
<p>${escapeHtml(devErrorWords.intro)}</p>
<ol>
${items.join('\n')}
</ol>
<p>${escapeHtml(devErrorWords.after)}</p>
</main>
</body>
</html>
`;
}

/**
 * The error overlay's payload, ready for Astro's overlay as Astro would send it (marked as
 * enhanced, so nothing is added): title, message and hint in the check's words, the file and line
 * with the lines around it, and every mistake in the place Astro shows a stack trace.
 */
export function devErrorOverlay(problems: Problem[], displayRoot: string, lastSaved?: string) {
  const lead = leadingProblem(problems, lastSaved);
  if (!lead) return undefined;
  const others = problems.length - 1;
  const message = `${escapeHtml(devErrorWords.where(lead))}: ${escapeHtml(problemText(lead))}${others > 0 ? ` ${escapeHtml(devErrorWords.more(others))}` : ''}`;
  return {
    __isEnhancedAstroErrorPayload: true,
    type: 'error' as const,
    err: {
      name: devErrorWords.overlayName,
      title: devErrorWords.overlayTitle(lead.file),
      message,
      hint: escapeHtml(devErrorWords.hint),
      // Line 0 (a problem with the whole file): the overlay names the file and shows no line.
      loc: { file: path.resolve(displayRoot, lead.file), line: lead.line ?? 0, column: lead.column ?? 0 },
      highlightedCode: excerptHtml(lead, displayRoot, false) || undefined,
      plugin: 'content check',
      // Shown as text (never as HTML) under Astro's "Stack Trace" heading: the whole report.
      stack: formatProblems(problems),
    },
  };
}
