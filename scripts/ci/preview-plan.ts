/**
 * node scripts/ci/preview-plan.ts --trusts <json>: of the trusts a pull request touched, those
 * whose host offers preview deployments (scripts/deploy/hosts.ts, previewHosts), as
 * `matrix=[{"slug":…,"host":…}]` for $GITHUB_OUTPUT. The pull request's preview job deploys
 * each there and comments its address; every other trust's preview is the artifact.
 */
import path from 'node:path';
import { listTrustFolders } from '../../src/reader/trust-folders.ts';
import { hostsFor, previewHosts, readHostChoices, type HostKind } from '../deploy/hosts.ts';
import { parseCommandLine, stop } from '../cli/arguments.ts';

export function previewTargets(root: string, touched: string[]): Array<{ slug: string; host: HostKind }> {
  const slugs = listTrustFolders(path.join(root, 'content')).map((folder) => folder.slug);
  const hosts = hostsFor(slugs, readHostChoices(root));
  return touched
    .filter((slug) => slugs.includes(slug) && previewHosts.includes(hosts[slug]!))
    .map((slug) => ({ slug, host: hosts[slug]! }));
}

if (import.meta.main) {
  const command = 'node scripts/ci/preview-plan.ts';
  const { values } = parseCommandLine({
    command,
    usage: '--trusts <json>',
    summary: 'Lists the touched trusts whose host offers preview deployments (Netlify, Cloudflare Pages, Azure Static Web Apps).',
    options: {
      trusts: { type: 'string', default: '[]', value: 'json', description: 'the trusts the pull request touched, as a JSON list' },
    },
    examples: [['node scripts/ci/preview-plan.ts --trusts \'["fenmoor"]\' >> "$GITHUB_OUTPUT"', 'in the pull request job']],
  });
  let touched: string[];
  try {
    touched = (JSON.parse(values.trusts) as unknown[]).filter((slug): slug is string => typeof slug === 'string');
  } catch {
    stop(`${command}: --trusts must be a JSON list of slugs, not "${values.trusts}".`);
  }
  try {
    const targets = previewTargets(process.cwd(), touched);
    for (const { slug, host } of targets) console.error(`${slug}: a preview on ${host}.`);
    console.log(`matrix=${JSON.stringify(targets)}`);
  } catch (error) {
    stop(`${command}: ${(error as Error).message}`);
  }
}
