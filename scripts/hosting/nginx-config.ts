/**
 * npm run nginx-config -- --trust <slug>: prints the nginx configuration that publishes one
 * trust at the address in its trust.yaml: at its own domain (a `server` block) or at a folder
 * of an existing site (a `location` block to paste into that site's server). It answers
 * unknown paths with the trust's own 404 page, sends the security headers
 * (src/site/security-headers.ts), caches the hashed `_assets/` for a year and makes browsers
 * revalidate everything else, and compresses text. See docs/hosting.md.
 */
import path from 'node:path';
import { trustAddress } from '../../src/site/trust-address.ts';
import { ASSETS_DIR } from '../../src/site/published-paths.ts';
import { securityHeadersFor } from '../../src/site/security-headers.ts';
import { IMMUTABLE, REVALIDATE } from '../../src/site/cache-headers.ts';

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
}

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

export function nginxConfig(options: NginxOptions): string {
  const { origin, basePath } = trustAddress(options.url);
  // The security headers come from the one list in src/site/security-headers.ts; nginx's
  // add_header in a nested location replaces the outer ones, so each block repeats them all.
  const pageHeaders = securityHeadersFor(basePath, basePath);
  const fileHeaders = securityHeadersFor(`${basePath}files/`, basePath);
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

    # The trust's own files (PDFs, pictures): shown as documents, never as part of the site.
    location ^~ ${basePath}files/ {
${headerLines(REVALIDATE, '        ', fileHeaders)}
    }
}`;
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
  const { listTrustFolders, readPublishingSettings, unknownTrustMessage } = await import('../../src/reader/trust-folders.ts');
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
  const { url } = readPublishingSettings(folders.find((folder) => folder.slug === trust)!);
  if (!URL.canParse(url)) stop(`${command}: content/${trust}/trust.yaml has no valid url; run "npm run check" to see what to fix.`);
  process.stdout.write(nginxConfig({ slug: trust, url, docRoot: values.root, ...(values.listen ? { listen: values.listen } : {}) }));
}
