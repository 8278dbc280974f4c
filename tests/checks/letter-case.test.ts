/**
 * Names that differ only in capital letters are one name on Windows, macOS and several hosts,
 * where one page or file would replace the other: the check refuses both, naming both files.
 */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { repoRoot } from '../support/built-sites.ts';

let work: string;
const slug = 'harbourside';

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-letter-case-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the sample trust, changed; the problems the check reports about letter case. */
async function caseProblems(change: (trust: string) => void) {
  const content = mkdtempSync(path.join(work, 'content-'));
  cpSync(path.join(repoRoot, 'content', slug), path.join(content, slug), { recursive: true });
  change(path.join(content, slug));
  const problems = await checkContent({ contentDir: content, displayRoot: content });
  return problems.filter((problem) => /capital letters/.test(problem.message));
}

describe('names that differ only in letter case', () => {
  it('refuses two pages, naming both files', async () => {
    const problems = await caseProblems((trust) => copyFileSync(path.join(trust, 'goals.md'), path.join(trust, 'Goals.md')));
    expect(problems.map((problem) => [problem.file, problem.severity])).toEqual(
      expect.arrayContaining([
        [`${slug}/Goals.md`, 'error'],
        [`${slug}/goals.md`, 'error'],
      ]),
    );
    expect(problems.find((problem) => problem.file === `${slug}/Goals.md`)!.message).toMatch(
      new RegExp(
        `^This page and ${slug}/goals\\.md have the same name except for capital letters\\..*one page would replace the other\\. Rename one`,
      ),
    );
  });

  it('refuses two easy read pages the same way', async () => {
    const problems = await caseProblems((trust) =>
      copyFileSync(path.join(trust, 'easy-read', 'goals.md'), path.join(trust, 'easy-read', 'GOALS.md')),
    );
    expect(problems.map((problem) => problem.file).sort()).toEqual([`${slug}/easy-read/GOALS.md`, `${slug}/easy-read/goals.md`]);
  });

  it('refuses two files, naming both', async () => {
    const problems = await caseProblems((trust) =>
      copyFileSync(path.join(trust, 'files', 'logo.svg'), path.join(trust, 'files', 'Logo.svg')),
    );
    expect(problems.map((problem) => problem.file).sort()).toEqual([`${slug}/files/Logo.svg`, `${slug}/files/logo.svg`]);
    expect(problems[0]!.message).toMatch(
      /^This file and .*files\/(Logo|logo)\.svg have the same name except for capital letters\..*one file would replace the other/,
    );
  });

  it("refuses a page named like one of the site's own pages in other letters, and an old address that is a page in other letters", async () => {
    const content = mkdtempSync(path.join(work, 'content-'));
    cpSync(path.join(repoRoot, 'content', slug), path.join(content, slug), { recursive: true });
    const trust = path.join(content, slug);
    writeFileSync(path.join(trust, 'Contact.md'), readFileSync(path.join(trust, 'vision.md'), 'utf8'));
    writeFileSync(
      path.join(trust, 'trust.yaml'),
      `${readFileSync(path.join(trust, 'trust.yaml'), 'utf8')}\nredirects:\n  - from: Goals/\n    to: vision/\n`,
    );
    const problems = await checkContent({ contentDir: content, displayRoot: content });
    expect(problems).toContainEqual(expect.objectContaining({ file: `${slug}/Contact.md`, rule: 'reserved-name' }));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: `${slug}/trust.yaml`, rule: 'redirect-hides-page', field: 'redirects.0.from' }),
    );
  });

  it('leaves the sample trust alone', async () => {
    expect(await caseProblems(() => {})).toEqual([]);
  });
});
