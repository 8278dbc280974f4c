/**
 * A trust's old addresses (`redirects` in trust.yaml, src/schemas/redirects.ts), written for
 * every kind of host the trusts use: `_redirects` (Netlify, Cloudflare Pages), routes in
 * `staticwebapp.config.json` (Azure Static Web Apps), `s3-object-redirects.json` (Amazon S3:
 * a redirect on the one object at each old address), nginx (scripts/hosting/nginx-config.ts),
 * and, for hosts that cannot redirect (GitHub Pages), a small page at each old address with a
 * plain link to the new one.
 *
 * Every host's rule matches the old address exactly, never by its start: S3's routing rules
 * match a key prefix, so a rule for "goal" would also take "goals/" and a rule for "_asset"
 * every stylesheet; S3 therefore gets no routing rules at all.
 *
 * The values were held to a small alphabet by the schema; they are checked again here (the
 * build must not trust that the check ran) and each format gets its own encoding, so no
 * value can break out of its place in a host's file.
 */
import path from 'node:path';
import type { Problem } from '../problems/problem.ts';
import { isTrustHost, SITE_PATH, type Redirect } from '../schemas/redirects.ts';

export interface HostRedirect {
  /** The old address as requested, from the host's root: "/our-strategy/2023-strategy/". */
  from: string;
  /** Where it lives now: "/our-strategy/goals/" or "https://www.example.nhs.uk/plans/". */
  to: string;
}

/** An old address that is a page or file the site still has: a mistake in trust.yaml, reported as content. */
export class RedirectRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedirectRefused';
  }
}

/** The refusal as a content problem, naming the trust's trust.yaml as the check does. */
export function redirectProblem(trustDir: string, contentDir: string, error: RedirectRefused): Problem {
  return {
    file: path.relative(path.dirname(contentDir), path.join(trustDir, 'trust.yaml')).split(path.sep).join('/'),
    rule: 'redirect-hides-page',
    severity: 'error',
    message: error.message,
  };
}

/** Characters left as they are in a target; anything else is percent-encoded (`$`, quotes, `;`...). */
const PLAIN = /[A-Za-z0-9\-._~:/]/;

/**
 * A target as every host format can hold it: only letters, digits, `-._~:/` and `%XX`.
 * Percent-encoding the rest (a `$` that nginx would read as a variable, a quote, a space) is
 * how a URL says the same character without it meaning anything to the host's file.
 */
export function encodeTarget(target: string): string {
  let out = '';
  for (let index = 0; index < target.length; index += 1) {
    const char = target[index]!;
    if (PLAIN.test(char)) out += char;
    else if (char === '%' && /^[0-9A-Fa-f]{2}$/.test(target.slice(index + 1, index + 3))) out += char;
    else out += [...new TextEncoder().encode(char)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return out;
}

/** Checks a trust's redirects again and resolves them to addresses from the host's root. */
export function resolveRedirects(redirects: Redirect[], siteUrl: string, slug: string): HostRedirect[] {
  const { pathname: basePath } = new URL(siteUrl);
  return redirects.map(({ from, to }) => {
    const where = `content/${slug}/trust.yaml, redirects from "${from}"`;
    if (!SITE_PATH.test(from) || from.split('/').some((segment) => segment === '.' || segment === '..'))
      throw new Error(`${where}: the old address must be inside the strategy site, for example "2023-strategy/".`);
    if (SITE_PATH.test(to) && !to.split('/').some((segment) => segment === '.' || segment === '..'))
      return { from: `${basePath}${from}`, to: `${basePath}${to}` };
    if (!URL.canParse(to) || new URL(to).protocol !== 'https:' || !isTrustHost(new URL(to), siteUrl))
      throw new Error(`${where}: "${to}" must be a page of the site or an https:// address on the trust's own website or nhs.uk.`);
    return { from: `${basePath}${from}`, to: encodeTarget(new URL(to).href) };
  });
}

/**
 * The files a trust's redirects add to its published folder, by path inside it, with the
 * host files they extend (`hostFiles`, from src/hosting/security-headers.ts) updated.
 * Throws when an old address is a page the site still has: the page would be hidden.
 */
export function redirectFiles(
  trust: { slug: string; url: string; basePath: string; language: string; name: string; redirects: Redirect[]; pagePaths: string[] },
  hostFiles: Record<string, string>,
  /** Whether a file is in the published folder already (the trust's files/, sitemap.xml...). */
  exists: (fileInSite: string) => boolean = () => false,
): Record<string, string> {
  const { name } = trust;
  const redirects = resolveRedirects(trust.redirects, trust.url, trust.slug);
  const files: Record<string, string> = { ...hostFiles };
  files['_redirects'] = netlifyRedirectsFile(redirects);
  files['s3-website-configuration.json'] = s3WebsiteConfiguration(trust.basePath);
  files[S3_REDIRECTS_FILE] = s3ObjectRedirects(redirects, trust.basePath);
  if (files['staticwebapp.config.json'])
    files['staticwebapp.config.json'] = withAzureRedirects(files['staticwebapp.config.json'], redirects);
  const pages = new Set(trust.pagePaths.map((page) => `${page}index.html`));
  // Letter case aside, as on a case-blind host: "Goals/" would replace goals/index.html there.
  const foldedPages = new Set([...pages, ...Object.keys(files)].map((file) => file.toLowerCase()));
  for (const redirect of redirects) {
    const file = redirectPageFile(redirect.from, trust.basePath);
    // The build's own folders are never shadowed, whatever the check said.
    const from = redirect.from.slice(trust.basePath.length);
    if (
      pages.has(file) ||
      foldedPages.has(file.toLowerCase()) ||
      file in files ||
      exists(file) ||
      /^(?:_assets|files|pagefind)\//i.test(file)
    )
      throw new RedirectRefused(
        `redirects from "${from}": the site still has a page or file at that address, so readers would never reach it. Remove this redirect, or give an address the site no longer uses.`,
      );
    // A page of this site that is not there would send readers from one "not found" to another.
    if (redirect.to.startsWith(trust.basePath)) {
      const target = redirect.to.slice(trust.basePath.length);
      const found = [target, `${target.replace(/\/?$/, '/')}index.html`].some((candidate) => pages.has(candidate) || exists(candidate));
      if (!found)
        throw new RedirectRefused(
          `redirects from "${from}" leads to "${target}", which is not a page or file of the site. Give the address of a page the site has, for example "goals/".`,
        );
    }
    files[file] = redirectPage(redirect, name, trust.language);
  }
  return files;
}

/** An old address ending in "/" is also asked for without it ("/old" as well as "/old/"). */
export const requestPaths = (from: string) => (from.endsWith('/') ? [from, from.slice(0, -1)] : [from]);

/** `_redirects` for Netlify and Cloudflare Pages: "old new 301", one per line, separated by spaces. */
export function netlifyRedirectsFile(redirects: HostRedirect[]): string {
  const lines = ['# Old addresses of this strategy site, generated by the build from trust.yaml (redirects).'];
  for (const redirect of redirects) for (const from of requestPaths(redirect.from)) lines.push(`${from} ${encodeTarget(redirect.to)} 301`);
  return `${lines.join('\n')}\n`;
}

/** Adds the redirects, first, to the routes of the `staticwebapp.config.json` the build writes. */
export function withAzureRedirects(configJson: string, redirects: HostRedirect[]): string {
  const config = JSON.parse(configJson) as { routes?: unknown[] };
  const routes = redirects.flatMap((redirect) =>
    requestPaths(redirect.from).map((route) => ({ route, redirect: encodeTarget(redirect.to), statusCode: 301 })),
  );
  config.routes = [...routes, ...(config.routes ?? [])];
  return `${JSON.stringify(config, null, 2)}\n`;
}

/**
 * `s3-website-configuration.json` for `aws s3api put-bucket-website`: the index and 404 pages.
 * No routing rules: S3 matches them by the start of the key (KeyPrefixEquals), so one could
 * redirect pages and files whose addresses begin with the old one.
 */
export function s3WebsiteConfiguration(basePath: string): string {
  const config = { IndexDocument: { Suffix: 'index.html' }, ErrorDocument: { Key: `${s3Key(basePath)}404.html` } };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** The file listing, for the S3 deploy, the objects that redirect (scripts/deploy/s3-redirects.ts). */
export const S3_REDIRECTS_FILE = 's3-object-redirects.json';

/** One object of the bucket that answers with a redirect: `x-amz-website-redirect-location`. */
export interface S3ObjectRedirect {
  /** The object's key: the page left at the old address, "our-strategy/2023-strategy/index.html". */
  key: string;
  /** Where S3's website endpoint sends readers (301): "/our-strategy/goals/" or an https:// address. */
  location: string;
}

const s3Key = (address: string) => address.replace(/^\//, '');

/**
 * The redirects as S3 holds them exactly: on the object at each old address (the page the build
 * leaves there), which S3's website endpoint answers with a 301 to its redirect location. Only
 * that key redirects; "/old" without its "/" reaches it through S3's own 302 to "/old/".
 */
export function s3ObjectRedirects(redirects: HostRedirect[], basePath: string): string {
  const objects: S3ObjectRedirect[] = redirects.map((redirect) => ({
    key: s3Key(basePath) + redirectPageFile(redirect.from, basePath),
    location: encodeTarget(redirect.to),
  }));
  return `${JSON.stringify(objects, null, 2)}\n`;
}

/** nginx: an exact `location` per old address, to nest in the trust's block. Values are encoded, then quoted. */
export function nginxRedirectLocations(redirects: HostRedirect[], indent: string): string {
  return redirects
    .flatMap((redirect) =>
      requestPaths(redirect.from).map(
        (from) => `${indent}location = ${from} {\n${indent}    return 301 "${encodeTarget(redirect.to)}";\n${indent}}`,
      ),
    )
    .join('\n');
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** Where, inside the trust's folder, the page for an old address goes: "2023-strategy/index.html" or "old.html". */
export function redirectPageFile(from: string, basePath: string): string {
  const inSite = from.slice(basePath.length);
  return /\.html?$/.test(inSite) ? inSite : `${inSite.replace(/\/?$/, '/')}index.html`;
}

/**
 * The page left at an old address for hosts that cannot redirect: a plain link, no refresh
 * and no script (so nothing for the Content-Security-Policy to allow, and no page that moves
 * on before a screen reader has said where), kept out of search engines.
 */
export function redirectPage(redirect: HostRedirect, trustName: string, language: string): string {
  const to = escapeHtml(encodeTarget(redirect.to));
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>This page has moved - ${escapeHtml(trustName)}</title>
<link rel="canonical" href="${to}">
</head>
<body>
<main>
<h1>This page has moved</h1>
<p>It is now at <a href="${to}">${to}</a>.</p>
</main>
</body>
</html>
`;
}
