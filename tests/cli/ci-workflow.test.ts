/**
 * The CI workflow in .github/workflows/: parsed as GitHub would, and the npm commands its
 * steps call run here as the runner would run them (with `${{ }}` values filled in and the
 * build's output sent to a temporary folder rather than dist/).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { listTrustFolders } from '../../src/reader/trust-folders.ts';
import { FIXED_BUILD_DATE, repoRoot } from '../support/built-sites.ts';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  steps: Step[];
  strategy?: { matrix: Record<string, unknown> };
  outputs?: Record<string, string>;
}
const workflow = parse(readFileSync(path.join(repoRoot, '.github', 'workflows', 'strategy-sites.yml'), 'utf8')) as {
  on: Record<string, unknown>;
  env: Record<string, string | number>;
  jobs: Record<string, Job>;
};
const step = (job: string, id: string) => workflow.jobs[job]!.steps.find((candidate) => candidate.id === id || candidate.name === id)!;
const slugs = listTrustFolders(path.join(repoRoot, 'content')).map((folder) => folder.slug);

const work = mkdtempSync(path.join(tmpdir(), 'strategy-ci-workflow-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs a step's script with bash, as the runner does, and returns what it wrote to $GITHUB_OUTPUT. */
function runStep(
  script: string,
  env: Record<string, string>,
  values: Record<string, string>,
): { stdout: string; outputs: Record<string, string> } {
  const outputFile = path.join(work, `output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(outputFile, '');
  const filled = script
    .replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_match, expression: string) => {
      if (!(expression in values)) throw new Error(`The test has no value for \${{ ${expression} }}`);
      return values[expression]!;
    })
    // Published sites go to a temporary folder, never the repository's dist/.
    .replaceAll('npm run build -- ', `npm run build -- --out ${path.join(work, 'dist')} `)
    .replaceAll('check-report.md', path.join(work, 'check-report.md'));
  const stdout = execFileSync('bash', ['-e', '-c', filled], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env, GITHUB_OUTPUT: outputFile, STRATEGY_BUILD_DATE: FIXED_BUILD_DATE, FORCE_COLOR: '0' },
    maxBuffer: 32 * 1024 * 1024,
  });
  const outputs = Object.fromEntries(
    readFileSync(outputFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { stdout, outputs };
}

describe('the workflow', () => {
  it('runs on pull requests and on pushes to main, installing with npm ci on the Node in .nvmrc', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    for (const job of Object.values(workflow.jobs).filter((candidate) => candidate.steps.some((s) => s.run?.includes('npm ')))) {
      expect(job.steps.map((s) => s.run)).toContain('npm ci --no-audit --no-fund');
      expect(job.steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version-file']).toBe('.nvmrc');
    }
  });

  it('on a pull request: checks, comments the problems, tests and builds the trusts it changed', () => {
    const runs = workflow.jobs['pull-request']!.steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npm run check -- --format markdown --report-file check-report.md');
    expect(runs).toMatch(/gh pr comment .* --body-file check-report\.md/);
    expect(runs).toContain('npm test');
    expect(runs).toContain('npm run build -- --changed-since origin/${{ github.base_ref }}');
  });

  it('on main: a matrix over the shards that have trusts, then one artifact per trust', () => {
    expect(workflow.jobs.build!.strategy!.matrix.shard).toBe('${{ fromJSON(needs.plan.outputs.shards) }}');
    expect(workflow.jobs.artifacts!.strategy!.matrix.trust).toBe('${{ fromJSON(needs.plan.outputs.trusts) }}');
    const upload = workflow.jobs.artifacts!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.with).toMatchObject({ name: 'site-${{ matrix.trust }}', path: 'dist/${{ matrix.trust }}/' });
  });
});

describe("the workflow's commands, run here", () => {
  it('pull request: the check writes a Markdown report for the comment', () => {
    runStep(step('pull-request', 'check').run!, {}, {});
    const report = readFileSync(path.join(work, 'check-report.md'), 'utf8');
    expect(report).toMatch(/^### Content check: /);
  });

  it('pull request: the touched trusts are listed as JSON for the later steps', () => {
    // Here the base branch is this clone's HEAD: a clean clone has changed nothing since it.
    const script = step('pull-request', 'touched').run!.replace('origin/${{ github.base_ref }}', 'HEAD');
    const { outputs } = runStep(script, {}, {});
    expect(Array.isArray(JSON.parse(outputs.trusts!))).toBe(true);
    // A base git does not know fails the step rather than passing an empty list on.
    expect(() => runStep(script.replace('HEAD', 'no-such-base'), {}, {})).toThrow();
  });

  it('main: the plan lists every trust and the shards, and building each shard publishes every trust once', () => {
    const { outputs } = runStep(step('plan', 'plan').run!, { SHARDS: '2', BEFORE: '' }, {});
    expect((JSON.parse(outputs.trusts!) as string[]).sort()).toEqual(slugs);
    const shards = JSON.parse(outputs.shards!) as string[];
    expect(shards.length).toBeGreaterThan(0);
    const built: string[] = [];
    for (const shard of shards) {
      const { stdout } = runStep(step('build', "Build this shard's trusts").run!, { TRUSTS: outputs.trusts! }, { 'matrix.shard': shard });
      built.push(...[...stdout.matchAll(/✓ ([a-z0-9-]+):/g)].map((match) => match[1]!));
    }
    expect(built.sort()).toEqual(slugs);
  });
});
