/**
 * The security headers every trust's site is served with, declared once. From this list come
 * the Content-Security-Policy in each page's <head> (src/layouts/BaseLayout.astro), the host
 * files written into each published trust folder (`_headers` for Netlify and Cloudflare Pages,
 * `staticwebapp.config.json` for Azure Static Web Apps, `nginx-security-headers.conf` for
 * nginx), and the headers the preview and test server sends (scripts/serve/trust-server.ts).
 * Host recipes in the docs refer to those files; change a header here and every one follows.
 *
 * The policy is strict because the pages need nothing else: every script and style sheet is a
 * bundled file from the site itself (no inline script, no style attribute), search runs
 * Pagefind's WebAssembly ('wasm-unsafe-eval') in a worker from the site (its icons are data:
 * images), and nothing is loaded from another host. Content can add none of this (src/markdown/content-safety.ts).
 */
import { IMMUTABLE, REVALIDATE } from './cache-headers.ts';
import { headerLineValue, hostPath, nginxQuoted } from './host-config-values.ts';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ASSETS_DIR } from '../addresses/published-paths.ts';
import { PERIOD_PATTERN, PREVIOUS_FOLDER } from '../addresses/previous-editions.ts';

/** The Content-Security-Policy for pages, directive by directive. */
export const pagePolicy: ReadonlyArray<readonly [string, ...string[]]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'", "'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  // Pagefind's search interface draws its icons as data: SVG images in its style sheet.
  ['img-src', "'self'", 'data:'],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'", 'blob:'],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-src', "'none'"],
  // Only as a header: browsers ignore frame-ancestors in a <meta> element (and say so in the console).
  ['frame-ancestors', "'none'"],
];

/**
 * Files the trust uploads (files/): shown as documents, never as part of the site. `sandbox`
 * gives each one an origin of its own with scripts off, so even a file that slipped past the
 * check could not run script on the trust's address.
 */
export const filesPolicy: ReadonlyArray<readonly [string, ...string[]]> = [
  ['default-src', "'none'"],
  ['img-src', "'self'"],
  ['media-src', "'self'"],
  ['style-src', "'unsafe-inline'"],
  ['frame-ancestors', "'self'"],
  ['sandbox'],
];

const serialise = (policy: ReadonlyArray<readonly string[]>) => policy.map((directive) => directive.join(' ')).join('; ');

/** The page policy as a <meta http-equiv> element can carry it (no frame-ancestors). */
export const pagePolicyForMeta = serialise(pagePolicy.filter(([name]) => name !== 'frame-ancestors'));

/**
 * The page policy for `npm run dev` only: Vite adds each style sheet as a <style> element from
 * script, and draws its error overlay with inline styles, which the published policy rightly
 * blocks. Never used by a build (BaseLayout chooses it with import.meta.env.DEV).
 */
export const pagePolicyForDevMeta = serialise(
  pagePolicy
    .filter(([name]) => name !== 'frame-ancestors')
    .map((directive) => (directive[0] === 'style-src' ? [...directive, "'unsafe-inline'"] : directive)),
);

/** Headers on every response. */
const commonHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export interface HeaderRule {
  /** Which requests, as a path pattern from the host's root ending in "*", for example "/our-strategy/files/*". */
  pattern: string;
  headers: Record<string, string>;
}

/**
 * The folders of a published trust that hold files the trust uploaded, from its base path: files/, and
 * each previous strategy's own (previous/2019-2024/files/), which are uploads just the same.
 * @param periods the previous strategies published with files, as their folders are named ("2019-2024")
 */
export function uploadFolders(periods: readonly string[] = []): string[] {
  return ['files/', ...periods.map((period) => `${PREVIOUS_FOLDER}/${period}/files/`)];
}

/** The previous strategies of a published trust folder (dist/<slug>/) that have files of their own, by period. */
export function periodsWithFiles(site: string): string[] {
  const previous = path.join(site, PREVIOUS_FOLDER);
  if (!existsSync(previous)) return [];
  return readdirSync(previous)
    .filter((name) => PERIOD_PATTERN.test(name) && existsSync(path.join(previous, name, 'files')))
    .sort();
}

/**
 * The header rules for a trust published at `basePath` ("/our-strategy/"), most general first:
 * the pages, then one rule per folder of uploaded files (./uploadFolders). Each is a plain prefix,
 * which every host can match (Azure's routes allow "*" only at the end).
 * A later rule's headers replace an earlier rule's headers of the same name.
 */
export function securityHeaderRules(unsafeBasePath: string, periods: readonly string[] = []): HeaderRule[] {
  const basePath = hostPath(unsafeBasePath);
  const files = { ...commonHeaders, 'X-Frame-Options': 'SAMEORIGIN', 'Content-Security-Policy': serialise(filesPolicy) };
  for (const period of periods) if (!PERIOD_PATTERN.test(period)) throw new Error(`Not a previous strategy's period: "${period}".`);
  return [
    { pattern: `${basePath}*`, headers: { ...commonHeaders, 'Content-Security-Policy': serialise(pagePolicy) } },
    ...uploadFolders(periods).map((folder) => ({ pattern: `${basePath}${folder}*`, headers: files })),
  ];
}

/** The headers for one request path ("/our-strategy/files/plan.pdf"), as the host files declare them. */
export function securityHeadersFor(requestPath: string, basePath: string, periods: readonly string[] = []): Record<string, string> {
  return securityHeaderRules(basePath, periods)
    .filter((rule) => requestPath.startsWith(rule.pattern.slice(0, -1)))
    .reduce<Record<string, string>>((headers, rule) => ({ ...headers, ...rule.headers }), {});
}

/** `_headers`, read by Netlify and Cloudflare Pages. */
export function netlifyHeadersFile(basePath: string, periods: readonly string[] = []): string {
  const lines = ['# Security headers for this strategy site, generated by the build (src/hosting/security-headers.ts).'];
  for (const rule of securityHeaderRules(basePath, periods)) {
    lines.push(rule.pattern, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${headerLineValue(value)}`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Types Azure Static Web Apps does not know by itself (it would send them as
 * application/octet-stream): the web app manifest, and Pagefind's index files, named here so
 * that every one of the search's files is served.
 */
const azureMimeTypes: Record<string, string> = {
  '.webmanifest': 'application/manifest+json',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/**
 * `staticwebapp.config.json`, read by Azure Static Web Apps: the whole file the host needs, so
 * the recipe in docs/hosting.md has nothing to merge into it after each build. Besides the
 * security headers it answers unknown addresses with the trust's 404 page and sets the caching
 * (a route's headers are added to the global ones). Tested with Azure's emulator
 * (tests/hosting/azure-static-web-apps.test.ts).
 */
export function azureStaticWebAppConfig(unsafeBasePath: string, periods: readonly string[] = []): string {
  const basePath = hostPath(unsafeBasePath);
  const [pages, ...more] = securityHeaderRules(basePath, periods);
  const config = {
    globalHeaders: { ...pages!.headers, 'Cache-Control': REVALIDATE },
    routes: [
      { route: `${basePath}${ASSETS_DIR}/*`, headers: { 'Cache-Control': IMMUTABLE } },
      ...more.map((rule) => ({ route: rule.pattern, headers: rule.headers })),
    ],
    responseOverrides: { '404': { rewrite: `${basePath}404.html` } },
    mimeTypes: azureMimeTypes,
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/**
 * An nginx snippet to include in the `server` block that serves the site. nginx drops inherited
 * add_header lines in a location that has its own, so each location repeats all of its headers.
 */
export function nginxSnippet(unsafeBasePath: string, periods: readonly string[] = []): string {
  const basePath = hostPath(unsafeBasePath);
  const quote = nginxQuoted;
  const location = (rule: HeaderRule, indent: string) =>
    Object.entries(rule.headers).map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`);
  const [pages, ...uploads] = securityHeaderRules(basePath, periods);
  return [
    '# Security headers for this strategy site, generated by the build (src/hosting/security-headers.ts).',
    `# Include this file inside the nginx "server" block that serves ${basePath}.`,
    `location ${basePath} {`,
    ...location(pages!, '  '),
    ...uploads.flatMap((rule) => [`  location ${rule.pattern.slice(0, -1)} {`, ...location(rule, '    '), '  }']),
    '}',
    '',
  ].join('\n');
}

/** The host files written into each published trust folder, by name. */
export function hostHeaderFiles(basePath: string, periods: readonly string[] = []): Record<string, string> {
  return {
    _headers: netlifyHeadersFile(basePath, periods),
    'staticwebapp.config.json': azureStaticWebAppConfig(basePath, periods),
    'nginx-security-headers.conf': nginxSnippet(basePath, periods),
  };
}
