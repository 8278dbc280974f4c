/**
 * node scripts/deploy/plan.ts: which trusts a run on main builds and deploys, and where.
 *
 * A trust is built when anything it is built from changed since its last successful deploy
 * (the commit of its `deployed/<slug>` tag, ./deployed-tags.ts), not since the previous push:
 * when a run is cancelled or fails, the next run still builds what it would have deployed.
 * A trust never deployed is built, and so is one whose host is not the one its last deploy went
 * to (a change from `artifact` to a real host deploys at the next run). On the daily schedule every trust is built, because the
 * date alone can change a site (an event passes, a survey closes); the deploy job then
 * deploys only the sites whose files differ from what is live (./site-digest.ts).
 */
import path from 'node:path';
import { listTrustFolders } from '../../src/reader/trust-folders.ts';
import { changedTrusts, shardOf, type ChangedTrusts } from '../build/trust-selection.ts';
import { deployedTag, readRecord } from './deployed-tags.ts';
import { hostsFor, readHostChoices, type HostKind } from './hosts.ts';
import { parseCommandLine, stop, wholeNumber } from '../cli/arguments.ts';

export type PlanMode = 'push' | 'schedule' | 'all';

export interface DeployPlan {
  /** Trusts to build, sorted. */
  trusts: string[];
  /** Why each is built, in plain words. */
  reasons: Record<string, string>;
  /** The host of each trust to build. */
  hosts: Record<string, HostKind>;
  /** "k/n" for each shard that has a trust to build. */
  shards: string[];
}

export function planDeploy(options: { root: string; contentDir?: string; mode: PlanMode; shards: number }): DeployPlan {
  const contentDir = options.contentDir ?? path.join(options.root, 'content');
  const slugs = listTrustFolders(contentDir).map((folder) => folder.slug);
  // Slugs become job names, artifact names, environment names and tag names: only the check's alphabet.
  const odd = slugs.find((slug) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug));
  if (odd !== undefined)
    throw new Error(
      `content/${odd}/ is not a trust folder name (lower case letters, numbers and single dashes); rename it. Nothing was planned.`,
    );
  const allHosts = hostsFor(slugs, readHostChoices(options.root));
  const reasons: Record<string, string> = {};
  // Many trusts share the commit of their last deploy: ask git once per commit.
  const changesSince = new Map<string, ChangedTrusts>();
  for (const slug of slugs) {
    if (options.mode === 'all') {
      reasons[slug] = 'every trust was asked for';
      continue;
    }
    const record = readRecord(options.root, deployedTag(slug));
    if (!record) {
      reasons[slug] = 'never deployed';
      continue;
    }
    // Another host than the last deploy's (artifact -> netlify, say) has nothing yet: deploy there now.
    const host = allHosts[slug]!;
    if (record.host !== host) {
      reasons[slug] = record.host
        ? `its host changed from ${record.host} to ${host} since its last deploy`
        : `its last deploy does not record its host, so ${host} may not have it`;
      continue;
    }
    let changes = changesSince.get(record.commit);
    if (!changes) {
      changes = changedTrusts({ root: options.root, contentDir, ref: record.commit, trusts: slugs });
      changesSince.set(record.commit, changes);
    }
    const since = `since its last deploy (${record.commit.slice(0, 12)})`;
    if (changes.kind === 'all') reasons[slug] = `${changes.because}, ${since}`;
    else if (changes.kind === 'some' && changes.slugs.includes(slug)) reasons[slug] = `content/${slug}/ changed ${since}`;
    else if (options.mode === 'schedule') reasons[slug] = 'daily rebuild: the date may change what it shows';
  }
  const trusts = Object.keys(reasons).sort();
  const shards: string[] = [];
  for (let index = 1; index <= options.shards; index += 1)
    if (trusts.some((slug) => shardOf(slug, options.shards) === index)) shards.push(`${index}/${options.shards}`);
  return { trusts, reasons, hosts: Object.fromEntries(trusts.map((slug) => [slug, allHosts[slug]!])), shards };
}

if (import.meta.main) {
  const command = 'node scripts/deploy/plan.ts';
  const { values } = parseCommandLine({
    command,
    usage: '[options]',
    summary:
      'Lists the trusts to build and deploy: those changed since their last successful deploy (git tags deployed/<slug>), or all of them.',
    options: {
      schedule: { type: 'boolean', description: 'the daily rebuild: every trust (only changed sites are then deployed)' },
      all: { type: 'boolean', description: 'every trust (a manual run)' },
      shards: { type: 'string', default: '1', value: 'n', description: 'the number of parallel build jobs' },
      format: { type: 'string', default: 'text', value: 'text|github', description: 'github: lines for $GITHUB_OUTPUT' },
    },
    examples: [
      ['node scripts/deploy/plan.ts', 'what a push to main would build now, and why'],
      ['node scripts/deploy/plan.ts --shards 4 --format github >> "$GITHUB_OUTPUT"', 'in the workflow'],
    ],
  });
  const root = path.resolve(import.meta.dirname, '..', '..');
  let plan: DeployPlan;
  try {
    plan = planDeploy({
      root,
      mode: values.all ? 'all' : values.schedule ? 'schedule' : 'push',
      shards: wholeNumber(command, 'shards', values.shards),
    });
  } catch (error) {
    stop(`${command}: ${(error as Error).message}`);
  }
  for (const slug of plan.trusts) console.error(`${slug} → ${plan.hosts[slug]}: ${plan.reasons[slug]}`);
  if (plan.trusts.length === 0) console.error('Nothing to build: every trust is deployed as it is on this commit.');
  if (values.format === 'github') {
    const matrix = plan.trusts.map((slug) => ({ slug, host: plan.hosts[slug] }));
    console.log(`trusts=${JSON.stringify(plan.trusts)}\nmatrix=${JSON.stringify(matrix)}\nshards=${JSON.stringify(plan.shards)}`);
  } else console.log(JSON.stringify(plan, null, 2));
}
