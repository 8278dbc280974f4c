/**
 * A trust in two languages, in the site model and its routes (no build): one site per language
 * with the same slug, each with its own pages, menus and words, its links kept in its language,
 * the shared files made once, a partial language showing the main language's page where it has
 * none (out of search and the sitemap), and the same page found in every language.
 */
import { describe, expect, it } from 'vitest';
import { fixtureSite, pageData } from '../../src/fixtures/component-fixtures.ts';
import { FIXED_BUILD_DATE } from '../../src/fixtures/fixed-build-date.ts';
import { filePaths, pagePaths, routesOf } from '../../src/routes/routes.ts';
import { FALLBACK_BUDGET } from '../../src/schemas/trust.ts';
import { buildSiteModel, type EasyReadEntry, type PageEntry, type SiteContent } from '../../src/site/build-site-model.ts';
import type { LanguageSettings, TrustSettings } from '../../src/schemas/trust.ts';
import { siteFeedEntries } from '../../src/site/page-updates.ts';

const { settings: oneLanguage } = fixtureSite();
const page = (id: string, title: string, order: number, more: Record<string, unknown> = {}) =>
  ({
    id,
    collection: 'pages',
    data: pageData('mission', { title, order, statement: 'Good care, close to home.', ...more }),
  }) as unknown as PageEntry;
const twin = (id: string) => ({ id, collection: 'easyRead', data: { title: id } }) as unknown as EasyReadEntry;
const today = new Date(`${FIXED_BUILD_DATE}T00:00:00Z`);

function twoLanguages(
  coverage: 'complete' | 'partial',
  more: Partial<TrustSettings> = {},
  welshSettings: LanguageSettings = { strategy: { name: 'Gofal gyda’n gilydd' } },
) {
  const settings: TrustSettings = { ...oneLanguage, languages: [{ language: 'cy-GB', coverage }], ...more };
  const content: SiteContent = {
    trusts: [{ id: 'riverside', data: settings }],
    languageSettings: [{ id: 'riverside/cy', data: welshSettings }],
    pages: [
      page('riverside/index', 'Welcome', 0),
      page('riverside/goals', 'Our goals', 10),
      page('riverside/values', 'Our values', 20, { history: { published: '2025-04-01' } }),
      page('riverside/cy/index', 'Croeso', 0),
      page('riverside/cy/goals', 'Ein nodau', 10, {
        history: { published: '2025-05-01', updates: [{ date: '2026-01-10', note: 'Ychwanegon ni ein cynnydd.' }] },
      }),
    ],
    easyRead: [twin('riverside/easy-read/goals'), twin('riverside/cy/easy-read/goals')],
  };
  return buildSiteModel(content, { today });
}

describe('a trust in two languages', () => {
  it('has one site per language, each with its language, pages, words and settings', () => {
    const [english, welsh] = twoLanguages('partial');
    expect([english?.slug, welsh?.slug]).toEqual(['riverside', 'riverside']);
    expect(english?.language).toMatchObject({ tag: 'en-GB', folder: '', prefix: '', main: true, direction: 'ltr' });
    expect(welsh?.language).toMatchObject({ tag: 'cy-GB', name: 'Cymraeg', folder: 'cy', prefix: 'cy/', coverage: 'partial' });
    expect(welsh?.settings.language).toBe('cy-GB');
    expect(welsh?.settings.strategy.name).toBe('Gofal gyda’n gilydd');
    expect(english?.settings.strategy.name).toBe(oneLanguage.strategy.name);
    expect(welsh?.words.language.name).toBe('Cymraeg');
    expect(welsh?.intro?.data.title).toBe('Croeso');
    expect(welsh?.pages.map((each) => [each.label, each.href, each.fallback])).toEqual([
      ['Ein nodau', '/our-strategy/cy/goals/', false],
      // Not translated yet: the English page, at the Welsh address.
      ['Our values', '/our-strategy/cy/values/', true],
    ]);
    expect(welsh?.pages[0]?.twin?.href).toBe('/our-strategy/cy/easy-read/goals/');
    expect(welsh?.pages[0]?.twin?.standardHref).toBe('/our-strategy/cy/goals/');
  });

  it("gives a language's pages the reply time in its own words, and never a reply time the trust did not promise", () => {
    const welshWords = { strategy: { name: 'Gofal gyda’n gilydd' }, contact: { responseTime: 'o fewn 10 diwrnod gwaith' } };
    const email = 'strategy@riverside.example';
    const [english, welsh] = twoLanguages('complete', { contact: { email, responseTime: 'within 10 working days' } }, welshWords);
    expect(english?.settings.contact).toEqual({ email, responseTime: 'within 10 working days' });
    expect(welsh?.settings.contact).toEqual({ email, responseTime: 'o fewn 10 diwrnod gwaith' });
    // Words for a reply time the main trust.yaml does not promise are not a promise.
    const [, noPromise] = twoLanguages('complete', { contact: { email } }, welshWords);
    expect(noPromise?.settings.contact).toEqual({ email });
  });

  it('keeps page links in the language and shared files at the trust', () => {
    const [, welsh] = twoLanguages('partial');
    expect(welsh?.href('contact/')).toBe('/our-strategy/cy/contact/');
    expect(welsh?.href('')).toBe('/our-strategy/cy/');
    expect(welsh?.href('theme.css')).toBe('/our-strategy/theme.css');
    expect(welsh?.href('files/plan.pdf')).toBe('/our-strategy/files/plan.pdf');
    expect(welsh?.fileHref('files/plan.pdf')).toBe('/our-strategy/files/plan.pdf');
  });

  it('finds the same page in each language, or that language home page where it has none', () => {
    const [english, welsh] = twoLanguages('complete');
    expect(welsh?.pages.map((each) => each.pagePath)).toEqual(['goals/']);
    const versions = (pagePath: string) =>
      english!.versionsOf(pagePath).map((version) => [version.language.tag, version.href, version.translated, version.current]);
    expect(versions('goals/')).toEqual([
      ['en-GB', '/our-strategy/goals/', true, true],
      ['cy-GB', '/our-strategy/cy/goals/', true, false],
    ]);
    expect(versions('values/')).toEqual([
      ['en-GB', '/our-strategy/values/', true, true],
      ['cy-GB', '/our-strategy/cy/', false, false],
    ]);
    // A page the site makes itself is in every language.
    expect(versions('contact/')[1]).toEqual(['cy-GB', '/our-strategy/cy/contact/', true, false]);
    // From a partial language's site, a page shown in English is there, but not translated.
    const [, partial] = twoLanguages('partial');
    expect(partial!.versionsOf('values/').map((version) => [version.href, version.translated])).toEqual([
      ['/our-strategy/values/', true],
      ['/our-strategy/cy/values/', false],
    ]);
  });

  it('routes each language under its prefix, keeps untranslated pages out of search and the sitemap, and makes the files once', () => {
    const sites = twoLanguages('partial');
    const paths = pagePaths(sites, { livePreview: false }).map((each) => `${each.props.language || 'main'} ${each.params.path ?? ''}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'main goals',
        'main contact',
        'cy cy',
        'cy cy/goals',
        'cy cy/contact',
        'cy cy/values',
        'cy cy/easy-read/goals',
      ]),
    );
    // One 404 page per trust.
    expect(paths.filter((each) => each.endsWith('404'))).toEqual(['main 404']);
    const files = filePaths(sites, { livePreview: false }).map((each) => each.params.file);
    expect(files.filter((file) => file === 'theme.css')).toEqual(['theme.css']);
    const welshRoutes = routesOf(sites[1]!, { livePreview: false });
    expect(welshRoutes.find((route) => route.pagePath === 'values/')).toMatchObject({ search: false, sitemap: false });
    expect(welshRoutes.find((route) => route.pagePath === 'goals/')).toMatchObject({ search: true, sitemap: true });
  });

  it('under the Welsh Language Standards, prefixes both languages and makes the root a choice of language with the Welsh site', () => {
    const sites = twoLanguages('complete', { welshLanguageStandards: true });
    expect(sites.map((site) => site.language.prefix)).toEqual(['en/', 'cy/']);
    expect(sites[0]?.href('contact/')).toBe('/our-strategy/en/contact/');
    expect(sites[0]?.pages[0]?.href).toBe('/our-strategy/en/goals/');
    expect(sites[0]?.href('theme.css')).toBe('/our-strategy/theme.css');
    const paths = pagePaths(sites, { livePreview: false }).map((each) => [
      each.props.language || 'main',
      each.params.path,
      each.props.route.view,
    ]);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['main', 'en', 'home'],
        ['main', 'en/goals', 'content-page'],
        ['cy', 'cy', 'home'],
        ['cy', undefined, 'language-choice'],
        // The 404 page is the trust's, at its root.
        ['main', '404', 'not-found'],
      ]),
    );
    expect(paths.filter(([, path]) => path === undefined)).toHaveLength(1);
    expect(sites[1]?.languages.map((language) => [language.tag, language.strategyName])).toEqual([
      ['en-GB', oneLanguage.strategy.name],
      ['cy-GB', 'Gofal gyda’n gilydd'],
    ]);
  });

  it('publishes a trust in one language exactly where it did', () => {
    const [site, ...others] = buildSiteModel(
      { trusts: [{ id: 'riverside', data: oneLanguage }], pages: [page('riverside/goals', 'Our goals', 10)], easyRead: [] },
      { today },
    );
    expect(others).toEqual([]);
    expect(site?.languages.map((language) => language.prefix)).toEqual(['']);
    expect(site?.pages[0]?.href).toBe('/our-strategy/goals/');
  });

  it('makes an updates feed per language, under its prefix, in its words, of its own pages (not those shown in English)', () => {
    const sites = twoLanguages('partial');
    const feeds = filePaths(sites, { livePreview: false })
      .filter((each) => each.props.route.view === 'updates-feed')
      .map((each) => [each.props.language, each.params.file]);
    expect(feeds).toEqual([
      ['', 'updates.xml'],
      ['cy', 'cy/updates.xml'],
    ]);
    expect(sites[1]?.href('updates.xml')).toBe('/our-strategy/cy/updates.xml');
    expect(siteFeedEntries(sites[0]!).map((entry) => entry.title)).toEqual(['New page: Our values']);
    expect(siteFeedEntries(sites[1]!).map((entry) => [entry.title, entry.summary, entry.url])).toEqual([
      ["Wedi'i diweddaru: Ein nodau", 'Ychwanegon ni ein cynnydd.', 'https://riverside.example/our-strategy/cy/goals/'],
      ['Tudalen newydd: Ein nodau', 'A page of type mission.', 'https://riverside.example/our-strategy/cy/goals/'],
    ]);
  });

  it('shows untranslated pages in full only within the language budget, then as a link to the original', () => {
    // Three untranslated English pages, in menu order; the second alone is over half the budget, so the third no longer fits after it.
    const long = (id: string, title: string, order: number, characters: number) =>
      ({ ...page(id, title, order), body: 'Words. '.repeat(Math.ceil(characters / 7)) }) as PageEntry;
    const [english, welsh] = buildSiteModel(
      {
        trusts: [{ id: 'riverside', data: { ...oneLanguage, languages: [{ language: 'cy-GB', coverage: 'partial' }] } }],
        pages: [
          long('riverside/goals', 'Our goals', 10, FALLBACK_BUDGET * 0.3),
          long('riverside/values', 'Our values', 20, FALLBACK_BUDGET * 0.6),
          long('riverside/priorities', 'Our priorities', 30, FALLBACK_BUDGET * 0.2),
          long('riverside/engagement', 'What you told us', 40, 100),
        ],
        easyRead: [],
      },
      { today },
    );
    expect(welsh?.pages.map((each) => [each.label, each.fallback, each.fallbackShort])).toEqual([
      ['Our goals', true, false],
      ['Our values', true, false],
      // Past the budget: a link to the English page. A later page that still fits is shown in full.
      ['Our priorities', true, true],
      ['What you told us', true, false],
    ]);
    // The main language's own pages are never shortened.
    expect(english?.pages.every((each) => !each.fallbackShort)).toBe(true);
  });
});
