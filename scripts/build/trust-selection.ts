/**
 * Which trusts a build takes when a fleet is split: `--shard k/n` (a stable share of the
 * fleet, for a CI matrix) and `--changed-since <git ref>` (only the trusts whose content
 * changed, or every trust when something they all share changed).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import path from 'node:path';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** "2/4" → { index: 2, count: 4 }; a message in plain words when it is not that shape. */
export function parseShard(text: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    return `--shard needs "k/n" with 1 <= k <= n, for example --shard 1/4 for the first of four shards, not "${text}".`;
  return { index, count };
}

/**
 * The shard a trust belongs to, from a hash of its slug: a trust keeps its shard when other
 * trusts are added or removed (unlike dealing them out in order), so a CI job's cache and
 * artifacts stay with the same trusts.
 */
export function shardOf(slug: string, count: number): number {
  return (createHash('sha256').update(slug).digest().readUInt32BE(0) % count) + 1;
}

export type ChangedTrusts = { kind: 'all'; because: string } | { kind: 'some'; slugs: string[]; removed: string[] } | { kind: 'none' };

/**
 * Files outside the content folder that cannot change what is published: documentation,
 * tests, CI and editor settings. Anything else outside content/ (src/, scripts/,
 * package*.json, astro.config.mjs, …) is shared by every trust, so every trust is rebuilt.
 */
const NOT_BUILD_INPUTS = [/^docs\//, /^tests\//, /^\.github\//, /^\.ci\//, /^[^/]+\.md$/, /^\.prettier/, /^\.gitignore$/, /^\.vscode\//];

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * What changed between the merge base of `ref` and HEAD, plus uncommitted and untracked
 * files: on a pull request that is what the pull request changes; on a laptop, also what
 * is being edited. Throws a plain message when `ref` is not known to git.
 */
export function changedTrusts(options: { root: string; contentDir: string; ref: string; trusts: string[] }): ChangedTrusts {
  const contentDir = realpathSync(options.contentDir);
  let top: string;
  let changed: string[];
  try {
    top = git(contentDir, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    throw new Error(`--changed-since needs the content folder to be in a git repository, and ${options.contentDir} is not.`);
  }
  try {
    git(top, ['rev-parse', '--verify', '--quiet', `${options.ref}^{commit}`]);
  } catch {
    throw new Error(
      `--changed-since: git does not know "${options.ref}". Give a branch, tag or commit, for example origin/main (in CI, fetch it first).`,
    );
  }
  const base = git(top, ['merge-base', options.ref, 'HEAD']).trim();
  changed = [
    ...git(top, ['diff', '--name-only', '--no-renames', base]).split('\n'),
    ...git(top, ['ls-files', '--others', '--exclude-standard']).split('\n'),
  ].filter(Boolean);

  const projectIsRepo = realpathSync(options.root) === realpathSync(top);
  const slugs = new Set<string>();
  for (const file of changed) {
    const inContent = path.relative(contentDir, path.join(top, file));
    if (!inContent.startsWith('..') && !path.isAbsolute(inContent)) {
      const slug = inContent.split(path.sep)[0]!;
      // A file directly in the content folder (a README) belongs to no trust.
      if (inContent.includes(path.sep)) slugs.add(slug);
      continue;
    }
    if (projectIsRepo && !NOT_BUILD_INPUTS.some((pattern) => pattern.test(file)))
      return { kind: 'all', because: `${file} changed, and every trust is built with it` };
  }
  if (slugs.size === 0) return { kind: 'none' };
  return {
    kind: 'some',
    slugs: [...slugs].filter((slug) => options.trusts.includes(slug)).sort(),
    removed: [...slugs].filter((slug) => !options.trusts.includes(slug)).sort(),
  };
}
