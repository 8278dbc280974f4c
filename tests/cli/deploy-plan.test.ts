/**
 * Nothing lost on main: scripts/deploy/plan.ts chooses what a run builds from each trust's
 * last successful deploy (the git tag deployed/<slug>), so a cancelled or failed run's
 * trusts are built by the next run. Replayed here in a temporary git repository: pushes,
 * runs that deploy, a run cancelled before it deployed and a run whose deploy failed for
 * one trust; at the end every trust's live commit has everything on main.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedTrusts } from '../../scripts/build/trust-selection.ts';
import { deployedTag, previousTag, readRecord, recordDeploy } from '../../scripts/deploy/deployed-tags.ts';
import { planDeploy } from '../../scripts/deploy/plan.ts';
import { repoRoot } from '../support/built-sites.ts';
import { gitIn } from '../support/git.ts';

let repo: string;
const git = (...args: string[]) => gitIn(repo, ...args);
function push(files: Record<string, string>, message: string): string {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  }
  git('add', '-A');
  git('commit', '-q', '-m', message);
  return git('rev-parse', 'HEAD');
}
/** A run on main: plans at its commit, then deploys each planned trust unless that trust's deploy fails. */
function run(commit: string, failing: string[] = []): string[] {
  git('checkout', '-q', commit);
  const plan = planDeploy({ root: repo, mode: 'push', shards: 2 });
  for (const slug of plan.trusts)
    if (!failing.includes(slug)) recordDeploy(repo, slug, { commit, digest: `${slug}@${commit}`, host: plan.hosts[slug]! });
  git('checkout', '-q', 'main');
  return plan.trusts;
}

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'strategy-deploy-plan-'));
  git('init', '-q', '-b', 'main');
  push(
    {
      'content/alpha/trust.yaml': 'name: Alpha\n',
      'content/beta/trust.yaml': 'name: Beta\n',
      'content/gamma/trust.yaml': 'name: Gamma\n',
      'src/site.ts': 'export const version = 1;\n',
      'docs/hosting.md': '# Hosting\n',
    },
    'first',
  );
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('a sequence of pushes to main, one run cancelled and one deploy failed', () => {
  it('builds every changed trust in a later run, and nothing twice once it is live', () => {
    // Run 1: nothing deployed yet, so every trust.
    expect(run(git('rev-parse', 'HEAD'))).toEqual(['alpha', 'beta', 'gamma']);

    // Push 2 changes alpha; its run is cancelled by push 3 before it deploys anything.
    const second = push({ 'content/alpha/index.md': '# Alpha news\n' }, 'alpha');
    git('checkout', '-q', second);
    expect(planDeploy({ root: repo, mode: 'push', shards: 2 }).trusts).toEqual(['alpha']);
    git('checkout', '-q', 'main');

    // Push 3 changes beta. Built from "the push before" it would miss alpha...
    const third = push({ 'content/beta/index.md': '# Beta news\n' }, 'beta');
    expect(
      changedTrusts({ root: repo, contentDir: path.join(repo, 'content'), ref: second, trusts: ['alpha', 'beta', 'gamma'] }),
    ).toMatchObject({
      kind: 'some',
      slugs: ['beta'],
    });
    // ...built from each trust's last deploy, it takes both.
    expect(run(third)).toEqual(['alpha', 'beta']);

    // Push 4 changes shared code: every trust; gamma's deploy fails.
    const fourth = push({ 'src/site.ts': 'export const version = 2;\n' }, 'code');
    expect(run(fourth, ['gamma'])).toEqual(['alpha', 'beta', 'gamma']);

    // Push 5 changes only documentation: gamma is still owed the code change, the others nothing.
    const fifth = push({ 'docs/hosting.md': '# Hosting, again\n' }, 'docs');
    expect(run(fifth)).toEqual(['gamma']);

    // Now every trust is live with everything on main, and a run builds nothing.
    expect(run(git('rev-parse', 'HEAD'))).toEqual([]);
    for (const slug of ['alpha', 'beta', 'gamma']) {
      const live = readRecord(repo, deployedTag(slug))!.commit;
      expect(git('diff', '--name-only', live, 'HEAD', '--', 'content', 'src'), slug).toBe('');
    }
  });

  it('keeps the deploy before the last one for a rollback', () => {
    const live = readRecord(repo, deployedTag('gamma'))!;
    const previous = readRecord(repo, previousTag('gamma'))!;
    expect(previous.commit).not.toBe(live.commit);
    expect(previous.digest).toBe(`gamma@${previous.commit}`);
  });

  it('never records an older commit over a newer deploy', () => {
    const first = git('rev-list', '--max-parents=0', 'HEAD');
    expect(() => recordDeploy(repo, 'alpha', { commit: first })).toThrow(/not an ancestor/);
  });

  it('the daily schedule builds every trust, saying why', () => {
    const plan = planDeploy({ root: repo, mode: 'schedule', shards: 2 });
    expect(plan.trusts).toEqual(['alpha', 'beta', 'gamma']);
    expect(plan.reasons.alpha).toMatch(/daily rebuild/);
  });

  it('gives each trust the host chosen for it in .github/deploy-hosts.yml', () => {
    push({ '.github/deploy-hosts.yml': 'default: artifact\ntrusts:\n  beta: azure-static-web-apps\n' }, 'hosts');
    const plan = planDeploy({ root: repo, mode: 'all', shards: 1 });
    expect(plan.hosts).toEqual({ alpha: 'artifact', beta: 'azure-static-web-apps', gamma: 'artifact' });
    push({ '.github/deploy-hosts.yml': 'trusts:\n  alpha: github-pages\n  beta: github-pages\n' }, 'two pages');
    expect(() => planDeploy({ root: repo, mode: 'all', shards: 1 })).toThrow(/one site per repository/);
    push({ '.github/deploy-hosts.yml': 'trusts:\n  alpha: ftp\n' }, 'unknown host');
    expect(() => planDeploy({ root: repo, mode: 'all', shards: 1 })).toThrow(/must be one of: artifact, github-pages/);
    push({ '.github/deploy-hosts.yml': 'trusts: {}\n' }, 'no hosts');
    // A folder name becomes job, artifact and tag names: one that is not a slug stops the plan.
    push({ 'content/$(touch x)/trust.yaml': 'name: Odd\n' }, 'odd folder');
    expect(() => planDeploy({ root: repo, mode: 'all', shards: 1 })).toThrow(/is not a trust folder name/);
  });
});

describe('a change of host', () => {
  let hostsRepo: string;
  const hostsGit = (...args: string[]) => gitIn(hostsRepo, ...args);
  beforeAll(() => {
    hostsRepo = mkdtempSync(path.join(tmpdir(), 'strategy-deploy-hosts-'));
    hostsGit('init', '-q', '-b', 'main');
    for (const slug of ['alpha', 'beta']) {
      mkdirSync(path.join(hostsRepo, 'content', slug), { recursive: true });
      writeFileSync(path.join(hostsRepo, 'content', slug, 'trust.yaml'), `name: ${slug}\n`);
    }
    hostsGit('add', '-A');
    hostsGit('commit', '-q', '-m', 'first');
  });
  afterAll(() => rmSync(hostsRepo, { recursive: true, force: true }));

  it('deploys a trust to its new host at the next run, though none of its files changed', () => {
    // Both kept as artifacts only (the default host): recorded as such, nowhere live.
    const first = hostsGit('rev-parse', 'HEAD');
    const plan = planDeploy({ root: hostsRepo, mode: 'push', shards: 1 });
    expect(plan.hosts).toEqual({ alpha: 'artifact', beta: 'artifact' });
    for (const slug of plan.trusts) recordDeploy(hostsRepo, slug, { commit: first, digest: slug, host: plan.hosts[slug]! });
    expect(planDeploy({ root: hostsRepo, mode: 'push', shards: 1 }).trusts).toEqual([]);
    // The web team chooses Netlify for beta: nothing in content/beta/ changed, and beta is deployed.
    mkdirSync(path.join(hostsRepo, '.github'));
    writeFileSync(path.join(hostsRepo, '.github', 'deploy-hosts.yml'), 'default: artifact\ntrusts:\n  beta: netlify\n');
    hostsGit('add', '-A');
    hostsGit('commit', '-q', '-m', 'beta on netlify');
    const next = planDeploy({ root: hostsRepo, mode: 'push', shards: 1 });
    expect(next.trusts).toEqual(['beta']);
    expect(next.reasons.beta).toBe('its host changed from artifact to netlify since its last deploy');
    recordDeploy(hostsRepo, 'beta', { commit: hostsGit('rev-parse', 'HEAD'), digest: 'beta', host: 'netlify' });
    expect(planDeploy({ root: hostsRepo, mode: 'push', shards: 1 }).trusts).toEqual([]);
  });

  it('deploys a trust whose last record does not say where it went (an artifact, perhaps)', () => {
    recordDeploy(hostsRepo, 'alpha', { commit: hostsGit('rev-parse', 'HEAD'), digest: 'alpha' });
    expect(planDeploy({ root: hostsRepo, mode: 'push', shards: 1 }).reasons).toEqual({
      alpha: 'its last deploy does not record its host, so artifact may not have it',
    });
  });
});

describe("this repository's host choices", () => {
  it('name only trusts under content/ and known hosts', () => {
    const plan = planDeploy({ root: repoRoot, mode: 'all', shards: 4 });
    expect(plan.trusts.length).toBeGreaterThan(0);
  });
});
