/**
 * A trust's public address is declared once, as `url` in its trust.yaml. Everything else
 * (the base path every link starts with, absolute URLs in the sitemap) is derived here.
 */

export interface TrustAddress {
  /** "https://www.example.nhs.uk" */
  origin: string;
  /** "/our-strategy/" — always starts and ends with "/". */
  basePath: string;
}

export function trustAddress(url: string): TrustAddress {
  const parsed = new URL(url);
  const basePath = parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`;
  return { origin: parsed.origin, basePath };
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
