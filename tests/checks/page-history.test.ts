/**
 * A page's history and review dates (src/schemas/pages/common.ts: history, review) as the content
 * check judges them: real dates, no update before the page was published, a next review after the
 * last, a budget on updates, each problem naming the file, the field and the fix; and an overdue
 * review as a warning, on standard and easy read pages alike.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { exampleSlug, exampleTrust } from '../../src/checks/rules/example-trust.ts';
import { MAX_PAGE_UPDATES, pageHistory, pageReview } from '../../src/schemas/pages/common.ts';
import { easyReadSchema } from '../../src/schemas/easy-read.ts';

let work: string;
let runs = 0;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-page-history-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (frontMatter: string) => `---\ntype: page\ntitle: About us\ndescription: Who we are.\n${frontMatter}\n---\n\nSome text.\n`;
const easyRead = (frontMatter: string) =>
  `---\ntitle: About us\ndescription: Who we are.\n${frontMatter}\n---\n\n![A hospital](../files/pictures/hospital.svg)\n\nWe care for you.\n`;

async function check(written: Record<string, string>) {
  const root = path.join(work, String(++runs));
  const trustDir = path.join(root, 'content', exampleSlug);
  for (const [name, content] of Object.entries({ ...exampleTrust, 'easy-read/about.md': easyRead(''), ...written })) {
    mkdirSync(path.dirname(path.join(trustDir, name)), { recursive: true });
    writeFileSync(path.join(trustDir, name), content);
  }
  return checkContent({ contentDir: path.join(root, 'content'), displayRoot: root, today: new Date('2026-12-01') });
}

describe('page history and review dates in the content check', () => {
  it('accepts a page with a history and review dates to come, and one with neither', async () => {
    const problems = await check({
      'about.md': page(
        'history:\n  published: 2025-04-01\n  updates:\n    - date: 2026-06-03\n      note: Added our new phone number.\nreview:\n  lastReviewed: 2026-06-03\n  nextDue: 2027-06-03',
      ),
    });
    expect(problems).toEqual([]);
  });

  it('refuses an update dated before the page was published, naming the file, the field and the fix', async () => {
    const problems = await check({
      'about.md': page('history:\n  published: 2025-04-01\n  updates:\n    - date: 2024-06-03\n      note: Added our new phone number.'),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: expect.stringContaining('about.md'), severity: 'error', field: 'history.updates.0.date' });
    expect(problems[0]!.message).toContain('2024-06-03 is before history.published (2025-04-01)');
    expect(problems[0]!.message).toContain("correct the update's date");
  });

  it('refuses a next review that is not after the last, and a date that is not real', async () => {
    const problems = await check({
      'about.md': page('review:\n  lastReviewed: 2026-06-03\n  nextDue: 2026-01-01'),
      'easy-read/about.md': easyRead('history:\n  published: "2025-02-30"'),
      'vision.md': page('history:\n  published: 2025-02-30').replace('About us', 'Our vision'),
    });
    const fields = problems.map((problem) => `${path.basename(problem.file)} ${problem.field}`);
    expect(fields).toEqual(
      expect.arrayContaining(['about.md review.nextDue', 'about.md history.published', 'vision.md history.published']),
    );
    expect(problems.find((problem) => problem.field === 'review.nextDue')!.message).toContain('must come after review.lastReviewed');
    for (const problem of problems.filter((each) => each.field === 'history.published'))
      expect(problem.message).toContain('"2025-02-30" is not a real date');
  });

  it(`refuses more than ${MAX_PAGE_UPDATES} updates`, async () => {
    const updates = Array.from({ length: MAX_PAGE_UPDATES + 1 }, (_, day) => `    - date: 2026-01-01\n      note: Change ${day + 1}.`).join(
      '\n',
    );
    const problems = await check({ 'about.md': page(`history:\n  published: 2025-04-01\n  updates:\n${updates}`) });
    expect(problems.map((problem) => problem.field)).toEqual(['history.updates']);
    expect(problems[0]!.message).toContain(`more than ${MAX_PAGE_UPDATES} items`);
  });

  it('warns when the next review has passed, on a standard and on an easy read page, naming the field', async () => {
    const problems = await check({
      'about.md': page('review:\n  lastReviewed: 2025-01-01\n  nextDue: 2026-01-01'),
      'easy-read/about.md': easyRead('review:\n  lastReviewed: 2025-01-01\n  nextDue: 2026-02-01'),
    });
    expect(
      problems.map((problem) => [problem.file.replace(/^.*content\/acme\//, ''), problem.rule, problem.severity, problem.field]),
    ).toEqual([
      ['about.md', 'review-overdue', 'warning', 'review.nextDue'],
      ['easy-read/about.md', 'review-overdue', 'warning', 'review.nextDue'],
    ]);
    expect(problems[0]!.message).toContain('"Next review due: 1 January 2026", and that has passed (the build date is 1 December 2026)');
  });
});

describe('the history and review fields', () => {
  it('are optional on standard and easy read pages: nothing is made up', () => {
    expect(easyReadSchema.parse({ title: 'About us', description: 'Who we are.' })).toEqual({
      title: 'About us',
      description: 'Who we are.',
    });
  });

  it('read dates as dates and keep the notes as written', () => {
    const history = pageHistory.parse({ published: '2025-04-01', updates: [{ date: '2026-06-03', note: '  Added <b>this</b>.  ' }] });
    expect(history.published.toISOString()).toBe('2025-04-01T00:00:00.000Z');
    expect(history.updates![0]!.note).toBe('Added <b>this</b>.');
    expect(pageReview.safeParse({ lastReviewed: '2026-06-03', nextDue: '2026-06-03' }).success).toBe(false);
  });
});
