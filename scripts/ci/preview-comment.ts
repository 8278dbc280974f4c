/**
 * node scripts/ci/preview-comment.ts --trust <slug> --host <kind> --url <address> --base <path>
 * --comment-file <file>: writes the pull request comment with the address of a trust's preview
 * deployment, which anyone can open in a browser (nothing to download or unzip), and prints
 * `url=` (that address) for $GITHUB_OUTPUT. The comment's first line marks it as this trust's,
 * so each push updates it rather than adding another.
 */
import { writeFileSync } from 'node:fs';
import { parseCommandLine, stop } from '../cli/arguments.ts';
import { hostKinds, type HostKind } from '../deploy/hosts.ts';

const hostNames: Partial<Record<HostKind, string>> = {
  netlify: 'Netlify',
  'cloudflare-pages': 'Cloudflare Pages',
  'azure-static-web-apps': 'Azure Static Web Apps',
};

export const previewMarker = (slug: string) => `<!-- strategy-sites-preview:${slug} -->`;

/** The preview's address: the host's address for the deploy, then the site's own folder. */
export function previewAddress(hostUrl: string, basePath: string): string {
  const url = new URL(hostUrl);
  if (url.protocol !== 'https:' || url.username || url.password) throw new Error(`"${hostUrl}" is not an https:// address.`);
  return new URL(basePath.replace(/^\/*/, ''), `${url.origin}/`).href;
}

export function previewComment(slug: string, host: HostKind, address: string): string {
  return [
    previewMarker(slug),
    `### Preview of \`${slug}\``,
    '',
    `Open the preview: ${address}`,
    '',
    `It is the site as this pull request would publish it, on ${hostNames[host] ?? host}, and it changes with each new commit. The live site is not changed until the pull request is merged.`,
    '',
  ].join('\n');
}

if (import.meta.main) {
  const command = 'node scripts/ci/preview-comment.ts';
  const { values } = parseCommandLine({
    command,
    usage: '--trust <slug> --host <kind> --url <address> --base <path> --comment-file <file>',
    summary: "Writes the pull request comment with the address of a trust's preview deployment.",
    options: {
      trust: { type: 'string', value: 'slug', description: 'the trust (required)' },
      host: { type: 'string', value: 'kind', description: 'its host (required)' },
      url: { type: 'string', value: 'address', description: 'the address the host gave the preview deployment (required)' },
      base: { type: 'string', default: '/', value: 'path', description: "the trust's base path" },
      'comment-file': { type: 'string', value: 'file', description: 'where to write the comment (required)' },
    },
    examples: [
      [
        'node scripts/ci/preview-comment.ts --trust fenmoor --host netlify --url "$URL" --base "$BASE" --comment-file c.md >> "$GITHUB_OUTPUT"',
        'in the preview job',
      ],
    ],
  });
  const file = values['comment-file'] ?? stop(`${command}: say where to write the comment with --comment-file <file>.`);
  const slug = values.trust ?? stop(`${command}: say which trust with --trust <slug>.`);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) stop(`${command}: "${slug}" is not a trust folder name.`);
  const host = (values.host ?? stop(`${command}: say which host with --host <kind>.`)) as HostKind;
  if (!(host in hostKinds)) stop(`${command}: --host must be one of ${Object.keys(hostKinds).join(', ')}, not "${host}".`);
  if (!values.url) stop(`${command}: the host gave no address for the preview (--url is empty); see the deploy step's log.`);
  if (!/^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(values.base))
    stop(`${command}: --base must be a path such as /our-strategy/, not "${values.base}".`);
  try {
    const address = previewAddress(values.url, values.base);
    writeFileSync(file, previewComment(slug, host, address));
    console.log(`url=${address}`);
  } catch (error) {
    stop(`${command}: ${(error as Error).message}`);
  }
}
