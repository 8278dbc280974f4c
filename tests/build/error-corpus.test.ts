/**
 * "npm run check passes if and only if the build would succeed": the build runs over the whole
 * error corpus (tests/support/error-corpus.ts) at once and must refuse it, reporting for every
 * case the same problem the check reports (so a build of that trust alone would fail too),
 * always as a content problem and never as a fault of the builder. The check's own judgement of
 * each case is tested in the unit tier (tests/checks/error-corpus.test.ts); the other half
 * (content the check passes builds) is proven by the sample trusts and
 * tests/build/strategy-shapes.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import type { Problem } from '../../src/problems/problem.ts';
import { astroCacheDir } from '../../src/publishing/astro-cache-dir.ts';
import { repoRoot, runBuild } from '../support/built-sites.ts';
import { caseSlug, cases, writeCase } from '../support/error-corpus.ts';

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
  if (fleet) rmSync(astroCacheDir(repoRoot, fleet), { recursive: true, force: true });
});

describe('the error corpus', () => {
  it('is refused by the build with the same problem for every case, never as a builder fault', async () => {
    const out = path.join(work, 'dist');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'kept.txt'), 'published before');
    const build = await runBuild(['--content', fleet, '--out', out]);
    const output = build.stdout + build.stderr;
    expect(build.code).toBe(1);
    expect(output).not.toMatch(/fault in the site builder/);
    expect(output).toContain('The build stopped. No published site was changed.');
    cases.forEach((testCase, index) => {
      const slug = caseSlug(index);
      const problem = results.get(testCase.name)!.find((found) => found.rule === testCase.expect.rule && found.severity === 'error')!;
      expect(problem, testCase.name).toBeDefined();
      const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
      expect(output, testCase.name).toContain(where);
      expect(output, testCase.name).toContain(`error (${testCase.expect.rule})`);
      expect(output, `${testCase.name} in ${slug}`).toContain(problem.message.slice(0, 80));
    });
    expect(readFileSync(path.join(out, 'kept.txt'), 'utf8')).toBe('published before');
  });
});
