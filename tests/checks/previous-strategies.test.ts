/**
 * A previous strategy (content/<trust>/previous/<years>/) is published, so npm run check judges it
 * as it judges the current strategy, on the same one reading: a mistake in an archived page is
 * reported naming the archived file, and stops the build as any other would. Checked on a copy of
 * Harbourside, whose 2019 to 2024 strategy is kept in previous/2019-2024/.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { formatProblem } from '../../src/problems/problem.ts';
import { repoRoot } from '../support/built-sites.ts';

const edition = 'previous/2019-2024';
let work: string;
let runs = 0;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-previous-check-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Harbourside with some files rewritten (paths inside its folder), checked alone: its errors, formatted as editors read them. */
async function checkHarbourside(changes: Record<string, (text: string) => string>): Promise<string[]> {
  const root = path.join(work, String(++runs));
  const trustDir = path.join(root, 'content', 'harbourside');
  cpSync(path.join(repoRoot, 'content/harbourside'), trustDir, { recursive: true });
  for (const [name, change] of Object.entries(changes))
    writeFileSync(path.join(trustDir, name), change(readFileSync(path.join(trustDir, name), 'utf8')));
  const problems = await checkContent({ contentDir: path.join(root, 'content'), displayRoot: root, trusts: ['harbourside'] });
  return problems.filter((problem) => problem.severity === 'error').map(formatProblem);
}

describe("npm run check on a trust's previous strategies", () => {
  it('accepts Harbourside with its previous strategy as it is', async () => {
    expect(await checkHarbourside({})).toEqual([]);
  });

  it('reports a broken archived page, naming its file in the archived edition', async () => {
    const problems = await checkHarbourside({
      [`${edition}/vision.md`]: (text) => text.replace('title: Our vision', 'title: ""'),
      [`${edition}/values.md`]: (text) => `${text}\nRead [what we did next](../what-next/).\n`,
    });
    expect(problems).toHaveLength(2);
    expect(problems.find((problem) => problem.startsWith(`content/harbourside/${edition}/vision.md:`))).toMatch(
      /error \(invalid-field\) title: title is empty/,
    );
    expect(problems.find((problem) => problem.startsWith(`content/harbourside/${edition}/values.md:`))).toMatch(
      /error \(broken-link\) The link "\.\.\/what-next\/" leads to a page that does not exist/,
    );
  });

  it('judges an archived easy read page by the easy read rules', async () => {
    const problems = await checkHarbourside({
      [`${edition}/easy-read/values.md`]: (text) => text.replace('We told the truth.', '**Honest.** We told the truth.'),
    });
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(`^content/harbourside/${edition}/easy-read/values\\.md:\\d+:\\d+\\n  error \\(easy-read/bold-unexplained\\)`),
      ),
    ]);
  });

  it("judges its own settings: a mistake in the archived trust.yaml names that file, not the current one's", async () => {
    const problems = await checkHarbourside({
      [`${edition}/trust.yaml`]: (text) => text.replace('replaced: 2025-04-01', 'replaced: 1 April 2025'),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^content/harbourside/${edition}/trust\\.yaml:\\d+`));
    expect(problems[0]).toContain('replaced');
  });
});
