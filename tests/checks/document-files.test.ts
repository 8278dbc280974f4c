/**
 * The content check opens every document file: one it cannot read is an error naming the
 * file, the line and the field; a document's "Read it on this site" page must exist.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { repoRoot } from '../support/built-sites.ts';

let work: string;
let content: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-document-check-'));
  content = path.join(work, 'content');
  cpSync(path.join(repoRoot, 'content', 'ashdown-valley'), path.join(content, 'ashdown-valley'), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('document files in the content check', () => {
  it('reports a PDF that cannot be read, naming the file, line and field', async () => {
    writeFileSync(path.join(content, 'ashdown-valley', 'files', 'healthier-valley-summary.pdf'), 'not really a PDF');
    // The file-type check (src/checks/trust-files.ts) also refuses it; this is the document reader's own report.
    const problems = (await checkContent({ contentDir: content, displayRoot: work })).filter(
      (problem) => problem.rule === 'unreadable-file',
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/ashdown-valley/documents.md',
        line: 15,
        field: 'documents.1.file',
        rule: 'unreadable-file',
        message: expect.stringContaining('The file "files/healthier-valley-summary.pdf" cannot be read.'),
      }),
    ]);
  });

  it('reports a "Read it on this site" page that does not exist, suggesting the nearest', async () => {
    const file = path.join(content, 'ashdown-valley', 'documents.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('page: ambitions', 'page: ambitons'));
    const problems = await checkContent({ contentDir: content, displayRoot: work });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/ashdown-valley/documents.md',
        field: 'documents.0.page',
        rule: 'unknown-page',
        message: expect.stringContaining('Did you mean "ambitions"?'),
      }),
    );
  });
});
