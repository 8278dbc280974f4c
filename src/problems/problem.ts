/**
 * A problem found in a trust's content, in the words a comms officer needs: which file,
 * which line, which field, what is wrong and how to put it right. The build, the check
 * command and the dev preview all report problems in this one shape.
 */
import { fieldLabel } from './plain-words.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path from the repository root (or the content folder's parent), for example "content/acme/goals.md". */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  /** The field in the front matter or settings, as a dotted path, for example "goals.1.outcomes". */
  field?: string | undefined;
  /** What is wrong and how to fix it, in plain English, usually with an example. */
  message: string;
  /**
   * The kind of problem: the id of its entry in the rule registry (src/checks/registry.ts), which
   * the editor's guide explains. A plain string here because the reader, below the checks, reports
   * problems too; the checks name theirs through ruleOf(id), which the registry types, and the rule
   * examples test finds every id reported over the error corpus in the registry.
   */
  rule: string;
  severity: Severity;
}

/** A field's dotted path in words: "goals.0.statement" is "goal 1 → statement" (./plain-words.ts). */
export function fieldInWords(field: string): string {
  return fieldLabel(field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)));
}

/** "content/acme/goals.md:12  goal 2 → outcomes: ..." */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}${problem.column ? `:${problem.column}` : ''}` : problem.file;
  const field = problem.field ? `${fieldInWords(problem.field)}: ` : '';
  const label = problem.severity === 'warning' ? 'warning' : 'error';
  return `${where}\n  ${label} (${problem.rule}) ${field}${problem.message}`;
}

export function formatProblems(problems: Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  const summary = [
    errors > 0 ? `${errors} error${errors === 1 ? '' : 's'}` : '',
    warnings > 0 ? `${warnings} warning${warnings === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return `${sorted.map(formatProblem).join('\n\n')}\n\n${summary || 'No problems'} found.`;
}

export const hasErrors = (problems: Problem[]) => problems.some((problem) => problem.severity === 'error');
