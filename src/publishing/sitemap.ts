/** sitemap.xml and robots.txt for one trust's site, with absolute URLs from its address. */

import type { LanguageAlternate } from '../routes/route-flags.ts';

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * `alternates`: for a trust in several languages, each page's translations (itself included), by
 * its address, written as xhtml:link elements, as search engines read them.
 */
export function sitemapXml(absoluteUrls: string[], alternates: ReadonlyMap<string, LanguageAlternate[]> = new Map()): string {
  // Addresses in a sitemap are URL-encoded, then XML-escaped: every character outside printable ASCII (controls,
  // spaces, line and paragraph separators, which XML parsers may read as line ends) is percent-encoded first.
  const escape = (value: string) =>
    value
      .toWellFormed()
      .replace(/[^\u0021-\u007e]/gu, (character) => encodeURIComponent(character))
      .replace(/[&<>"']/g, (character) => xmlEntities[character]!);
  const links = (url: string) =>
    (alternates.get(url) ?? [])
      .map((alternate) => `<xhtml:link rel="alternate" hreflang="${escape(alternate.language)}" href="${escape(alternate.url)}"/>`)
      .join('');
  const entries = absoluteUrls.map((url) => `  <url><loc>${escape(url)}</loc>${links(url)}</url>`).join('\n');
  const xhtml = alternates.size > 0 ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${xhtml}>\n${entries}\n</urlset>\n`;
}

export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}sitemap.xml\n`;
}
