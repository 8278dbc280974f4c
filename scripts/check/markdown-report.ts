/**
 * The content check's problems as Markdown, for a comment on a pull request: the same
 * words as the terminal, grouped by file, with errors (which stop publishing) first.
 */
import { fieldInWords, type Problem } from '../../src/problems/problem.ts';
import type { TrustReadingAges } from '../../src/checks/reading-age-report.ts';

/**
 * Messages and file names quote content, which anyone opening a pull request can write. Each is
 * shown as a code span, the one place where GitHub's Markdown draws no links, pictures, HTML,
 * @mentions, #references or bare web addresses: the fence is one backtick longer than the
 * longest run inside it, and line breaks and invisible or direction-changing characters become spaces.
 */
export function inert(text: string): string {
  const oneLine = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]+/g, ' ').trim();
  if (oneLine === '') return '(blank)';
  const longest = Math.max(0, ...Array.from(oneLine.matchAll(/`+/g), (run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  // A space inside the fence keeps a leading or trailing backtick from joining it (CommonMark strips one space each side).
  return `${fence} ${oneLine} ${fence}`;
}

export function markdownReport(problems: Problem[], trusts: string[]): string {
  const scope = trusts.length > 0 ? trusts.map(inert).join(', ') : 'every trust';
  if (problems.length === 0) return `### Content check: no problems found\n\nChecked ${scope}.\n`;
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.length - errors.length;
  const counts = [
    errors.length > 0 ? `${errors.length} error${errors.length === 1 ? '' : 's'}` : '',
    warnings > 0 ? `${warnings} warning${warnings === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const lines = [
    `### Content check: ${counts}`,
    '',
    `Checked ${scope}. ${
      errors.length > 0
        ? 'Errors must be fixed before the site can be published; nothing has been published.'
        : 'Warnings do not stop publishing, but read each one.'
    }`,
    '',
  ];
  const byFile = new Map<string, Problem[]>();
  const ordered = [...problems].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  for (const problem of ordered) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  for (const [file, fileProblems] of byFile) {
    lines.push(`**${inert(file)}**`, '');
    for (const problem of fileProblems) {
      const where = problem.line ? `line ${problem.line}` : '';
      const field = problem.field ? inert(fieldInWords(problem.field)) : '';
      const label = problem.severity === 'error' ? 'Error' : 'Warning';
      const at = [where, field].filter(Boolean).join(', ');
      lines.push(`- ${label}${at ? ` (${at})` : ''}: ${inert(problem.message)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** How much of a long sentence the pull request shows: enough to find it in the file. */
const SENTENCE_SHOWN = 80;

/**
 * The plain English report on the pull request, where a save from the browser editor lands: each
 * standard page's reading age against the trust's target, and its sentences over 20 words. The
 * same figures as the terminal's report; advice, never a reason to stop. Page files and sentences
 * are content, so each is a code span (inert); lists rather than a table, because a code span
 * does not protect a table's `|`.
 */
export function markdownReadingAges(report: TrustReadingAges[]): string {
  const lines = [
    '### Plain English',
    '',
    "Advice for the standard pages: a page above the trust's target reading age (SMOG), or a sentence over 20 words, is worth rewriting. This does not stop publishing.",
    '',
  ];
  for (const { slug, target, pages } of report) {
    const above = pages.filter((page) => page.age !== undefined && page.age > target).length;
    lines.push(`**${inert(slug)}**: ${above} of ${pages.length} pages above the target reading age of ${target}`, '');
    for (const page of pages) {
      const age =
        page.age === undefined
          ? 'too short to measure'
          : `reading age ${page.age.toFixed(1)}${page.age > target ? ', above the target' : ''}`;
      lines.push(`- ${inert(page.file)}: ${age}`);
      for (const sentence of page.longSentences) {
        const shown = sentence.text.length > SENTENCE_SHOWN ? `${sentence.text.slice(0, SENTENCE_SHOWN)}...` : sentence.text;
        lines.push(`  - line ${sentence.line}, ${sentence.words} words (split it): ${inert(shown)}`);
      }
    }
    lines.push('');
  }
  return lines.join('\n');
}
