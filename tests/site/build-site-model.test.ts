/**
 * The one builder of the site model (src/site/build-site-model.ts), which the build and the
 * component fixtures share: given validated content it orders the menu, pairs the easy read
 * twins, puts every address under the trust's base path and carries the facts it is given.
 */
import { describe, expect, it } from 'vitest';
import { fixtureSite, pageData } from '../../src/fixtures/component-fixtures.ts';
import { FIXED_BUILD_DATE } from '../../src/fixtures/fixed-build-date.ts';
import { buildSiteModel, type EasyReadEntry, type PageEntry, type SiteContent } from '../../src/site/build-site-model.ts';
import { twinnableGeneratedPages } from '../../src/routes/generated-pages.ts';

// Valid settings for a trust at https://riverside.example/our-strategy/, as the fixtures write them.
const { settings } = fixtureSite();

const page = (id: string, fields: Parameters<typeof pageData>[1] & { type: 'goals' | 'values' | 'mission' }) =>
  ({ id, collection: 'pages', data: pageData(fields.type, fields) }) as unknown as PageEntry;
const twin = (id: string) => ({ id, collection: 'easyRead', data: { title: id } }) as unknown as EasyReadEntry;

const generatedTwin = twinnableGeneratedPages[0]!;
const content: SiteContent = {
  trusts: [{ id: 'riverside', data: settings }],
  pages: [
    page('riverside/goals', {
      type: 'goals',
      title: 'Our goals',
      order: 20,
      goals: [{ title: 'Shorter waits', statement: 'We will see people sooner.' }],
    }),
    page('riverside/index', { type: 'mission', title: 'Welcome', statement: 'Good care, close to home.' }),
    page('riverside/values', {
      type: 'values',
      title: 'Our values',
      order: 10,
      values: [{ name: 'Kind', meaning: 'We treat everyone with warmth.' }],
    }),
  ],
  easyRead: [twin(`riverside/easy-read/${generatedTwin}`), twin('riverside/easy-read/goals'), twin('riverside/easy-read/index')],
};
const today = new Date(`${FIXED_BUILD_DATE}T00:00:00Z`);

describe('buildSiteModel', () => {
  it('orders the menu, keeps the home page apart and pairs each easy read twin with its page', () => {
    const [site] = buildSiteModel(content, { today });
    expect(site?.pages.map((standard) => [standard.label, standard.href])).toEqual([
      ['Our values', '/our-strategy/values/'],
      ['Our goals', '/our-strategy/goals/'],
    ]);
    expect(site?.intro?.data.title).toBe('Welcome');
    expect(site?.pages[1]?.twin?.href).toBe('/our-strategy/easy-read/goals/');
    expect(site?.pages[0]?.twin).toBeUndefined();
    // Easy read in reading order: home, the pages in menu order, then the pages every trust gets.
    expect(site?.easyRead.map((easy) => [easy.href, easy.standardHref])).toEqual([
      ['/our-strategy/easy-read/', '/our-strategy/'],
      ['/our-strategy/easy-read/goals/', '/our-strategy/goals/'],
      [`/our-strategy/easy-read/${generatedTwin}/`, `/our-strategy/${generatedTwin}/`],
    ]);
    expect(site?.firstOfType.goals?.pagePath).toBe('goals/');
  });

  it('puts every link under the base path it is given and carries the document facts it is given', () => {
    const facts = new Map([['files/strategy.pdf', { format: 'PDF', bytes: 1200, pages: 24 } as never]]);
    const [site] = buildSiteModel(content, { today, basePathOf: (slug) => `/${slug}/`, documentFiles: () => facts });
    expect(site?.basePath).toBe('/riverside/');
    expect(site?.origin).toBe('https://riverside.example');
    expect(site?.fileHref('goals/')).toBe('/riverside/goals/');
    expect(site?.twinOf('goals')?.href).toBe('/riverside/easy-read/goals/');
    expect(site?.documentFiles.get('files/strategy.pdf')).toBe(facts.get('files/strategy.pdf'));
  });
});
