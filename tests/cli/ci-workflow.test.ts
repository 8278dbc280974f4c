/**
 * The CI workflows in .github/workflows/: linted with actionlint (a maintained GitHub Actions
 * linter, here its WebAssembly build), parsed as GitHub would, and the commands their steps
 * call run here as the runner would run them (with `${{ }}` values filled in, the build's
 * output sent to a temporary folder rather than dist/, and nothing sent to GitHub).
 * Deploy and rollback through the deploy action: tests/hosting/deploy-rollback.test.ts;
 * what a run on main builds after a cancelled run: tests/cli/deploy-plan.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { listTrustFolders } from '../../src/reader/trust-folders.ts';
import { FIXED_BUILD_DATE, readPage, repoRoot, textOf } from '../support/built-sites.ts';
import { deployedTag, readRecord, recordDeploy } from '../../scripts/deploy/deployed-tags.ts';
import { gitIn } from '../support/git.ts';
import { siteDigest } from '../../scripts/deploy/site-digest.ts';
import { changesCode } from '../../scripts/ci/pr-changes.ts';
import { previewAddress } from '../../scripts/ci/preview-comment.ts';
import { brokenExternalLinks, linkReport } from '../../scripts/ci/external-links.ts';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  'runs-on'?: string;
  environment?: { name: string; url?: string };
  permissions?: Record<string, string>;
  steps: Step[];
  strategy?: { matrix: Record<string, unknown> };
  outputs?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  env?: Record<string, string | number>;
  concurrency?: { group: string; 'cancel-in-progress': string | boolean };
  jobs: Record<string, Job>;
}
const readWorkflow = (name: string) => parse(readFileSync(path.join(repoRoot, '.github', 'workflows', name), 'utf8')) as Workflow;
const workflow = readWorkflow('strategy-sites.yml');
/** The deploy action both jobs use, whose steps run here like the workflow's. */
const deployAction = parse(readFileSync(path.join(repoRoot, '.github', 'actions', 'deploy-site', 'action.yml'), 'utf8')) as {
  runs: { steps: Step[] };
};
const linksWorkflow = readWorkflow('external-links.yml');
const step = (job: string, id: string, from = workflow) =>
  from.jobs[job]!.steps.find((candidate) => candidate.id === id || candidate.name === id)!;
const slugs = listTrustFolders(path.join(repoRoot, 'content')).map((folder) => folder.slug);

const work = mkdtempSync(path.join(tmpdir(), 'strategy-ci-workflow-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Runs a step's script with bash, as the runner does (its `env:` included), and returns what
 * it wrote to $GITHUB_OUTPUT.
 */
function runStep(
  target: Step,
  values: Record<string, string>,
  options: { env?: Record<string, string>; cwd?: string; script?: string } = {},
): { stdout: string; outputs: Record<string, string> } {
  const fill = (text: string) =>
    text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_match, expression: string) => {
      if (!(expression in values)) throw new Error(`The test has no value for \${{ ${expression} }}`);
      return values[expression]!;
    });
  const outputFile = path.join(work, `output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(outputFile, '');
  const script = fill(options.script ?? target.run!)
    // Published sites go to a temporary folder, never the repository's dist/.
    .replaceAll('npm run build -- ', `npm run build -- --out ${path.join(work, 'dist')} `)
    .replaceAll('check-report.md', path.join(work, 'check-report.md'))
    .replaceAll('pr-comment.md', path.join(work, 'pr-comment.md'))
    .replaceAll('node scripts/', `node ${repoRoot}/scripts/`);
  // The test gives some env values itself (an event's expression it does not evaluate).
  const stepEnv = Object.fromEntries(
    Object.entries(target.env ?? {})
      .filter(([name]) => !(name in (options.env ?? {})))
      .map(([name, value]) => [name, fill(String(value))]),
  );
  const stdout = execFileSync('bash', ['-e', '-c', script], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      STRATEGY_BUILD_DATE: FIXED_BUILD_DATE,
      ...stepEnv,
      ...options.env,
      GITHUB_OUTPUT: outputFile,
      FORCE_COLOR: '0',
      // A test's stand-ins for host tools (options.env.PATH) come first.
      PATH: [options.env?.PATH, path.dirname(process.execPath), process.env.PATH].filter(Boolean).join(':'),
    },
    maxBuffer: 32 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const outputs = Object.fromEntries(
    readFileSync(outputFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { stdout, outputs };
}

describe('the workflows', () => {
  it('pass actionlint', () => {
    const result = execFileSync(
      process.execPath,
      [path.join(repoRoot, 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js')],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    expect(result).toContain(`Checking ${readdirSync(path.join(repoRoot, '.github', 'workflows')).length} workflow file(s)`);
    expect(result).toContain('All workflow files passed lint checks');
  });

  it('actionlint finds a mistake in a workflow (so its pass means something)', () => {
    const broken = path.join(work, 'lint', '.github', 'workflows');
    mkdirSync(broken, { recursive: true });
    writeFileSync(
      path.join(broken, 'broken.yml'),
      readFileSync(path.join(repoRoot, '.github', 'workflows', 'strategy-sites.yml'), 'utf8').replace(
        'needs.plan.outputs.shards',
        'needs.plan.outputs.shard',
      ),
    );
    let failed = '';
    try {
      execFileSync(process.execPath, [path.join(repoRoot, 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js')], {
        cwd: path.join(work, 'lint'),
        encoding: 'utf8',
      });
    } catch (error) {
      failed = (error as { stdout: string }).stdout;
    }
    expect(failed).toMatch(/property "shard" is not defined/);
  });

  it('run on pull requests, pushes to main, daily and by hand, installing with npm ci on the Node in .nvmrc', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push', 'schedule', 'workflow_dispatch']));
    for (const job of [...Object.values(workflow.jobs), ...Object.values(linksWorkflow.jobs)].filter((candidate) =>
      candidate.steps.some((s) => /\b(npm|node) /.test(s.run ?? '')),
    )) {
      expect(job.steps.map((s) => s.run)).toContain('npm ci --no-audit --no-fund');
      expect(job.steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version-file']).toBe('.nvmrc');
    }
  });

  it('never cancel a run on main; a pull request cancels only its own older run', () => {
    expect(workflow.concurrency!['cancel-in-progress']).toBe("${{ github.event_name == 'pull_request' }}");
    expect(workflow.concurrency!.group).toContain("|| 'strategy-sites-main'");
    expect(linksWorkflow.concurrency!['cancel-in-progress']).toBe(false);
  });

  it('on a pull request: checks, comments with the preview, tests code changes, audits content-only changes', () => {
    const job = workflow.jobs['pull-request']!;
    const runs = job.steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npm run check -- --format markdown --report-file check-report.md');
    expect(runs).toMatch(/gh pr comment .* --body-file pr-comment\.md/);
    expect(step('pull-request', 'Tests (code changed)')).toMatchObject({ run: 'npm test', if: "steps.changes.outputs.code == 'true'" });
    expect(step('pull-request', 'Audit the touched trusts (content only)').if).toContain("steps.changes.outputs.code != 'true'");
    expect(step('pull-request', 'preview').with).toMatchObject({ name: 'preview', path: 'dist/' });
    expect(runs).toContain('npm run codeowners -- --check');
  });

  it('on main: a matrix over the shards that have trusts, then one deploy job per trust, in its own environment', () => {
    expect(workflow.jobs.build!.strategy!.matrix.shard).toBe('${{ fromJSON(needs.plan.outputs.shards) }}');
    // Each shard prints its trusts' PDFs after building them and before handing the sites on, dated as the pages are.
    const names = workflow.jobs.build!.steps.map((s) => s.name ?? s.uses ?? '');
    const printing = names.indexOf("Print each trust's strategy as PDFs");
    expect(printing).toBeGreaterThan(names.indexOf("Build this shard's trusts"));
    expect(printing).toBeLessThan(names.findIndex((name) => name.startsWith('actions/upload-artifact')));
    expect(step('build', "Print each trust's strategy as PDFs")).toMatchObject({
      run: 'npm run pdf',
      env: { STRATEGY_BUILD_DATE: '${{ needs.plan.outputs.date }}' },
    });
    const deploy = workflow.jobs.deploy!;
    expect(deploy.strategy!.matrix.include).toBe('${{ fromJSON(needs.plan.outputs.matrix) }}');
    expect(deploy.environment!.name).toBe("${{ matrix.host == 'github-pages' && 'github-pages' || format('trust-{0}', matrix.slug) }}");
    expect(deploy.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!.with).toMatchObject({
      name: 'site-${{ matrix.slug }}',
      path: 'dist/${{ matrix.slug }}/',
      'retention-days': 90,
    });
    expect(step('deploy', 'deploy').uses).toBe('./.github/actions/deploy-site');
    expect(step('rollback', 'deploy').uses).toBe('./.github/actions/deploy-site');
  });
});

describe("the workflow's commands, run here", () => {
  it('pull request: the check writes a Markdown report, and the comment adds the preview link', () => {
    runStep(step('pull-request', 'check'), { 'steps.touched.outputs.trusts': '["fenmoor"]' });
    const report = readFileSync(path.join(work, 'check-report.md'), 'utf8');
    expect(report).toMatch(/^### Content check: /);
    // The plain English advice of the trust the pull request changed, and of no other.
    const advice = report.slice(report.indexOf('### Plain English'));
    expect(advice).toMatch(/^### Plain English\n/);
    expect(advice).toMatch(/\*\*` fenmoor `\*\*: \d+ of \d+ pages above the target reading age of \d+/);
    expect(advice).toMatch(/- ` content\/fenmoor\/themes\.md `: (reading age \d+\.\d|too short to measure)/);
    expect(advice).not.toContain('harbourside');
    const url = 'https://github.com/example/sites/actions/runs/1/artifacts/2';
    runStep(step('pull-request', 'Write the comment'), {
      'steps.preview.outputs.artifact-url': url,
      'steps.touched.outputs.trusts': '["fenmoor"]',
    });
    const comment = readFileSync(path.join(work, 'pr-comment.md'), 'utf8');
    expect(comment.startsWith(report.trimEnd())).toBe(true);
    expect(comment).toContain(`[download the preview](${url})`);
    expect(comment).toContain('`fenmoor`');
    // No preview (the content had mistakes): the report alone.
    runStep(step('pull-request', 'Write the comment'), { 'steps.preview.outputs.artifact-url': '', 'steps.touched.outputs.trusts': '' });
    expect(readFileSync(path.join(work, 'pr-comment.md'), 'utf8')).not.toContain('Preview');
  });

  it('pull request: the touched trusts are listed as JSON, and a clean clone changed no code', () => {
    // Here the base branch is this clone's HEAD: a clean clone has changed nothing since it.
    const { outputs } = runStep(step('pull-request', 'touched'), {}, { env: { BASE: 'HEAD' } });
    expect(Array.isArray(JSON.parse(outputs.trusts!))).toBe(true);
    // A base git does not know fails the step rather than passing an empty list on.
    expect(() => runStep(step('pull-request', 'touched'), {}, { env: { BASE: 'no-such-base' } })).toThrow();
    expect(runStep(step('pull-request', 'changes'), {}, { env: { BASE: 'HEAD' } }).outputs.code).toBe('false');
  });

  it('pull request: a content-only change skips the full test suite; a change to code or tests runs it', () => {
    const repo = path.join(work, 'pr-repo');
    mkdirSync(repo);
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e.org' },
      });
    git('init', '-q', '-b', 'main');
    mkdirSync(path.join(repo, 'content', 'a'), { recursive: true });
    writeFileSync(path.join(repo, 'content', 'a', 'index.md'), '# A\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'edit');
    writeFileSync(path.join(repo, 'content', 'a', 'index.md'), '# A, edited\n');
    git('commit', '-qam', 'content');
    expect(changesCode(repo, 'main').code).toBe(false);
    mkdirSync(path.join(repo, 'tests'));
    writeFileSync(path.join(repo, 'tests', 'x.test.ts'), '');
    git('add', '-A');
    git('commit', '-q', '-m', 'test');
    expect(changesCode(repo, 'main').code).toBe(true);
  });

  it('main: the plan lists every trust never deployed, with its host, and building each shard publishes every trust once', () => {
    const { outputs } = runStep(step('plan', 'plan'), {}, { env: { SHARDS: '2', MODE: '' } });
    expect((JSON.parse(outputs.trusts!) as string[]).sort()).toEqual(slugs);
    expect(JSON.parse(outputs.matrix!)).toEqual(slugs.map((slug) => ({ slug, host: 'artifact' })));
    expect(outputs.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const shards = JSON.parse(outputs.shards!) as string[];
    expect(shards.length).toBeGreaterThan(0);
    const built: string[] = [];
    for (const shard of shards) {
      const { stdout } = runStep(step('build', "Build this shard's trusts"), {
        'needs.plan.outputs.trusts': outputs.trusts!,
        'matrix.shard': shard,
        'needs.plan.outputs.date': FIXED_BUILD_DATE,
      });
      built.push(...[...stdout.matchAll(/✓ ([a-z0-9-]+):/g)].map((match) => match[1]!));
    }
    expect(built.sort()).toEqual(slugs);
  });

  it('schedule: a trust whose survey has closed is rebuilt and deployed; a trust the date did not change is not', () => {
    // What is live: the sample trusts built on the fixed date, when the survey was open.
    const live = inject('builtSites');
    const repo = path.join(work, 'deployed');
    mkdirSync(repo);
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e.org' },
      });
    git('init', '-q', '-b', 'main');
    git('commit', '-q', '--allow-empty', '-m', 'deployed');
    const commit = git('rev-parse', 'HEAD').trim();
    for (const slug of ['ashdown-valley', 'fenmoor'])
      recordDeploy(repo, slug, { commit, digest: siteDigest(path.join(live, slug)), date: FIXED_BUILD_DATE, host: 'artifact' });
    expect(textOf(readPage(path.join(live, 'ashdown-valley'), 'have-your-say/'))).toContain('The survey closes on 28 February 2027');

    // The daily run: every trust is planned...
    const plan = runStep(step('plan', 'plan'), {}, { env: { SHARDS: '1', MODE: '--schedule' } }).outputs;
    expect(JSON.parse(plan.trusts!)).toEqual(expect.arrayContaining(['ashdown-valley', 'fenmoor']));
    // ...and built on a day after the survey closed.
    rmSync(path.join(work, 'dist'), { recursive: true, force: true });
    runStep(step('build', "Build this shard's trusts"), {
      'needs.plan.outputs.trusts': '["ashdown-valley","fenmoor"]',
      'matrix.shard': '1/1',
      'needs.plan.outputs.date': '2027-03-05',
    });
    const rebuilt = path.join(work, 'dist');
    expect(textOf(readPage(path.join(rebuilt, 'ashdown-valley'), 'have-your-say/'))).toContain('This survey closed on 28 February 2027');

    // The deploy job compares each site with what is live, from its dist/<slug>.
    const changed = (slug: string) => {
      rmSync(path.join(repo, 'dist'), { recursive: true, force: true });
      cpSync(path.join(rebuilt, slug), path.join(repo, 'dist', slug), { recursive: true });
      return runStep(step('deploy', 'changed'), { 'matrix.slug': slug, 'matrix.host': 'artifact' }, { cwd: repo }).outputs.changed;
    };
    expect(changed('ashdown-valley')).toBe('true');
    expect(changed('fenmoor')).toBe('false');
    // The deploy runs only for a changed site, and not for a trust published as an artifact only.
    expect(step('deploy', 'deploy').if).toBe("steps.changed.outputs.changed == 'true' && matrix.host != 'artifact'");
  });

  it('main: the record says which host has the site, so switching from artifact to a real host deploys it at the next run', () => {
    const live = inject('builtSites');
    const repo = path.join(work, 'host-change');
    const origin = path.join(work, 'host-change-origin.git');
    mkdirSync(repo);
    const git = (...args: string[]) => gitIn(repo, ...args);
    execFileSync('git', ['init', '-q', '--bare', origin]);
    git('init', '-q', '-b', 'main');
    git('commit', '-q', '--allow-empty', '-m', 'first');
    git('remote', 'add', 'origin', origin);
    cpSync(path.join(live, 'fenmoor'), path.join(repo, 'dist', 'fenmoor'), { recursive: true });
    const values = (host: string) => ({ 'matrix.slug': 'fenmoor', 'matrix.host': host, 'needs.plan.outputs.date': FIXED_BUILD_DATE });
    const env = { GITHUB_SHA: git('rev-parse', 'HEAD'), GITHUB_RUN_ID: '41' };
    const changed = (host: string) => runStep(step('deploy', 'changed'), values(host), { cwd: repo, env }).outputs.changed;
    // The default host keeps the artifact and deploys nothing: recorded as that, and pushed.
    expect(changed('artifact')).toBe('true');
    expect(step('deploy', 'deploy').if).toContain("matrix.host != 'artifact'");
    runStep(step('deploy', 'Record what is live'), values('artifact'), { cwd: repo, env });
    expect(readRecord(repo, deployedTag('fenmoor'))).toMatchObject({ host: 'artifact', run: '41' });
    expect(gitIn(origin, 'tag', '-l')).toContain('deployed/fenmoor');
    expect(changed('artifact')).toBe('false');
    // Netlify chosen: the same files, but Netlify has nothing yet, so the deploy job deploys.
    expect(changed('netlify')).toBe('true');
    runStep(step('deploy', 'Record what is live'), values('netlify'), { cwd: repo, env });
    expect(readRecord(repo, deployedTag('fenmoor'))!.host).toBe('netlify');
    expect(changed('netlify')).toBe('false');
  });

  it('pull request: a touched trust on a host with preview deployments is deployed there and its address commented', () => {
    // A repository whose trusts are on Netlify, Cloudflare Pages and S3 (no previews).
    const repo = path.join(work, 'previews');
    for (const slug of ['fenmoor', 'harbourside', 'ashdown-valley']) {
      mkdirSync(path.join(repo, 'content', slug), { recursive: true });
      writeFileSync(path.join(repo, 'content', slug, 'trust.yaml'), `name: ${slug}\n`);
    }
    mkdirSync(path.join(repo, '.github'));
    writeFileSync(
      path.join(repo, '.github', 'deploy-hosts.yml'),
      'default: artifact\ntrusts:\n  fenmoor: netlify\n  harbourside: cloudflare-pages\n  ashdown-valley: s3\n',
    );
    const { outputs } = runStep(
      step('pull-request', 'previews'),
      { 'steps.touched.outputs.trusts': '["ashdown-valley","fenmoor","harbourside"]' },
      { cwd: repo },
    );
    expect(JSON.parse(outputs.matrix!)).toEqual([
      { slug: 'fenmoor', host: 'netlify' },
      { slug: 'harbourside', host: 'cloudflare-pages' },
    ]);
    // One job per preview, after the build, in an environment open to pull requests, not for forks.
    const job = workflow.jobs.preview!;
    expect(job.strategy!.matrix.include).toBe('${{ fromJSON(needs.pull-request.outputs.previews) }}');
    expect(job.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect(job.environment!.name).toBe('preview-${{ matrix.slug }}');
    expect(step('preview', 'deploy').with).toMatchObject({ preview: 'pr-${{ github.event.pull_request.number }}' });

    // Netlify, through a stand-in for netlify-cli: a deploy preview under the pull request's alias, never --prod.
    const tools = path.join(work, 'preview-tools');
    mkdirSync(tools);
    const calls = path.join(work, 'preview-calls.txt');
    writeFileSync(
      path.join(tools, 'npx'),
      `#!/bin/sh\necho "npx $*" >> "${calls}"\necho '{"deploy_url":"https://pr-7--fenmoor-strategy.netlify.app"}'\n`,
      { mode: 0o755 },
    );
    writeFileSync(
      path.join(tools, 'gh'),
      `#!/bin/sh\necho "gh $*" >> "${calls}"\ncase "$1" in api) [ "$2" = "--paginate" ] && printf '%s' "$EXISTING" ;; esac\nexit 0\n`,
      { mode: 0o755 },
    );
    const actionStep = (id: string) => deployAction.runs.steps.find((candidate) => candidate.id === id)!;
    expect(actionStep('netlify-preview').if).toBe("inputs.host == 'netlify' && inputs.preview != ''");
    const netlify = runStep(
      actionStep('netlify-preview'),
      { 'inputs.netlify-token': 't', 'inputs.netlify-site': 'site-id', 'inputs.preview': 'pr-7' },
      { env: { PATH: tools, RUNNER_TEMP: work } },
    );
    expect(netlify.outputs.url).toBe('https://pr-7--fenmoor-strategy.netlify.app');
    const deployCall = readFileSync(calls, 'utf8');
    expect(deployCall).toContain('deploy --no-build');
    expect(deployCall).toContain('--alias pr-7');
    expect(deployCall).not.toContain('--prod');
    // Cloudflare Pages: a branch preview of the same name; the live site stays the main branch.
    expect(actionStep('cloudflare').with!.command).toContain("--branch=${{ inputs.preview || 'main' }}");

    // The comment: the address of the site in its folder there, which opens in a browser.
    const comment = runStep(
      step('preview', 'address'),
      {
        'matrix.slug': 'harbourside',
        'matrix.host': 'cloudflare-pages',
        'steps.deploy.outputs.preview-url': 'https://pr-7.harbourside.pages.dev',
        'steps.deploy.outputs.base': '/our-strategy/',
      },
      { cwd: work },
    );
    expect(comment.outputs.url).toBe('https://pr-7.harbourside.pages.dev/our-strategy/');
    // Only an https:// address from the host is ever commented as the preview.
    expect(() => previewAddress('javascript:alert(1)//', '/')).toThrow(/not an https:\/\/ address/);
    const body = readFileSync(path.join(work, 'preview-comment.md'), 'utf8');
    expect(body).toMatch(/^<!-- strategy-sites-preview:harbourside -->\n### Preview of `harbourside`/);
    expect(body).toContain('Open the preview: https://pr-7.harbourside.pages.dev/our-strategy/');
    // Posted once, then updated by each push.
    const post = step('preview', "Comment the preview's address on the pull request");
    const values = { 'github.token': 't', 'github.event.pull_request.number': '7', 'matrix.slug': 'harbourside' };
    writeFileSync(calls, '');
    runStep(post, values, { cwd: work, env: { PATH: tools, EXISTING: '' } });
    expect(readFileSync(calls, 'utf8')).toContain('gh pr comment 7 --body-file preview-comment.md');
    writeFileSync(calls, '');
    runStep(post, values, { cwd: work, env: { PATH: tools, EXISTING: '123' } });
    expect(readFileSync(calls, 'utf8')).toContain(
      'gh api --method PATCH repos/{owner}/{repo}/issues/comments/123 -F body=@preview-comment.md',
    );
    expect(readFileSync(calls, 'utf8')).not.toContain('pr comment');
  });

  it('external links: broken links to other websites are reported per trust in plain words, politely, never failing', async () => {
    // "Other websites" on this machine: one page that works, one that has gone.
    const server = createServer((request, response) => {
      response.statusCode = request.url === '/still-here' ? 200 : 404;
      response.end('a page');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const site = path.join(work, 'links-site');
    mkdirSync(path.join(site, 'goals'), { recursive: true });
    writeFileSync(
      path.join(site, 'index.html'),
      `<!doctype html><title>Home</title><a href="http://127.0.0.1:${port}/still-here">fine</a><a href="/our-strategy/goals/">ours</a>`,
    );
    writeFileSync(
      path.join(site, 'goals', 'index.html'),
      `<!doctype html><title>Goals</title><a href="http://127.0.0.1:${port}/gone">gone</a>`,
    );
    try {
      const broken = await brokenExternalLinks(site, 'https://harbourside.example/our-strategy/', { timeout: 30 });
      expect(broken).toEqual([
        { url: `http://127.0.0.1:${port}/gone`, status: 404, pages: ['https://harbourside.example/our-strategy/goals/'] },
      ]);
      const report = linkReport('Harbourside Hospitals NHS Foundation Trust', 'harbourside', broken, '2026-11-29');
      expect(report).toContain("1 link from Harbourside Hospitals NHS Foundation Trust's strategy site to other websites did not work");
      expect(report).toContain('the page is not there any more ("not found")');
      expect(report).toContain('Linked from: https://harbourside.example/our-strategy/goals/');
    } finally {
      server.close();
    }
    // It runs on its own schedule only, never on a pull request, and files one issue per trust.
    expect(Object.keys(linksWorkflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(step('check', 'One issue per trust', linksWorkflow).run).toMatch(/gh issue (edit|create)/);
  });
});
