/**
 * The error corpus (tests/support/error-corpus.ts) through the content check: each case checked
 * on its own must produce its problem, as an error, with a message that says how to fix it;
 * then all of them together through the check command, which must report every one in a single
 * run and exit 1. The build refuses the same corpus in tests/build/error-corpus.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import type { Problem } from '../../src/problems/problem.ts';
import { repoRoot } from '../support/built-sites.ts';
import { caseSlug, cases, fix, writeCase } from '../support/error-corpus.ts';

let work: string;
let fleet: string;
const results = new Map<string, Problem[]>();

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-corpus-'));
  fleet = path.join(work, 'content');
  // Each case is checked before the next is written, as before the split: checking one trust reads
  // the others' settings for their addresses, and the reader keeps what it read, with the file names
  // that reading gave (src/reader/read-content.ts), so later cases would name trust.yaml differently.
  for (const [index, testCase] of cases.entries()) {
    writeCase(fleet, index);
    results.set(testCase.name, await checkContent({ contentDir: fleet, displayRoot: work, trusts: [caseSlug(index)] }));
  }
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the error corpus', () => {
  it('has at least 40 malformed inputs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((testCase, index) => [testCase.name, testCase, index] as const))('%s', (_name, testCase, index) => {
    const problems = results.get(testCase.name)!;
    const file = `content/${caseSlug(index)}/${testCase.expect.file}`;
    const match = problems.find(
      (problem) => problem.file.replace(/\/$/, '') === file.replace(/\/$/, '') && problem.rule === testCase.expect.rule,
    );
    expect(match, `expected ${testCase.expect.rule} in ${file}; got ${JSON.stringify(problems, null, 1)}`).toBeDefined();
    expect(match!.severity).toBe('error');
    expect(match!.message).toMatch(testCase.expect.says);
    expect(match!.message).toMatch(fix);
    if (testCase.expect.field) expect(match!.field).toBe(testCase.expect.field);
    if (testCase.expect.line) expect(match!.line).toBe(testCase.expect.line);
    else if (testCase.expect.field) expect(match!.line).toBeGreaterThan(0);
  });

  it('reports every problem of every trust in one run of the check command, and exits 1', () => {
    let output = '';
    let code = 0;
    try {
      execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'check.ts'), '--content', fleet], { encoding: 'utf8' });
    } catch (error) {
      const failed = error as { status: number; stdout: string };
      code = failed.status;
      output = failed.stdout;
    }
    expect(code).toBe(1);
    cases.forEach((testCase, index) => {
      expect(output, testCase.name).toContain(`content/${caseSlug(index)}/${testCase.expect.file}`);
      expect(output, testCase.name).toContain(`(${testCase.expect.rule})`);
    });
    expect(output).not.toMatch(/at .*\.ts:\d+/); // no stack traces
    expect(output).toMatch(/\d+ errors( and \d+ warnings?)? found/);
  });

  it('finds no problem in the sample trusts', async () => {
    expect(await checkContent({ contentDir: path.join(repoRoot, 'content'), displayRoot: repoRoot })).toEqual([]);
  });
});
