/**
 * A trust's public address is declared once, as `url` in its trust.yaml. Everything else
 * (the base path every link starts with, absolute URLs in the sitemap, the host
 * configurations) is derived here, so the address is validated here too: it reaches HTML,
 * nginx and header files, so it is reduced to characters that mean the same in all of them.
 */

export interface TrustAddress {
  /** "https://www.example.nhs.uk" */
  origin: string;
  /** "/our-strategy/" — always starts and ends with "/". */
  basePath: string;
}

/** Longest address accepted: far longer than any real one, short enough for every host's configuration. */
export const MAX_ADDRESS_LENGTH = 200;

/** One folder name in the address: letters, digits, "-", "_" and "." (never "." or ".." alone). */
const SAFE_SEGMENT = /^[A-Za-z0-9._-]+$/;
/** One part of a host name: ASCII letters, digits and inner dashes (a name in another script is written as its "xn--" form). */
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

const EXAMPLE = 'https://www.example.nhs.uk/our-strategy/';

/**
 * Why `value` cannot be a trust's address, in words for the comms team; undefined when it can.
 * The address must be written exactly as a browser would write it back, so no other spelling
 * (a backslash, a tab, "%2e", "..", a capital in the host name) can mean something else to a
 * browser or a web server than it means to the build.
 */
export function siteAddressProblem(value: string): string | undefined {
  if (value.length > MAX_ADDRESS_LENGTH)
    return `url is ${value.length} characters long; keep it to ${MAX_ADDRESS_LENGTH} or fewer, for example ${EXAMPLE}.`;
  if (!URL.canParse(value)) return `url must be a full web address starting with https://, for example ${EXAMPLE}.`;
  const parsed = new URL(value);
  if (parsed.protocol !== 'https:') return `url must start with https://, for example ${EXAMPLE}.`;
  if (parsed.username || parsed.password) return `url must not hold a user name or password (the part before "@"). Remove it.`;
  if (parsed.port) return `url must not name a port (":${parsed.port}"). Remove it, so the address reads like ${EXAMPLE}.`;
  if (parsed.search || parsed.hash || value.includes('?') || value.includes('#'))
    return `url must have no "?" or "#" part. Remove it, for example ${EXAMPLE}.`;
  const labels = parsed.hostname.split('.');
  if (labels.length < 2 || !labels.every((label) => HOST_LABEL.test(label)))
    return `url must have a host name made of letters, numbers and dashes, separated by dots. Use the trust's own host name after https://, for example www.example.nhs.uk.`;
  if (parsed.href !== value)
    return `url must be written exactly as a browser writes it: "${parsed.href.slice(0, MAX_ADDRESS_LENGTH)}". Write it that way (copy it from the browser's address bar), ending with "/".`;
  if (!parsed.pathname.endsWith('/')) return `url must end with "/" and have no "?" or "#" part, for example ${EXAMPLE}.`;
  const segments = parsed.pathname.split('/').slice(1, -1);
  if (segments.includes(''))
    return `url has two slashes in a row ("//") after the host name, which browsers would read as another site's address. Remove the extra slash, for example ${EXAMPLE}.`;
  const bad = segments.find((segment) => !SAFE_SEGMENT.test(segment) || segment === '.' || segment === '..');
  if (bad !== undefined)
    return `The folder "${bad.slice(0, 40)}" in url may use only letters, numbers, "-", "_" and ".". Rename it, for example ${EXAMPLE}.`;
  return undefined;
}

/** The origin and base path of a validated address. Throws, in plain words, on one the settings check would refuse. */
export function trustAddress(url: string): TrustAddress {
  const problem = siteAddressProblem(url);
  if (problem) throw new Error(problem);
  const parsed = new URL(url);
  return { origin: parsed.origin, basePath: parsed.pathname };
}

/**
 * A link inside a trust's site. `pagePath` is relative to the site root, for example
 * "goals/" or "easy-read/goals/" or "" for the home page.
 */
export function joinBase(basePath: string, pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+/, '');
  return `${basePath}${trimmed}`;
}

/** The page path of an entry's relative path: "goals" becomes "goals/", "index" becomes "". */
export function pagePathOf(relativePath: string): string {
  if (relativePath === 'index' || relativePath === '') return '';
  return `${relativePath.replace(/\/index$/, '')}/`;
}
