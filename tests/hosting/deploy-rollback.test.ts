/**
 * Deploy and rollback, through the workflow's own steps, against a local stand-in for a
 * host: the `folder` host (a folder Debian's nginx serves, with the configuration from
 * `npm run nginx-config`). The steps of the deploy job and of the shared deploy action
 * (.github/actions/deploy-site) run here as the runner would run them, in a temporary git
 * repository with a bare "origin" that receives the deployed/<slug> tags; artifacts are
 * kept in a folder by run number, as GitHub keeps them. Three runs deploy two versions of
 * a sample trust (the third builds the same site again, and deploys nothing); the rollback
 * job then puts the first version back, and nginx serves it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../support/built-sites.ts';
import { sampleTrusts } from '../support/sample-trusts.ts';
import { startNginx, type RunningNginx } from './nginx-server.ts';
import { gitIn } from '../support/git.ts';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
const workflow = parse(readFileSync(path.join(repoRoot, '.github', 'workflows', 'strategy-sites.yml'), 'utf8')) as {
  jobs: Record<string, { steps: Step[] }>;
};
const action = parse(readFileSync(path.join(repoRoot, '.github', 'actions', 'deploy-site', 'action.yml'), 'utf8')) as {
  runs: { steps: Step[] };
};
const jobStep = (job: string, name: string) => workflow.jobs[job]!.steps.find((step) => step.id === name || step.name === name)!;

const slug = 'harbourside';
const { basePath } = sampleTrusts[slug];
let work: string;
let repo: string;
let nginx: RunningNginx | undefined;
const git = (...args: string[]) => gitIn(repo, ...args);

/**
 * Runs a step's script with bash in the temporary repository, with `${{ }}` filled from
 * `values`, the repository's scripts called by their full path, and $GITHUB_OUTPUT read back.
 */
function runStep(step: Step, values: Record<string, string>, env: Record<string, string> = {}): Record<string, string> {
  const fill = (text: string) =>
    text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_match, expression: string) => {
      if (!(expression in values)) throw new Error(`The test has no value for \${{ ${expression} }}`);
      return values[expression]!;
    });
  const output = path.join(work, `output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(output, '');
  const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, fill(String(value))]));
  execFileSync('bash', ['-e', '-c', fill(step.run!).replaceAll('node scripts/', `node ${repoRoot}/scripts/`)], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...stepEnv,
      ...env,
      GITHUB_OUTPUT: output,
      RUNNER_TEMP: path.join(work, 'runner-temp'),
      PATH: `${path.dirname(process.execPath)}:${process.env.PATH}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return Object.fromEntries(
    readFileSync(output, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

/** The shared deploy action for `inputs`, as the runner runs it: only its steps for that host. */
function runDeployAction(inputs: Record<string, string>): void {
  const values = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`inputs.${name}`, value]));
  const outputs: Record<string, string> = {};
  for (const step of action.runs.steps) {
    // Conditions on the inputs only ("inputs.host == 'netlify' && inputs.preview != ''"); an input not given is ''.
    const terms = step.if ? step.if.split(' && ').map((term) => /^inputs\.([a-z-]+) (==|!=) '([a-z0-9-]*)'$/.exec(term)) : [];
    if (terms.some((term) => !term)) throw new Error(`The test cannot decide "if: ${step.if}"`);
    if (!terms.every((term) => ((inputs[term![1]!] ?? '') === term![3]) === (term![2] === '=='))) continue;
    // Every step the folder host takes is a script this test can run; none is a GitHub action.
    expect(step.uses, step.name).toBeUndefined();
    Object.assign(outputs, runStep(step, { ...values, 'runner.temp': path.join(work, 'runner-temp') }));
  }
  expect(outputs.url).toBe(`https://harbourside.example${basePath}`);
}

/** One run of the deploy job for the trust: its artifact kept, the deploy if the site changed, the record pushed. */
function deployRun(run: string, site: string): { changed: string } {
  git('commit', '-q', '--allow-empty', '-m', `run ${run}`);
  const sha = git('rev-parse', 'HEAD');
  // The job's workspace: dist/<slug> from the build; its artifact, site-<slug>, kept by run.
  rmSync(path.join(repo, 'dist'), { recursive: true, force: true });
  cpSync(site, path.join(repo, 'dist', slug), { recursive: true });
  cpSync(site, path.join(work, 'artifacts', run, `site-${slug}`), { recursive: true });
  const values = { 'matrix.slug': slug, 'matrix.host': 'folder', 'needs.plan.outputs.date': '2026-11-23' };
  const { changed } = runStep(jobStep('deploy', 'changed'), values);
  if (changed === 'true') runDeployAction({ trust: slug, host: 'folder', site: `dist/${slug}`, folder: path.join(work, 'served') });
  runStep(jobStep('deploy', 'Record what is live'), values, { GITHUB_SHA: sha, GITHUB_RUN_ID: run });
  return { changed: changed! };
}

const homeText = async () => (await (await fetch(`${nginx!.origin}${basePath}`)).text()).includes('Version two of this site');

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-deploy-'));
  repo = path.join(work, 'repo');
  execFileSync('git', ['init', '-q', '--bare', path.join(work, 'origin.git')]);
  mkdirSync(repo);
  git('init', '-q', '-b', 'main');
  git('remote', 'add', 'origin', path.join(work, 'origin.git'));
  // What the checkout holds that the steps read: the trust's settings and the host chosen for it.
  cpSync(path.join(repoRoot, 'content', slug, 'trust.yaml'), path.join(repo, 'content', slug, 'trust.yaml'));
  mkdirSync(path.join(repo, '.github'));
  writeFileSync(path.join(repo, '.github', 'deploy-hosts.yml'), `trusts:\n  ${slug}: folder\n`);
  writeFileSync(path.join(repo, '.gitignore'), 'dist/\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'first');

  // nginx serves the folder the deploys manage, with the trust's generated configuration.
  const nginxConfig = execFileSync(
    process.execPath,
    [path.join(repoRoot, 'scripts', 'hosting', 'nginx-config.ts'), '--trust', slug, '--root', path.join(work, 'served')],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  mkdirSync(path.join(work, 'www'));
  nginx = await startNginx(work, path.join(work, 'www'), nginxConfig);
});

afterAll(() => {
  nginx?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe(`deploy and rollback of ${slug} to a folder served by nginx, through the workflow's steps`, () => {
  it('deploys each new site, records it on origin, deploys nothing when the site is unchanged, and rolls back to the one before', async () => {
    const first = path.join(inject('builtSites'), slug);
    // A second build of the trust, with different words on its home page.
    const second = path.join(work, 'second');
    cpSync(first, second, { recursive: true });
    const home = path.join(second, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('<main', '<p>Version two of this site</p><main'));

    expect(deployRun('101', first).changed).toBe('true');
    expect((await fetch(`${nginx!.origin}${basePath}goals/`)).status).toBe(200);
    expect(await homeText()).toBe(false);

    expect(deployRun('102', second).changed).toBe('true');
    expect(await homeText()).toBe(true);

    // The same site again (another commit, nothing changed for this trust): not deployed, the record moves on.
    expect(deployRun('103', second).changed).toBe('false');
    expect(await homeText()).toBe(true);
    const remote = execFileSync('git', ['ls-remote', '--tags', path.join(work, 'origin.git')], { encoding: 'utf8' });
    expect(remote).toContain(`refs/tags/deployed/${slug}`);
    expect(remote).toContain(`refs/tags/deployed-previous/${slug}`);

    // The rollback job: which run to put back, its artifact downloaded, the same deploy action.
    git('fetch', '-q', '--tags', '--force', 'origin');
    const source = runStep(jobStep('rollback-plan', 'source'), { 'inputs.trust': slug, 'inputs.run-id': '' });
    expect(source).toMatchObject({ run: '101', host: 'folder' });
    const previous = path.join(repo, 'previous-site');
    rmSync(previous, { recursive: true, force: true });
    cpSync(path.join(work, 'artifacts', source.run!, `site-${slug}`), previous, { recursive: true });
    runDeployAction({ trust: slug, host: source.host!, site: 'previous-site', folder: path.join(work, 'served') });
    expect(await homeText()).toBe(false);
    expect((await fetch(`${nginx!.origin}${basePath}goals/`)).status).toBe(200);
  });
});
