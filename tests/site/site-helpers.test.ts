/** The small pure modules the routes and the build rely on. */
import { describe, expect, it } from 'vitest';
import { sitemapXml, robotsTxt } from '../../src/publishing/sitemap.ts';
import { buildDate } from '../../src/site/build-date.ts';
import { contentSelection } from '../../src/integrations/content-selection.ts';
import { contrastRatio } from '../../src/schemas/contrast.ts';
import { formatDate, formatDayAndDate, formatNumber, formatTime } from '../../src/site/format.ts';
import { joinBase, pagePathOf, trustAddress } from '../../src/addresses/trust-address.ts';
import { trustFilePath } from '../../src/markdown/picture-paths.ts';
import { linkedAssets, withTrustPaths } from '../../src/addresses/published-paths.ts';

describe('trust address', () => {
  it('splits the public URL into origin and base path', () => {
    expect(trustAddress('https://www.example.org/about-us/strategy/')).toEqual({
      origin: 'https://www.example.org',
      basePath: '/about-us/strategy/',
    });
    expect(trustAddress('https://strategy.example.org/')).toEqual({ origin: 'https://strategy.example.org', basePath: '/' });
  });

  it('joins page paths under the base path', () => {
    expect(joinBase('/our-strategy/', 'goals/')).toBe('/our-strategy/goals/');
    expect(joinBase('/our-strategy/', '/goals/')).toBe('/our-strategy/goals/');
    expect(joinBase('/', '')).toBe('/');
  });

  it('turns entry paths into page paths', () => {
    expect(pagePathOf('index')).toBe('');
    expect(pagePathOf('goals')).toBe('goals/');
    expect(pagePathOf('engagement/events')).toBe('engagement/events/');
    expect(pagePathOf('engagement/index')).toBe('engagement/');
  });
});

describe('content selection', () => {
  it('reads every trust when none is chosen', () => {
    expect(contentSelection('/repo/content', [])).toEqual({ base: '/repo/content/', trusts: [] });
  });

  it('narrows to the chosen trusts', () => {
    expect(contentSelection('/tmp/fleet', ['acme'])).toEqual({ base: '/tmp/fleet/', trusts: ['acme'] });
    expect(contentSelection('/tmp/fleet', ['acme', ' beta']).trusts).toEqual(['acme', 'beta']);
  });
});

describe('contrast', () => {
  it('matches the WCAG figures for known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#005eb8', '#ffffff')).toBe(6.37);
    expect(contrastRatio('#767676', '#ffffff')).toBe(4.54);
  });
});

describe('formatting for readers', () => {
  it('writes dates, times and numbers the NHS way', () => {
    expect(formatDate(new Date('2026-08-06'))).toBe('6 August 2026');
    expect(formatDayAndDate(new Date('2027-01-20'))).toBe('Wednesday 20 January 2027');
    expect(formatTime('18:30')).toBe('6:30pm');
    expect(formatTime('09:00')).toBe('9am');
    expect(formatTime('12:00')).toBe('midday');
    expect(formatNumber(1450)).toBe('1,450');
  });

  it('fixes "today" from STRATEGY_BUILD_DATE', () => {
    expect(buildDate({ STRATEGY_BUILD_DATE: '2026-11-23' })).toEqual(new Date('2026-11-23T00:00:00Z'));
  });
});

describe('sitemap and robots', () => {
  it('lists absolute URLs, escaped', () => {
    const xml = sitemapXml(['https://example.org/s/', 'https://example.org/s/a&b/']);
    expect(xml).toContain('<loc>https://example.org/s/</loc>');
    expect(xml).toContain('<loc>https://example.org/s/a&amp;b/</loc>');
  });

  it("lists each translated page's alternates in every language, and none for a trust in one language", () => {
    const english = 'https://example.org/s/goals/';
    const welsh = 'https://example.org/s/cy/goals/';
    const both = [
      { language: 'en-GB', url: english },
      { language: 'cy-GB', url: welsh },
    ];
    const xml = sitemapXml(
      [english, welsh, 'https://example.org/s/values/'],
      new Map([
        [english, both],
        [welsh, both],
      ]),
    );
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const links =
      '<xhtml:link rel="alternate" hreflang="en-GB" href="https://example.org/s/goals/"/><xhtml:link rel="alternate" hreflang="cy-GB" href="https://example.org/s/cy/goals/"/>';
    expect(xml).toContain(`<url><loc>${english}</loc>${links}</url>`);
    expect(xml).toContain(`<url><loc>${welsh}</loc>${links}</url>`);
    expect(xml).toContain('<url><loc>https://example.org/s/values/</loc></url>');
    expect(sitemapXml([english])).not.toContain('xhtml');
  });

  it('points robots at the trust sitemap', () => {
    expect(robotsTxt('https://example.org/s/')).toContain('Sitemap: https://example.org/s/sitemap.xml');
  });
});

describe('published paths', () => {
  const base = '/srv/content/';

  it("finds the file a picture path points at inside its trust's files folder", () => {
    expect(trustFilePath(base, '/srv/content/acme/easy-read/goals.md', '../files/pictures/talking.svg')).toBe('pictures/talking.svg');
    expect(trustFilePath(base, '/srv/content/acme/goals.md', 'files/pictures/a%20b.svg')).toBe('pictures/a b.svg');
  });

  it("leaves alone web addresses, site paths and paths outside the trust's files folder", () => {
    expect(trustFilePath(base, '/srv/content/acme/goals.md', 'https://example.org/a.svg')).toBeUndefined();
    expect(trustFilePath(base, '/srv/content/acme/goals.md', '/files/a.svg')).toBeUndefined();
    expect(trustFilePath(base, '/srv/content/acme/goals.md', '../other/files/a.svg')).toBeUndefined();
    expect(trustFilePath(base, '/srv/content/acme/goals.md', 'pictures/a.svg')).toBeUndefined();
  });

  it("moves asset and picture links under the trust's base path, and nothing else", () => {
    const page = '<link href="/_assets/global.1.css"><img src="/_trust-files/pictures/a.svg"><p>/_assets/ in text</p>';
    const published = withTrustPaths(page, '/our-strategy/');
    expect(published).toBe(
      '<link href="/our-strategy/_assets/global.1.css"><img src="/our-strategy/files/pictures/a.svg"><p>/_assets/ in text</p>',
    );
    expect(linkedAssets(published, '/our-strategy/')).toEqual(['global.1.css']);
    expect(linkedAssets(withTrustPaths('url(/_assets/font.woff2)', '/a.b/'), '/a.b/')).toEqual(['font.woff2']);
  });
});
