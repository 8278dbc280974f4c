/**
 * node scripts/deploy/record.ts --trust <slug> --site <dir>: after a successful deploy,
 * records what is live (./deployed-tags.ts) and prints the tags to push. With --if-changed
 * it first says, on stdout as `changed=true|false`, whether the site differs from what is
 * live (or, with --host, whether that host has it at all), and records nothing (the deploy job
 * runs it before deploying).
 */
import path from 'node:path';
import { deployedTag, readRecord, recordDeploy } from './deployed-tags.ts';
import { hostKinds } from './hosts.ts';
import { siteDigest } from './site-digest.ts';
import { parseCommandLine, stop } from '../cli/arguments.ts';

if (import.meta.main) {
  const command = 'node scripts/deploy/record.ts';
  const { values } = parseCommandLine({
    command,
    usage: '--trust <slug> --site <dir> [options]',
    summary: "Records a trust's successful deploy as the git tag deployed/<slug> (the one before becomes deployed-previous/<slug>).",
    options: {
      trust: { type: 'string', value: 'slug', description: 'the trust (required)' },
      site: { type: 'string', value: 'dir', description: "the trust's built site that was deployed (required)" },
      commit: { type: 'string', default: 'HEAD', value: 'ref', description: 'the commit it was built from' },
      run: { type: 'string', value: 'id', description: 'the workflow run whose artifact holds the site' },
      date: { type: 'string', value: 'YYYY-MM-DD', description: 'the date it was built for' },
      host: { type: 'string', value: 'kind', description: 'the host it was deployed to (artifact: kept as the artifact only)' },
      'if-changed': {
        type: 'boolean',
        description: 'only say whether the site differs from what is live on that host; record nothing',
      },
    },
    examples: [['node scripts/deploy/record.ts --trust harbourside --site site --run "$GITHUB_RUN_ID"', 'after deploying']],
  });
  const slug = values.trust ?? stop(`${command}: say which trust with --trust <slug>.`);
  const site = values.site ?? stop(`${command}: say where its site is with --site <dir>.`);
  if (values.host !== undefined && !(values.host in hostKinds))
    stop(`${command}: --host must be one of ${Object.keys(hostKinds).join(', ')}, not "${values.host}".`);
  const root = process.cwd();
  const digest = siteDigest(path.resolve(site));
  if (values['if-changed']) {
    const live = readRecord(root, deployedTag(slug));
    const moved = values.host !== undefined && live?.host !== values.host;
    const changed = moved || live?.digest !== digest;
    console.error(
      moved
        ? `${slug}: ${values.host} does not have this site yet; deploying.`
        : changed
          ? `${slug}: the site differs from what is live; deploying.`
          : `${slug}: the site is what is live already; not deploying.`,
    );
    console.log(`changed=${changed}`);
  } else {
    try {
      const { execFileSync } = await import('node:child_process');
      const commit = execFileSync('git', ['rev-parse', `${values.commit}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
      const tags = recordDeploy(root, slug, {
        commit,
        digest,
        ...(values.run ? { run: values.run } : {}),
        ...(values.date ? { date: values.date } : {}),
        ...(values.host ? { host: values.host } : {}),
      });
      console.log(tags.map((tag) => `refs/tags/${tag}`).join(' '));
    } catch (error) {
      stop(`${command}: ${(error as Error).message}`);
    }
  }
}
