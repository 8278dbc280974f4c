/**
 * Where each trust's site is published, chosen in one place: `.github/deploy-hosts.yml`.
 * The credentials a host needs are not here: they are secrets and variables of the trust's
 * GitHub environment (`trust-<slug>`; `github-pages` for GitHub Pages). See docs/hosting.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';

/** Every host the deploy job knows, with the words docs/hosting.md uses for it. */
export const hostKinds = {
  artifact: 'no deploy: the site-<slug> artifact only, for a web team that publishes it themselves',
  'github-pages': "GitHub Pages (actions/deploy-pages); one trust per repository, the repository's Pages site",
  'azure-static-web-apps': 'Azure Static Web Apps (Azure/static-web-apps-deploy), one app per trust',
  netlify: 'Netlify (netlify-cli deploy), one Netlify site per trust',
  'cloudflare-pages': 'Cloudflare Pages (cloudflare/wrangler-action, wrangler pages deploy), one project per trust',
  s3: 'Amazon S3 (aws s3 sync, signed in with OpenID Connect), a bucket or prefix per trust',
  folder: "a folder on a self-hosted runner that the trust's own web server (nginx) serves",
} as const;
export type HostKind = keyof typeof hostKinds;

/**
 * Hosts that publish a pull request's build at an address of its own, apart from the live
 * site: Netlify deploy previews (an alias), Cloudflare Pages branch previews, Azure Static Web
 * Apps staging environments. The others' previews stay the workflow's artifact.
 */
export const previewHosts: readonly HostKind[] = ['netlify', 'cloudflare-pages', 'azure-static-web-apps'];
const kinds = Object.keys(hostKinds) as [HostKind, ...HostKind[]];

const hostsSchema = z.strictObject({
  default: z.enum(kinds).default('artifact'),
  trusts: z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.enum(kinds)).default({}),
});
export type HostChoices = z.infer<typeof hostsSchema>;

export const HOSTS_FILE = path.join('.github', 'deploy-hosts.yml');

/** Reads the host choices; a missing file means every trust is published as an artifact only. */
export function readHostChoices(root: string): HostChoices {
  const file = path.join(root, HOSTS_FILE);
  if (!existsSync(file)) return { default: 'artifact', trusts: {} };
  const result = hostsSchema.safeParse(parse(readFileSync(file, 'utf8')) ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
    throw new Error(`${HOSTS_FILE} is not right: ${problems.join('; ')}. Each trust's host must be one of: ${kinds.join(', ')}.`);
  }
  return result.data;
}

/** The host of each trust; GitHub Pages can publish only one site per repository. */
export function hostsFor(slugs: string[], choices: HostChoices): Record<string, HostKind> {
  const unknown = Object.keys(choices.trusts).filter((slug) => !slugs.includes(slug));
  if (unknown.length > 0) throw new Error(`${HOSTS_FILE} names ${unknown.join(', ')}, which are not trusts under content/.`);
  const hosts = Object.fromEntries(slugs.map((slug) => [slug, choices.trusts[slug] ?? choices.default]));
  const pages = slugs.filter((slug) => hosts[slug] === 'github-pages');
  if (pages.length > 1)
    throw new Error(`${HOSTS_FILE}: GitHub Pages publishes one site per repository, and ${pages.join(', ')} all ask for it. Choose one.`);
  return hosts;
}
