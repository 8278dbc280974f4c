/**
 * npm run nginx-config -- --trust <slug>: prints the nginx configuration that publishes one
 * trust at the address in its trust.yaml: at its own domain (a `server` block) or at a folder
 * of an existing site (a `location` block to paste into that site's server). It answers
 * unknown paths with the trust's own 404 page, sends the security headers
 * (src/hosting/security-headers.ts), caches the hashed `_assets/` for a year and makes browsers
 * revalidate everything else, compresses text, and sends the trust's old addresses (`redirects`
 * in trust.yaml) on with a 301. See docs/hosting.md.
 */
import path from 'node:path';
import { trustAddress } from '../../src/addresses/trust-address.ts';
import { hostPath, nginxQuoted } from '../../src/hosting/host-config-values.ts';
import { ASSETS_DIR } from '../../src/addresses/published-paths.ts';
import { periodsWithFiles, securityHeaderRules, securityHeadersFor } from '../../src/hosting/security-headers.ts';
import { IMMUTABLE, REVALIDATE } from '../../src/hosting/cache-headers.ts';
import { nginxRedirectLocations, type HostRedirect } from '../../src/publishing/host-redirects.ts';

export interface NginxOptions {
  slug: string;
  /** The trust's `url` from trust.yaml. */
  url: string;
  /**
   * The folder nginx serves files from: the trust's built folder (dist/<slug>/) is copied to
   * <docRoot><basePath>, so for a folder of an existing site it is that site's own root.
   */
  docRoot: string;
  /** A whole `server` block listening here (own domain), rather than a `location` block. */
  listen?: string;
  /** The trust's old addresses (trust.yaml `redirects`), resolved and checked (src/publishing/host-redirects.ts). */
  redirects?: HostRedirect[];
  /** The previous strategies with files of their own ("2019-2024"): their files are served as files/ is. */
  periods?: readonly string[];
}

const quote = nginxQuoted;

/** Old addresses (trust.yaml `redirects`), each answered with a 301 to where it lives now. */
function redirectBlock(redirects: HostRedirect[]): string {
  if (redirects.length === 0) return '';
  return `\n    # Old addresses (redirects in trust.yaml): sent on to where they live now.\n${nginxRedirectLocations(redirects, '    ')}\n`;
}

export function nginxConfig(options: NginxOptions): string {
  // trustAddress refuses any address that is not plain letters, digits, "-", "_", "." and "/";
  // hostPath checks again at the point of writing the bare location.
  const address = trustAddress(options.url);
  const { origin } = address;
  const basePath = hostPath(address.basePath);
  // The security headers come from the one list in src/hosting/security-headers.ts; nginx's
  // add_header in a nested location replaces the outer ones, so each block repeats them all.
  const pageHeaders = securityHeadersFor(basePath, basePath);
  const uploads = securityHeaderRules(basePath, options.periods).slice(1);
  const headerLines = (cacheControl: string, indent: string, headers = pageHeaders) =>
    [...Object.entries(headers), ['Cache-Control', cacheControl] as const]
      .map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`)
      .join('\n');
  const location = `# ${options.slug}: ${origin}${basePath}  (copy dist/${options.slug}/ to ${path.posix.join(options.docRoot, basePath)})
location ^~ ${basePath} {
    root ${options.docRoot};
    index index.html;
    # "/goals" becomes "/goals/" (relative, so it works behind a proxy); anything else missing is the trust's 404 page.
    absolute_redirect off;
    try_files $uri $uri/ =404;
    error_page 404 ${basePath}404.html;
    gzip on;
    gzip_types text/css application/javascript application/json image/svg+xml application/wasm;
${headerLines(REVALIDATE, '    ')}

    location ^~ ${basePath}${ASSETS_DIR}/ {
${headerLines(IMMUTABLE, '        ')}
    }

    # The trust's own files (PDFs, pictures), and each previous strategy's: shown as documents, never as part of the site.
${uploads
  .map((rule) => `    location ^~ ${rule.pattern.slice(0, -1)} {\n${headerLines(REVALIDATE, '        ', rule.headers)}\n    }`)
  .join('\n')}
${redirectBlock(options.redirects ?? [])}}`;
  if (!options.listen) return `${location}\n`;
  return `server {
    listen ${options.listen};
    server_name ${new URL(origin).hostname};
    include /etc/nginx/mime.types;

${location.replace(/^/gm, '    ')}
}
`;
}

if (import.meta.main) {
  const { parseCommandLine, stop } = await import('../cli/arguments.ts');
  const { listTrustFolders, trustSettingsOf, unknownTrustMessage } = await import('../../src/reader/trust-folders.ts');
  const root = path.resolve(import.meta.dirname, '..', '..');
  const command = 'npm run nginx-config';
  const { values } = parseCommandLine({
    command,
    usage: '--trust <slug> [options]',
    summary:
      "Prints the nginx configuration for one trust's site at the address in its trust.yaml: its own 404 page, caching (hashed _assets/ for a year, everything else revalidated) and compression.",
    options: {
      trust: { type: 'string', value: 'slug', description: 'the trust (required)' },
      root: {
        type: 'string',
        default: '/var/www/html',
        value: 'dir',
        description: "the folder nginx serves; the trust's files go in <dir><base path>",
      },
      listen: {
        type: 'string',
        value: 'port',
        description: 'print a whole server block listening here (own domain) instead of a location block',
      },
      content: { type: 'string', default: 'content', value: 'dir', description: 'the folder with one folder per trust' },
    },
    examples: [
      ['npm run nginx-config -- --trust harbourside --root /var/www/harbourside.example', 'a location block for the existing site'],
      ['npm run nginx-config -- --trust fenmoor --root /var/www/fenmoor --listen 80', 'a server block for a domain of its own'],
    ],
  });
  const trust: string = values.trust || stop(`${command}: say which trust with --trust <slug>.`);
  const contentDir = path.resolve(root, values.content);
  const folders = listTrustFolders(contentDir);
  const unknown = unknownTrustMessage([trust], folders, path.relative(root, contentDir) || contentDir);
  if (unknown) stop(unknown);
  const folder = folders.find((candidate) => candidate.slug === trust)!;
  const settings = trustSettingsOf(folder);
  const url = settings?.url ?? '';
  if (!URL.canParse(url)) stop(`${command}: content/${trust}/trust.yaml has no valid url; run "npm run check" to see what to fix.`);
  const { resolveRedirects } = await import('../../src/publishing/host-redirects.ts');
  const redirects = ((): HostRedirect[] => {
    try {
      return resolveRedirects(settings?.redirects ?? [], url, trust);
    } catch (error) {
      return stop(`${command}: ${(error as Error).message} Run "npm run check" to see what to fix.`);
    }
  })();
  process.stdout.write(
    nginxConfig({
      slug: trust,
      url,
      docRoot: values.root,
      redirects,
      periods: periodsWithFiles(folder.dir),
      ...(values.listen ? { listen: values.listen } : {}),
    }),
  );
}
