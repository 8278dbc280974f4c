/**
 * node scripts/deploy/stage.ts --trust <slug> --host <kind> --site <dir> --out <dir>: lays a
 * trust's built site out as its host publishes it (docs/hosting.md), and prints `url=` and
 * `base=` (its base path) for $GITHUB_OUTPUT:
 *
 * - GitHub Pages: the site itself; the Pages site's address is the trust's `url`.
 * - everything else: the site under its base path (`out/our-strategy/...`), since each host
 *   serves the folder from the root of its own address; the files a host reads only at its
 *   root (`_headers` and `_redirects` for Netlify and Cloudflare Pages,
 *   `staticwebapp.config.json` for Azure) are moved there. Their paths already start with the
 *   base path.
 * - Netlify: redirects are forced (`301!`), because Netlify serves a file at an old address
 *   (the page with a link the build leaves there) rather than its redirect.
 */
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { listTrustFolders, readPublishingSettings } from '../../src/reader/trust-folders.ts';
import { trustAddress } from '../../src/addresses/trust-address.ts';
import { hostKinds, type HostKind } from './hosts.ts';
import { parseCommandLine, stop } from '../cli/arguments.ts';

const ROOT_FILES = ['_headers', '_redirects', 'staticwebapp.config.json'];

export function stageSite(options: { host: HostKind; site: string; out: string; basePath: string }): void {
  rmSync(options.out, { recursive: true, force: true });
  if (options.host === 'github-pages') {
    cpSync(options.site, options.out, { recursive: true });
    return;
  }
  const under = path.join(options.out, options.basePath);
  cpSync(options.site, under, { recursive: true });
  if (options.basePath !== '/')
    for (const name of ROOT_FILES) if (existsSync(path.join(under, name))) renameSync(path.join(under, name), path.join(options.out, name));
  const redirects = path.join(options.out, '_redirects');
  if (options.host === 'netlify' && existsSync(redirects))
    writeFileSync(redirects, readFileSync(redirects, 'utf8').replace(/ 301$/gm, ' 301!'));
}

if (import.meta.main) {
  const command = 'node scripts/deploy/stage.ts';
  const { values } = parseCommandLine({
    command,
    usage: '--trust <slug> --host <kind> --site <dir> --out <dir>',
    summary: "Lays a trust's built site out the way its host publishes it: under its base path, with the host's own files at the root.",
    options: {
      trust: { type: 'string', value: 'slug', description: 'the trust (required)' },
      host: { type: 'string', value: 'kind', description: `one of ${Object.keys(hostKinds).join(', ')} (required)` },
      site: { type: 'string', value: 'dir', description: "the trust's built site, dist/<slug> or its artifact (required)" },
      out: { type: 'string', value: 'dir', description: 'where to lay it out; emptied first (required)' },
      content: { type: 'string', default: 'content', value: 'dir', description: 'the folder with one folder per trust' },
    },
    examples: [
      ['node scripts/deploy/stage.ts --trust harbourside --host azure-static-web-apps --site site --out staged', 'before deploying'],
    ],
  });
  const slug = values.trust ?? stop(`${command}: say which trust with --trust <slug>.`);
  const host = (values.host ?? stop(`${command}: say which host with --host <kind>.`)) as HostKind;
  if (!(host in hostKinds)) stop(`${command}: --host must be one of ${Object.keys(hostKinds).join(', ')}, not "${host}".`);
  const site = values.site ?? stop(`${command}: say where the built site is with --site <dir>.`);
  const out = values.out ?? stop(`${command}: say where to lay it out with --out <dir>.`);
  if (!existsSync(path.join(site, 'index.html'))) stop(`${command}: ${site} holds no built site (no index.html).`);
  const folder = listTrustFolders(path.resolve(values.content)).find((candidate) => candidate.slug === slug);
  const { url } = readPublishingSettings(folder ?? stop(`${command}: there is no trust "${slug}" in ${values.content}/.`));
  if (!URL.canParse(url)) stop(`${command}: content/${slug}/trust.yaml has no valid url; run "npm run check".`);
  const { basePath } = trustAddress(url);
  stageSite({ host, site, out, basePath });
  console.error(`${slug}: laid out for ${host} in ${out}.`);
  // For $GITHUB_OUTPUT: the environment's address, and the folder the site sits in.
  console.log(`url=${url}\nbase=${basePath}`);
}
