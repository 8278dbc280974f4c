/**
 * A progress report reports on the trust's own goals: a goal it names that is not on the goals
 * (or focus areas, priorities, themes) page is refused in plain words naming the file, the field,
 * the name written and the names there are, with the closest as a suggestion. Checked on a copy
 * of Harbourside's year one report, as an editor might mistype it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { formatProblem } from '../../src/problems/problem.ts';
import { repoRoot } from '../support/built-sites.ts';

let work: string;
let runs = 0;
const report = readFileSync(path.join(repoRoot, 'content/harbourside/progress-2025-26.md'), 'utf8');

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-progress-goals-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Harbourside with its report (and any other page) rewritten, checked alone. */
async function checkHarbourside(changes: Record<string, string | null>) {
  const root = path.join(work, String(++runs));
  const trustDir = path.join(root, 'content', 'harbourside');
  cpSync(path.join(repoRoot, 'content/harbourside'), trustDir, { recursive: true });
  for (const [name, text] of Object.entries(changes)) {
    if (text === null) rmSync(path.join(trustDir, name));
    else writeFileSync(path.join(trustDir, name), text);
  }
  const problems = await checkContent({ contentDir: path.join(root, 'content'), displayRoot: root, trusts: ['harbourside'] });
  return problems.filter((problem) => problem.severity === 'error');
}

describe('a progress report’s goals', () => {
  it('accepts Harbourside’s report, whose goals are the goals page’s', async () => {
    expect(await checkHarbourside({})).toEqual([]);
  });

  it('refuses a goal the goals page does not have, naming the file, the field, the name and the goals there are', async () => {
    const problems = await checkHarbourside({
      'progress-2025-26.md': report.replace('- goal: A great place to work', '- goal: A good place to work'),
    });
    expect(problems.map(formatProblem)).toEqual([
      'content/harbourside/progress-2025-26.md:22\n' +
        '  error (unknown-goal) goal 3 → goal: "A good place to work" is not one of the goals on goals.md. ' +
        'Did you mean "A great place to work"? The goals are: "Care without long waits", "Care close to home", "A great place to work". ' +
        "Write the goal's name exactly as that page does.",
    ]);
  });

  it('refuses every goal of a report when the trust has no goals page to name them', async () => {
    const problems = await checkHarbourside({
      'goals.md': null,
      'easy-read/goals.md': null,
      'priorities.md': null,
      'easy-read/priorities.md': null,
    });
    const goals = problems.filter((problem) => problem.rule === 'unknown-goal');
    expect(goals.map((problem) => problem.field)).toEqual(['goals.0.goal', 'goals.1.goal', 'goals.2.goal']);
    expect(goals[0]?.message).toBe(
      '"Care without long waits" is not one of the trust\'s goals: content/harbourside/ has no goals, priorities or themes page to name them. Add that page, or remove this goal from the report.',
    );
  });
});
