/** sitemap.xml and robots.txt for one trust's site, with absolute URLs from its address. */

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function sitemapXml(absoluteUrls: string[]): string {
  // Addresses in a sitemap are URL-encoded, then XML-escaped: every character outside printable ASCII (controls,
  // spaces, line and paragraph separators, which XML parsers may read as line ends) is percent-encoded first.
  const escape = (value: string) =>
    value
      .toWellFormed()
      .replace(/[^\u0021-\u007e]/gu, (character) => encodeURIComponent(character))
      .replace(/[&<>"']/g, (character) => xmlEntities[character]!);
  const entries = absoluteUrls.map((url) => `  <url><loc>${escape(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}sitemap.xml\n`;
}
