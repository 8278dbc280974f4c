/**
 * node scripts/deploy/rollback-source.ts --trust <slug>: what a rollback puts back, for the
 * workflow's rollback job: the run whose `site-<slug>` artifact was live before the current
 * deploy (the git tag deployed-previous/<slug>), and the trust's host. Prints lines for
 * $GITHUB_OUTPUT: `run=`, `commit=`, `host=`.
 */
import path from 'node:path';
import { listTrustFolders } from '../../src/reader/trust-folders.ts';
import { previousTag, readRecord } from './deployed-tags.ts';
import { hostsFor, readHostChoices } from './hosts.ts';
import { parseCommandLine, stop } from '../cli/arguments.ts';

export function rollbackSource(root: string, slug: string, run?: string): { run: string; commit: string; host: string } {
  const slugs = listTrustFolders(path.join(root, 'content')).map((folder) => folder.slug);
  if (!slugs.includes(slug)) throw new Error(`there is no trust "${slug}" under content/.`);
  const host = hostsFor(slugs, readHostChoices(root))[slug]!;
  if (run) return { run, commit: '', host };
  const previous = readRecord(root, previousTag(slug));
  if (!previous?.run)
    throw new Error(
      `${slug} has no earlier deploy recorded (git tag ${previousTag(slug)} with its run). Give the run to put back with the run-id input.`,
    );
  return { run: previous.run, commit: previous.commit, host };
}

if (import.meta.main) {
  const command = 'node scripts/deploy/rollback-source.ts';
  const { values } = parseCommandLine({
    command,
    usage: '--trust <slug> [--run <id>]',
    summary: "Says which workflow run's artifact a rollback redeploys for a trust (the deploy before the current one), and to which host.",
    options: {
      trust: { type: 'string', value: 'slug', description: 'the trust (required)' },
      run: { type: 'string', value: 'id', description: 'put back this run instead of the previous deploy' },
    },
    examples: [['node scripts/deploy/rollback-source.ts --trust harbourside >> "$GITHUB_OUTPUT"', 'in the rollback job']],
  });
  const slug = values.trust ?? stop(`${command}: say which trust with --trust <slug>.`);
  // An empty --run (the input left blank) means the deploy before the current one.
  if (values.run && !/^\d+$/.test(values.run)) stop(`${command}: --run must be a workflow run's number, not "${values.run}".`);
  try {
    const source = rollbackSource(process.cwd(), slug, values.run || undefined);
    console.log(`run=${source.run}\ncommit=${source.commit}\nhost=${source.host}`);
  } catch (error) {
    stop(`${command}: ${(error as Error).message}`);
  }
}
