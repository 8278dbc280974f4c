/**
 * Examples of TranslationOutOfDate for tests/components/fixtures.test.ts: a Welsh translation
 * whose English original has changed since it was translated (its stamp is old) says so in Welsh
 * and links the English page, its title in English; an up-to-date translation, or one with no
 * stamp (the check asks for one), says nothing.
 */
import type { ComponentProps } from 'astro/types';
import { fixtureSite, type ComponentFixture } from '../fixtures/component-fixtures.ts';
import type TranslationOutOfDate from './TranslationOutOfDate.astro';

/** The Welsh site of a trust with an English "plans" page and its Welsh translation stamped `stamp`, the English file's stamp now being "0123456789ab". */
const welshPlans = (stamp: string | undefined) => {
  const site = fixtureSite({
    settings: { languages: [{ language: 'cy-GB', coverage: 'partial' }] },
    pages: {
      plans: { type: 'page', title: 'Our plans', description: 'What we will do.' },
      'cy/plans': {
        type: 'page',
        title: 'Ein cynlluniau',
        description: 'Beth fyddwn ni yn ei wneud.',
        ...(stamp ? { translates: stamp } : {}),
      },
    },
    sourceStamps: { plans: '0123456789ab' },
    languageFolder: 'cy',
  });
  const page = site.pages.find((each) => each.pagePath === 'plans/');
  if (!page || page.fallback) throw new Error('The fixture has no Welsh plans page.');
  return { site, source: page.outOfDate };
};

export default [
  {
    name: 'a Welsh page translated from an older English page: says so in Welsh, and links the English page by its English title',
    props: welshPlans('ba9876543210'),
    reads: [
      "Efallai nad yw'r cyfieithiad hwn yn gyfoes. Mae'r dudalen wreiddiol wedi newid ers iddi gael ei chyfieithu.",
      'Darllenwch y dudalen wreiddiol: Our plans',
    ],
    readsNot: ['This translation may be out of date'],
    links: [{ text: 'Our plans', href: '/our-strategy/plans/' }],
    linkCount: 1,
    attributes: [{ text: 'Our plans', has: { lang: 'en-GB', hreflang: 'en-GB', dir: 'ltr' } }],
  },
  {
    name: 'a Welsh page translated from the English page as it is now: nothing',
    props: welshPlans('0123456789ab'),
    readsNot: ['Efallai', 'Our plans'],
    linkCount: 0,
  },
  {
    name: 'a Welsh page that does not say what it translates: nothing on the page (the check asks for its stamp)',
    props: welshPlans(undefined),
    readsNot: ['Efallai', 'Our plans'],
    linkCount: 0,
  },
] satisfies ComponentFixture<ComponentProps<typeof TranslationOutOfDate>>[];
