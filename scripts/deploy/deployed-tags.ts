/**
 * What each trust has live, recorded in git as annotated tags so that every run on main can
 * build exactly what changed since the last successful deploy of each trust, whichever runs
 * were cancelled in between:
 *
 * - `deployed/<slug>` points at the commit whose build is live; its message records the
 *   run that built it (where its artifact is), the build date, a digest of the site and the
 *   host it went to (`artifact` when nothing was deployed, only kept), so that choosing another
 *   host deploys the site there at the next run.
 * - `deployed-previous/<slug>` is the deploy before it: what a rollback puts back.
 *
 * A tag only moves forward along main: a record for a commit that is not a descendant of the
 * recorded one is refused, so a slow, older run can never make a newer deploy look undone.
 */
import { execFileSync } from 'node:child_process';

export interface DeployRecord {
  commit: string;
  /** The workflow run whose artifact `site-<slug>` holds the site, when there is one. */
  run?: string;
  /** The date the site was built for (STRATEGY_BUILD_DATE, YYYY-MM-DD). */
  date?: string;
  /** sha256 of every file's path and bytes (./site-digest.ts). */
  digest?: string;
  /**
   * Where it went (./hosts.ts): `artifact` when it was only kept as the run's artifact. A
   * record without one (written before hosts were recorded) cannot say a host has the site.
   */
  host?: string;
}

export const deployedTag = (slug: string) => `deployed/${slug}`;
export const previousTag = (slug: string) => `deployed-previous/${slug}`;

function git(root: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
}

/** The record behind a tag, or undefined when the trust has never been deployed. */
export function readRecord(root: string, tag: string): DeployRecord | undefined {
  let commit: string;
  try {
    commit = git(root, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]).trim();
  } catch {
    return undefined;
  }
  let details: Omit<DeployRecord, 'commit'> = {};
  try {
    const message = git(root, ['tag', '-l', '--format=%(contents)', tag]).trim();
    details = JSON.parse(message) as typeof details;
  } catch {
    // A lightweight tag or a hand-written message: only the commit is known.
  }
  return { ...details, commit };
}

export function isAncestor(root: string, older: string, newer: string): boolean {
  try {
    git(root, ['merge-base', '--is-ancestor', older, newer]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Records a deploy of `record.commit` for the trust: the old `deployed/<slug>` becomes
 * `deployed-previous/<slug>` when its site was different. Returns the tags to push.
 */
export function recordDeploy(root: string, slug: string, record: DeployRecord): string[] {
  const current = readRecord(root, deployedTag(slug));
  if (current && !isAncestor(root, current.commit, record.commit))
    throw new Error(
      `${deployedTag(slug)} is at ${current.commit.slice(0, 12)}, which is not an ancestor of ${record.commit.slice(0, 12)}: a newer deploy is already recorded, so this one is not.`,
    );
  const identity = {
    GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME ?? 'strategy-sites deploy',
    GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL ?? 'strategy-sites-deploy@users.noreply.github.com',
  };
  const tags = [deployedTag(slug)];
  // Only a different site makes the live one "previous": a rebuild with the same files only moves the record forward.
  if (current && current.digest !== record.digest) {
    const { commit, ...details } = current;
    git(root, ['tag', '-f', '-a', previousTag(slug), commit, '-m', JSON.stringify(details)], identity);
    tags.push(previousTag(slug));
  }
  const { commit, ...details } = record;
  git(root, ['tag', '-f', '-a', deployedTag(slug), commit, '-m', JSON.stringify(details)], identity);
  return tags;
}
