/**
 * Every published page says what it is when shared and who it belongs to: canonical URL,
 * description, Open Graph and Twitter card tags whose picture is a real PNG of the right
 * size in the trust's own folder, a favicon, app icons and a web manifest; the home page
 * names the trust as a schema.org Organization.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { isOwnPage, languageFolder, pagePaths, readPage, repoRoot } from '../support/built-sites.ts';
import { sampleSlugs, sampleTrusts } from '../support/sample-trusts.ts';

const dist = inject('builtSites');

/** Width and height from a PNG's header, or undefined when the bytes are not a PNG. */
function pngSize(file: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(file);
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(sampleSlugs)('share metadata of %s', (slug) => {
  const { url, basePath } = sampleTrusts[slug];
  const site = path.join(dist, slug);
  const settings = parse(readFileSync(path.join(repoRoot, 'content', slug, 'trust.yaml'), 'utf8')) as {
    name: string;
    colours: { brand: string };
  };
  /** The published file an absolute or base-path address points to. */
  const fileOf = (address: string) => path.join(site, decodeURIComponent(new URL(address, url).pathname.slice(basePath.length)));

  it('gives every page a canonical URL, a description and a share card picture of 1200 by 630 pixels, one per page title', () => {
    const cards = new Map<string, string>();
    for (const pagePath of pagePaths(site)) {
      const page = readPage(site, pagePath);
      const meta = (selector: string) => page.querySelector(selector)?.getAttribute('content');
      // A page shown in a language it is not yet translated into (Harbourside's "ur/mission/") is the
      // original's stand-in: its address for search engines and sharing is the original's.
      const folder = languageFolder(site, pagePath);
      const own = isOwnPage(site, pagePath, url);
      const address = `${url}${own ? pagePath : pagePath.slice(folder.length)}`;
      expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href'), pagePath).toBe(address);
      expect(meta('meta[property="og:url"]')).toBe(address);
      expect(meta('meta[name="description"]')?.length, pagePath).toBeGreaterThan(10);
      expect(meta('meta[property="og:description"]')).toBe(meta('meta[name="description"]'));
      expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      const image = meta('meta[property="og:image"]')!;
      expect(image.startsWith(`${url}share/`), `${pagePath}: ${image}`).toBe(true);
      expect(meta('meta[name="twitter:image"]')).toBe(image);
      expect(pngSize(fileOf(image)), `${pagePath}: ${image}`).toEqual({ width: 1200, height: 630 });
      // A previous strategy (previous/<years>/) is a site of its own, as is each language: their easy read pages share their own home page's card.
      const home = /^previous\/[^/]+\//.exec(pagePath)?.[0] ?? folder;
      if (pagePath.slice(home.length).startsWith('easy-read/')) {
        // Easy read pages share their home page's card (fewer picture files across a fleet).
        expect(image, pagePath).toBe(readPage(site, home).querySelector('meta[property="og:image"]')?.getAttribute('content'));
        continue;
      }
      expect(meta('meta[property="og:image:alt"]')).toContain(meta('meta[property="og:title"]'));
      cards.set(meta('meta[property="og:title"]')!, image);
    }
    // One picture per title: pages with different titles get different cards.
    expect(new Set(cards.values()).size).toBe(cards.size);
  });

  it('has a favicon, app icons and a web manifest made from its colours, and its theme colour', () => {
    const home = readPage(site, '');
    const brand = settings.colours.brand;
    expect(home.querySelector('meta[name="theme-color"]')?.getAttribute('content')).toBe(brand);
    const svgIcon = home.querySelector('link[rel="icon"][type="image/svg+xml"]')!.getAttribute('href')!;
    expect(readFileSync(fileOf(svgIcon), 'utf8')).toContain(`fill="${brand}"`);
    expect(pngSize(fileOf(home.querySelector('link[rel="icon"][type="image/png"]')!.getAttribute('href')!))).toEqual({
      width: 192,
      height: 192,
    });
    expect(pngSize(fileOf(home.querySelector('link[rel="apple-touch-icon"]')!.getAttribute('href')!))).toEqual({ width: 192, height: 192 });
    const manifest = JSON.parse(readFileSync(fileOf(home.querySelector('link[rel="manifest"]')!.getAttribute('href')!), 'utf8')) as {
      start_url: string;
      theme_color: string;
      icons: Array<{ src: string; sizes: string; type: string }>;
    };
    expect(manifest.start_url).toBe(basePath);
    expect(manifest.theme_color).toBe(brand);
    for (const icon of manifest.icons.filter((candidate) => candidate.type === 'image/png')) {
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(pngSize(fileOf(icon.src))).toEqual({ width, height });
    }
  });

  it('names the trust as an Organization on the home page', () => {
    const home = readPage(site, '');
    const data = home
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.text) as { '@type'?: string; name?: string; url?: string });
    const organisation = data.find((item) => item['@type'] === 'Organization');
    expect(organisation?.url).toBe(url);
    expect(organisation?.name).toBe(settings.name);
  });
});
