/**
 * The content check's problems as Markdown, for a comment on a pull request: the same
 * words as the terminal, grouped by file, with errors (which stop publishing) first.
 */
import type { Problem } from '../../src/checks/problem.ts';

/** Backticks in a message would end the code span early; HTML would render; both are escaped. */
const escape = (text: string) => text.replace(/[<>&]/g, (character) => `&#${character.charCodeAt(0)};`);

export function markdownReport(problems: Problem[], trusts: string[]): string {
  const scope = trusts.length > 0 ? trusts.map((slug) => `\`${slug}\``).join(', ') : 'every trust';
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
    lines.push(`**${escape(file)}**`, '');
    for (const problem of fileProblems) {
      const where = problem.line ? `line ${problem.line}` : '';
      const field = problem.field ? `\`${problem.field.replace(/`/g, "'")}\`` : '';
      const label = problem.severity === 'error' ? 'Error' : 'Warning';
      const at = [where, field].filter(Boolean).join(', ');
      lines.push(`- ${label}${at ? ` (${at})` : ''}: ${escape(problem.message).replace(/\n+/g, ' ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
