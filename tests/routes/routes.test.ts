/**
 * The routing module (src/routes/routes.ts) without a build: a trust's routes are its generated
 * pages that exist, its written pages and their easy read twins, and its files, each with the
 * view that renders it and the flags and edition its declaration gives; the route files get
 * their paths from here. The build tier compares the same routes with a published site
 * (tests/build/routes.test.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedPageList, type GeneratedPath } from '../../src/routes/generated-pages.ts';
import { filePaths, pagePaths, routesOf, type Route } from '../../src/routes/routes.ts';
import { siteFactsOf } from '../../src/site/navigation.ts';
import type { TrustSite } from '../../src/site/site-model.ts';
import { fixtureSite } from '../../src/fixtures/component-fixtures.ts';

const strategyPages = {
  mission: { type: 'mission', title: 'Our mission', order: 10, statement: 'Good care, close to home.' },
  goals: {
    type: 'goals',
    title: 'Our goals',
    order: 20,
    goals: [
      { title: 'Shorter waits', statement: 'We will see people sooner.' },
      { title: 'Care at home', statement: 'We will bring care to where people live.' },
    ],
  },
} as const;

const withTwins = () => fixtureSite({ pages: strategyPages, twins: ['index', 'mission', 'contact'] });
const preview = { livePreview: false };
const byPath = (routes: Route[]) => new Map(routes.map((route) => [route.pagePath, route]));

describe('the routes of a trust', () => {
  it('has each generated page and file Astro makes exactly when its declaration says the site has it, rendered by its declared view', () => {
    const site = withTwins();
    const routes = byPath(routesOf(site, preview));
    for (const declared of generatedPageList.filter((each) => each.maker !== 'publishing' && each.view !== 'event-calendar')) {
      const route = routes.get(declared.path);
      expect(Boolean(route), declared.path || 'home').toBe(declared.exists(siteFactsOf(site)));
      if (route) expect(route.view).toBe(declared.view);
    }
  });

  it('gives nothing the publishing step writes a route: no route file renders the sitemap, the search index or the icons', () => {
    const routes = byPath(routesOf(withTwins(), preview));
    for (const path of ['sitemap.xml', 'robots.txt', 'pagefind/', 'icon-192.png', 'files/']) expect(routes.has(path), path).toBe(false);
  });

  it('gives each written page and easy read twin a route in its edition, in search, in the sitemap and open to search engines', () => {
    const site = withTwins();
    const routes = byPath(routesOf(site, preview));
    for (const page of site.pages)
      expect(routes.get(page.pagePath)).toMatchObject({
        view: 'content-page',
        edition: 'standard',
        page,
        search: true,
        sitemap: true,
        indexable: true,
      });
    for (const twin of site.easyRead)
      expect(routes.get(twin.pagePath)).toMatchObject({ view: 'easy-read-page', edition: 'easy-read', twin, search: true, sitemap: true });
    expect(routes.get('easy-read/contact/')?.edition).toBe('easy-read');
  });

  it('keeps the ways in out of search, the 404 page out of the sitemap, and the all-in-one easy read page in its edition', () => {
    const routes = byPath(routesOf(withTwins(), preview));
    expect(routes.get('contents/')).toMatchObject({ search: false, sitemap: true, indexable: true });
    expect(routes.get('search/')).toMatchObject({ search: false, sitemap: true });
    expect(routes.get('404/')).toMatchObject({ search: false, sitemap: false });
    expect(routes.get('easy-read/all/')).toMatchObject({ edition: 'easy-read', search: false, sitemap: true });
  });

  it('publishes the plain English report only where the trust asks, then out of search, the sitemap and search engines; the live preview always has it', () => {
    const keeps = fixtureSite({ pages: strategyPages });
    const publishes = fixtureSite({ pages: strategyPages, settings: { plainEnglish: { publishReport: true } } });
    expect(byPath(routesOf(keeps, preview)).has('reading-age/')).toBe(false);
    expect(byPath(routesOf(keeps, { livePreview: true })).has('reading-age/')).toBe(true);
    expect(byPath(routesOf(publishes, preview)).get('reading-age/')).toMatchObject({ search: false, sitemap: false, indexable: false });
  });

  it('gives the route files their paths: a page by its folder (home by none), a file by its name', () => {
    const site = withTwins();
    const pages = pagePaths([site], preview);
    expect(pages.find(({ props }) => props.route.pagePath === '')?.params).toEqual({ trust: site.slug, path: undefined });
    expect(pages.find(({ props }) => props.route.pagePath === 'easy-read/mission/')?.params).toEqual({
      trust: site.slug,
      path: 'easy-read/mission',
    });
    const files = filePaths([site], preview).map(({ params }) => params.file);
    expect(files).toEqual(expect.arrayContaining(['theme.css', 'favicon.svg', 'manifest.webmanifest', 'events.ics']));
    expect(pages.map(({ props }) => props.route.pagePath)).not.toContain('theme.css');
  });
});

describe('the route files', () => {
  it('serve every extension of the files the routing module declares (one [...file].<extension>.ts each)', () => {
    const site = fixtureSite({ pages: strategyPages });
    const files = filePaths([site], preview).map(({ params }) => params.file);
    const extensions = new Set([...files, 'calendar/event.ics'].map((file) => path.extname(file).slice(1)));
    for (const extension of extensions) {
      const routeFile = path.join(import.meta.dirname, '..', '..', 'src', 'pages', '[trust]', `[...file].${extension}.ts`);
      expect(existsSync(routeFile), `src/pages/[trust]/[...file].${extension}.ts`).toBe(true);
    }
  });
});

describe('links built from routes', () => {
  it('accepts a declared path, a path inside a declared folder, or a value that knows its path', () => {
    const site: TrustSite = withTwins();
    expect(site.href('contact/')).toBe('/our-strategy/contact/');
    expect(site.href('files/plan.pdf')).toBe('/our-strategy/files/plan.pdf');
    expect(site.href(site.pages[0]!)).toBe('/our-strategy/mission/');
    // A misspelt or undeclared page is refused by the type checker (npm run typecheck), not found by a reader.
    // @ts-expect-error "contcat/" is no declared page
    expect(site.href('contcat/')).toBe('/our-strategy/contcat/');
    const declared: GeneratedPath = 'search/';
    expect(site.href(declared)).toBe('/our-strategy/search/');
  });
});
