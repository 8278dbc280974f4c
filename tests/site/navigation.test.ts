/**
 * Generated pages are declared once (src/routes/generated-pages.ts): the contents page and every
 * menu offer a generated page exactly when its declaration says the trust's site has it, by
 * its declared path and title. Each page's condition is forced both ways, so a place that
 * lists a page on its own (or forgets one) fails here without a build.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generatedPage, generatedPageList, type GeneratedPath, type TitledPath } from '../../src/routes/generated-pages.ts';
import {
  contentsEntries,
  easyReadMenu,
  footerLinks,
  hasGeneratedPage,
  headerMenu,
  siteFactsOf,
  type NavigableSite,
} from '../../src/site/navigation.ts';
import type { TrustSite } from '../../src/site/site-model.ts';
import { fixtureSite } from '../../src/fixtures/component-fixtures.ts';
import { prioritiesOnly } from '../../src/fixtures/fixture-trusts.ts';

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

/** The strategy pages with a delivery page holding one measure, and the easy-read twins given. */
const withMeasure = (measure: Record<string, unknown>, twins?: string[]) => () =>
  fixtureSite({
    pages: { ...strategyPages, delivery: { type: 'delivery', title: 'Delivery', order: 30, measures: [measure] } },
    ...(twins ? { twins } : {}),
  });

/** Every conditional page present: measures with figures, a strategy on a page, easy read twins (contact's too). */
const everything = withMeasure({ name: 'People seen within 18 weeks', unit: '%', values: [{ value: 72, date: 'March 2026' }] }, [
  'index',
  'mission',
  'contact',
]);

/** A measure with no figure yet: nothing to chart, so no "How we are doing" page. */
const measureWithoutFigures = withMeasure({
  name: 'People seen within 18 weeks',
  notYetMeasured: 'We will publish the first figures in 2026.',
});

/** A trust that publishes its plain English report, which the others keep for their team. */
const publishesReport = () => fixtureSite({ settings: { plainEnglish: { publishReport: true } }, pages: strategyPages });

const fixtures: Array<[string, () => TrustSite, Record<string, boolean>]> = [
  [
    'every conditional page',
    everything,
    { 'how-we-are-doing/': true, 'strategy-on-a-page/': true, 'easy-read/all/': true, 'reading-age/': false },
  ],
  [
    'priorities only, no twins',
    prioritiesOnly,
    { 'how-we-are-doing/': false, 'strategy-on-a-page/': false, 'easy-read/all/': false, 'reading-age/': false },
  ],
  ['a trust that publishes its plain English report', publishesReport, { 'reading-age/': true }],
  ['a measure without figures', measureWithoutFigures, { 'how-we-are-doing/': false, 'strategy-on-a-page/': true }],
];

/** Every generated page each place offers, by path. */
function offered(site: NavigableSite) {
  const contents = contentsEntries(site).map((entry) => entry.pagePath);
  const menus = [...headerMenu(site), ...footerLinks(site), ...easyReadMenu(site)].map((link) => link.pagePath);
  return { contents, menus, anywhere: new Set([...contents, ...menus]) };
}

/** Pages the fixture's content writes: not generated, so not judged here. */
function writtenPaths(site: TrustSite): Set<string> {
  return new Set([...site.pages.map((page) => page.pagePath), ...site.easyRead.map((twin) => twin.pagePath)]);
}

const inContents = generatedPageList.filter((page) => page.contents);

/** How the contents page lists a generated page, in the site's words (src/words/). */
function contentsTitle(site: TrustSite, path: string): string {
  const words = site.words.generatedPages[path as TitledPath];
  return words.contentsTitle ?? words.title;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(fixtures)('generated pages offered to readers: %s', (_name, makeSite, expected) => {
  it('has the conditional pages the content gives, by the same conditions the routes build them by', () => {
    const site = makeSite();
    for (const [path, exists] of Object.entries(expected)) expect(hasGeneratedPage(site, path as GeneratedPath), path).toBe(exists);
  });

  it('lists in the contents page exactly the generated pages its site has, under their declared titles', () => {
    const site = makeSite();
    const facts = siteFactsOf(site);
    const entries = contentsEntries(site);
    for (const page of inContents) {
      const entry = entries.find((candidate) => candidate.pagePath === page.path);
      expect(Boolean(entry), `contents lists "${page.path}"`).toBe(page.exists(facts));
      if (entry) expect(entry.title).toBe(contentsTitle(site, page.path));
    }
  });

  it('offers no generated page that the site does not have, in the contents page or any menu', () => {
    const site = makeSite();
    const written = writtenPaths(site);
    for (const path of offered(site).anywhere) {
      if (written.has(path)) continue;
      const declared = generatedPageList.find((page) => page.path === path);
      expect(declared, `"${path}" is declared`).toBeDefined();
      expect(declared!.exists(siteFactsOf(site)), `"${path}" exists`).toBe(true);
    }
  });

  it.each(inContents.map((page) => page.path as GeneratedPath))('follows the declaration of "%s" both ways', (path) => {
    const declaration = generatedPage(path);
    const spy = vi.spyOn(declaration, 'exists');

    spy.mockReturnValue(false);
    const absent = offered(makeSite());
    expect(absent.anywhere.has(path), `"${path}" is offered though declared absent`).toBe(false);

    spy.mockReturnValue(true);
    const present = offered(makeSite());
    expect(present.contents, `"${path}" is left out of the contents though declared present`).toContain(path);
  });
});

describe('the menus', () => {
  it('header: home, the written pages in menu order, then contact', () => {
    const site = everything();
    expect(headerMenu(site)).toEqual([
      { label: 'Home', pagePath: '' },
      { label: 'Our mission', pagePath: 'mission/' },
      { label: 'Our goals', pagePath: 'goals/' },
      { label: 'Delivery', pagePath: 'delivery/' },
      { label: 'Contact', pagePath: 'contact/' },
    ]);
  });

  it('footer: the easy read version only where the home page has a twin', () => {
    expect(footerLinks(everything()).map((link) => link.label)).toEqual([
      'Contents (A to Z)',
      'Contact us',
      'Easy read',
      'Accessibility statement',
      'Cookies',
    ]);
    expect(footerLinks(prioritiesOnly()).map((link) => link.label)).not.toContain('Easy read');
  });

  it('easy read: contact leads to its easy read twin where one is written', () => {
    expect(easyReadMenu(everything())).toEqual([
      { label: 'Easy read home', pagePath: 'easy-read/' },
      { label: 'Print it all', pagePath: 'easy-read/all/' },
      { label: 'Contact us', pagePath: 'easy-read/contact/' },
      { label: 'Standard website', pagePath: '' },
    ]);
    const withoutContactTwin = fixtureSite({ pages: strategyPages, twins: ['index', 'mission'] });
    expect(easyReadMenu(withoutContactTwin).find((link) => link.label === 'Contact us')?.pagePath).toBe('contact/');
  });

  it('a place drops a page whose declaration says the site does not have it', () => {
    vi.spyOn(generatedPage('contact/'), 'exists').mockReturnValue(false);
    const site = everything();
    for (const links of [headerMenu(site), footerLinks(site), easyReadMenu(site)]) {
      expect(links.map((link) => link.pagePath)).not.toContain('contact/');
    }
  });
});
